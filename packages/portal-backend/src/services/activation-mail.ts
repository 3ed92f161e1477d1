import { randomBytes } from 'node:crypto';
import { queueMail } from '../mail/outbox.js';
import type { StoreParts } from '../store/types.js';
import { hashWelcomeToken } from './users.js';

/** A token for the activation mail's link, and its stored (hashed) form. */
export function newWelcomeToken(): { token: string; hash: string } {
  const token = randomBytes(18).toString('base64url');
  return { token, hash: hashWelcomeToken(token) };
}

/**
 * Queues the activation mail: the user name and the link to the first login in MyPortal. `key` names the
 * event (the order item, or one resend), so the same event never mails twice.
 */
export function queueActivationMail(
  tx: Pick<StoreParts, 'mail'>,
  mail: { key: string; to: string; username: string; name: string; token: string; publicUrl: string },
): Promise<boolean> {
  // The first-login page fills in the user name from the link; the token lets the wizard greet the user.
  const link = `${mail.publicUrl}/myportal/anmeldung?${new URLSearchParams({ username: mail.username, willkommen: mail.token })}`;
  return queueMail(tx, {
    key: mail.key,
    to: mail.to,
    data: { kind: 'activation', username: mail.username, name: mail.name, firstLoginUrl: link },
  });
}
