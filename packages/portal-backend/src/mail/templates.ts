import type { Language } from '@direkthilfe/core/i18n/languages';

/** The facts of each mail; the outbox keeps them as `data` for tests and the demo page. */
export type MailData =
  | { kind: 'welcome-letter'; customerNumber: string; oneTimePassword: string; companyName: string; portalUrl: string }
  | { kind: 'temporary-password'; username: string; temporaryPassword: string; loginUrl: string }
  | { kind: 'activation'; username: string; firstLoginUrl: string; name: string }
  | { kind: 'password-changed'; username: string }
  | { kind: 'editor-invitation'; username: string; link: string };

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

/** The words of the mails; the layout of each mail is below, once for every language. */
const STRINGS = {
  de: {
    hello: 'Guten Tag,',
    helloName: (name: string) => `Guten Tag ${name},`,
    closing: 'Ihr Cloud PBX Team',
    username: 'Benutzername',
    welcomeSubject: (company: string) => `Willkommen bei Cloud PBX – Ihre Anmeldedaten für ${company}`,
    welcomeIntro:
      'Ihre Cloud PBX ist bereitgestellt. Melden Sie sich im Business Service Portal an (oder registrieren Sie sich dort) und schalten Sie die Administrator-Berechtigung mit diesen Daten frei:',
    customerNumber: 'Kundennummer',
    oneTimePassword: 'Einmal-Passwort',
    oneTimePasswordOnce: 'Das Einmal-Passwort gilt nur für eine Freischaltung.',
    temporarySubject: 'Ihr temporäres Passwort für MyPortal',
    temporaryIntro: 'Sie haben ein temporäres Passwort für MyPortal angefordert.',
    temporaryPassword: 'Temporäres Passwort',
    temporaryValidity: 'Es gilt 30 Minuten und nur für eine Anmeldung. Danach vergeben Sie Ihr eigenes Passwort.',
    temporaryIgnore: 'Wenn Sie kein Passwort angefordert haben, können Sie diese E-Mail ignorieren.',
    activationSubject: 'Ihr Arbeitsplatz bei Cloud PBX ist eingerichtet',
    activationIntro: 'Ihr Arbeitsplatz ist aktiviert. Melden Sie sich zum ersten Mal in MyPortal an:',
    activationNext: 'Dort fordern Sie ein temporäres Passwort an und vergeben danach Ihr eigenes.',
    changedSubject: 'Ihr Passwort für MyPortal wurde geändert',
    changed: (username: string) => `Das Passwort des Benutzers ${username} wurde soeben geändert.`,
    changedNotYou: 'Wenn Sie das nicht selbst waren, wenden Sie sich bitte sofort an Ihren Administrator.',
    invitationSubject: 'Ihre Einladung in die Redaktion der Direkthilfe',
    invitationIntro:
      'Sie sind als Redakteurin oder Redakteur der Direkthilfe eingeladen. Dort schreiben und veröffentlichen Sie die Hilfeartikel des Portals.',
    invitationNext: 'Vergeben Sie über diesen Link Ihr Passwort. Der Link gilt für eine einzige Verwendung:',
  },
  en: {
    hello: 'Hello,',
    helloName: (name: string) => `Hello ${name},`,
    closing: 'Your Cloud PBX team',
    username: 'User name',
    welcomeSubject: (company: string) => `Welcome to Cloud PBX – your access data for ${company}`,
    welcomeIntro:
      'Your Cloud PBX is ready. Sign in to the Business Service Portal (or register there) and unlock the administrator permission with these details:',
    customerNumber: 'Customer number',
    oneTimePassword: 'One-time password',
    oneTimePasswordOnce: 'The one-time password works for one unlock only.',
    temporarySubject: 'Your temporary password for MyPortal',
    temporaryIntro: 'You requested a temporary password for MyPortal.',
    temporaryPassword: 'Temporary password',
    temporaryValidity: 'It is valid for 30 minutes and for one sign-in. Then you set your own password.',
    temporaryIgnore: 'If you did not request a password, you can ignore this e-mail.',
    activationSubject: 'Your Cloud PBX workplace is ready',
    activationIntro: 'Your workplace is activated. Sign in to MyPortal for the first time:',
    activationNext: 'There you request a temporary password and then set your own.',
    changedSubject: 'Your MyPortal password was changed',
    changed: (username: string) => `The password of the user ${username} was just changed.`,
    changedNotYou: 'If this was not you, please contact your administrator at once.',
    invitationSubject: 'Your invitation to the Direkthilfe editorial team',
    invitationIntro:
      'You are invited as an editor of Direkthilfe. There you write and publish the portal’s help articles.',
    invitationNext: 'Set your password with this link. It works once only:',
  },
} satisfies Record<Language, Record<string, string | ((value: string) => string)>>;

function layout(data: MailData, t: (typeof STRINGS)[Language]): [subject: string, greeting: string, lines: Line[]] {
  switch (data.kind) {
    case 'welcome-letter':
      return [
        t.welcomeSubject(data.companyName),
        t.hello,
        [
          t.welcomeIntro,
          { label: t.customerNumber, value: data.customerNumber },
          { label: t.oneTimePassword, value: data.oneTimePassword },
          t.oneTimePasswordOnce,
          { link: data.portalUrl },
        ],
      ];
    case 'temporary-password':
      return [
        t.temporarySubject,
        t.hello,
        [
          t.temporaryIntro,
          { label: t.username, value: data.username },
          { label: t.temporaryPassword, value: data.temporaryPassword },
          t.temporaryValidity,
          { link: data.loginUrl },
          t.temporaryIgnore,
        ],
      ];
    case 'activation':
      return [
        t.activationSubject,
        t.helloName(data.name),
        [
          t.activationIntro,
          { label: t.username, value: data.username },
          { link: data.firstLoginUrl },
          t.activationNext,
        ],
      ];
    case 'password-changed':
      return [t.changedSubject, t.hello, [t.changed(data.username), t.changedNotYou]];
    case 'editor-invitation':
      return [
        t.invitationSubject,
        t.hello,
        [t.invitationIntro, { label: t.username, value: data.username }, t.invitationNext, { link: data.link }],
      ];
  }
}

export function renderMail(data: MailData, lang: Language): RenderedMail {
  const t = STRINGS[lang];
  return render(...layout(data, t), t.closing);
}
