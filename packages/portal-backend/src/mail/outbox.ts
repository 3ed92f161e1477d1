import type { Language } from '@direkthilfe/core/i18n/languages';
import type { StoreParts } from '../store/types.js';
import { renderMail, type MailData } from './templates.js';

/**
 * Puts a mail into the outbox, in the caller's transaction: it is sent if and only if what caused it is
 * committed. `key` names the event (`activation:<workplace>`); a second mail for the same event is ignored.
 */
export async function queueMail(
  store: Pick<StoreParts, 'mail'>,
  mail: { key: string; to: string; data: MailData; lang?: Language },
): Promise<boolean> {
  const lang = mail.lang ?? 'de';
  const rendered = renderMail(mail.data, lang);
  return store.mail.enqueue(
    { idempotencyKey: mail.key, to: mail.to, lang, data: mail.data, ...rendered },
    new Date().toISOString(),
  );
}
