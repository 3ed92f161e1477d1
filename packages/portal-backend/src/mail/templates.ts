import type { Language } from '@direkthilfe/core/i18n/languages';

/** The facts of each mail; the outbox keeps them as `data` for tests and the demo page. */
export type MailData =
  | { kind: 'welcome-letter'; customerNumber: string; oneTimePassword: string; companyName: string; portalUrl: string }
  | { kind: 'temporary-password'; username: string; temporaryPassword: string; loginUrl: string }
  | { kind: 'activation'; username: string; firstLoginUrl: string; name: string }
  | { kind: 'password-changed'; username: string };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Line = string | { label: string; value: string } | { link: string };

function render(subject: string, greeting: string, lines: Line[], closing: string): RenderedMail {
  const text = [
    greeting,
    '',
    ...lines.map((line) =>
      typeof line === 'string' ? line : 'label' in line ? `${line.label}: ${line.value}` : line.link,
    ),
    '',
    closing,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escape(greeting)}</p>`,
    ...lines.map((line) =>
      typeof line === 'string'
        ? `<p>${escape(line)}</p>`
        : 'label' in line
          ? `<p>${escape(line.label)}: <strong>${escape(line.value)}</strong></p>`
          : `<p><a href="${escape(line.link)}">${escape(line.link)}</a></p>`,
    ),
    `<p>${escape(closing)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

const TEMPLATES: Record<Language, (data: MailData) => RenderedMail> = {
  de(data) {
    switch (data.kind) {
      case 'welcome-letter':
        return render(
          `Willkommen bei Cloud PBX – Ihre Zugangsdaten für ${data.companyName}`,
          'Guten Tag,',
          [
            'Ihre Cloud PBX ist bereitgestellt. Melden Sie sich im Business Service Portal an (oder registrieren Sie sich dort) und schalten Sie die Administrator-Berechtigung mit diesen Daten frei:',
            { label: 'Kundennummer', value: data.customerNumber },
            { label: 'Einmal-Passwort', value: data.oneTimePassword },
            'Das Einmal-Passwort gilt nur für eine Freischaltung.',
            { link: data.portalUrl },
          ],
          'Ihr Cloud PBX Team',
        );
      case 'temporary-password':
        return render(
          'Ihr temporäres Passwort für MyPortal',
          'Guten Tag,',
          [
            'Sie haben ein temporäres Passwort für MyPortal angefordert.',
            { label: 'Benutzername', value: data.username },
            { label: 'Temporäres Passwort', value: data.temporaryPassword },
            'Es gilt 30 Minuten und nur für eine Anmeldung. Danach vergeben Sie Ihr eigenes Passwort.',
            { link: data.loginUrl },
            'Wenn Sie kein Passwort angefordert haben, können Sie diese E-Mail ignorieren.',
          ],
          'Ihr Cloud PBX Team',
        );
      case 'activation':
        return render(
          'Ihr Arbeitsplatz bei Cloud PBX ist eingerichtet',
          `Guten Tag ${data.name},`,
          [
            'Ihr Arbeitsplatz ist aktiviert. Melden Sie sich zum ersten Mal in MyPortal an:',
            { label: 'Benutzername', value: data.username },
            { link: data.firstLoginUrl },
            'Dort fordern Sie ein temporäres Passwort an und vergeben danach Ihr eigenes.',
          ],
          'Ihr Cloud PBX Team',
        );
      case 'password-changed':
        return render(
          'Ihr Passwort für MyPortal wurde geändert',
          'Guten Tag,',
          [
            `Das Passwort des Benutzers ${data.username} wurde soeben geändert.`,
            'Wenn Sie das nicht selbst waren, wenden Sie sich bitte sofort an Ihren Administrator.',
          ],
          'Ihr Cloud PBX Team',
        );
    }
  },
  en(data) {
    switch (data.kind) {
      case 'welcome-letter':
        return render(
          `Welcome to Cloud PBX – your access data for ${data.companyName}`,
          'Hello,',
          [
            'Your Cloud PBX is ready. Sign in to the Business Service Portal (or register there) and unlock the administrator permission with these details:',
            { label: 'Customer number', value: data.customerNumber },
            { label: 'One-time password', value: data.oneTimePassword },
            'The one-time password works for one unlock only.',
            { link: data.portalUrl },
          ],
          'Your Cloud PBX team',
        );
      case 'temporary-password':
        return render(
          'Your temporary password for MyPortal',
          'Hello,',
          [
            'You requested a temporary password for MyPortal.',
            { label: 'User name', value: data.username },
            { label: 'Temporary password', value: data.temporaryPassword },
            'It is valid for 30 minutes and for one sign-in. Then you set your own password.',
            { link: data.loginUrl },
            'If you did not request a password, you can ignore this e-mail.',
          ],
          'Your Cloud PBX team',
        );
      case 'activation':
        return render(
          'Your Cloud PBX workplace is ready',
          `Hello ${data.name},`,
          [
            'Your workplace is activated. Sign in to MyPortal for the first time:',
            { label: 'User name', value: data.username },
            { link: data.firstLoginUrl },
            'There you request a temporary password and then set your own.',
          ],
          'Your Cloud PBX team',
        );
      case 'password-changed':
        return render(
          'Your MyPortal password was changed',
          'Hello,',
          [
            `The password of the user ${data.username} was just changed.`,
            'If this was not you, please contact your administrator at once.',
          ],
          'Your Cloud PBX team',
        );
    }
  },
};

export const renderMail = (data: MailData, lang: Language): RenderedMail => TEMPLATES[lang](data);
