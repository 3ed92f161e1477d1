import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { hashWelcomeToken } from './users.js';

/** A new token for the activation mail's link; stored hashed on the user, so an older link stops working. */
export function newWelcomeToken(db: Db, userId: number): string {
  const token = randomBytes(18).toString('base64url');
  db.prepare('UPDATE users SET welcome_token_hash = ? WHERE id = ?').run(hashWelcomeToken(token), userId);
  return token;
}

/** The activation mail: the user name and the link to the first login in MyPortal. */
export function sendActivationMail(
  context: AppContext,
  mail: { to: string; username: string; name: string; welcomeToken: string },
): Promise<void> {
  return context.mailer.send(mail.to, {
    kind: 'activation',
    username: mail.username,
    name: mail.name,
    // The first-login page fills in the user name from the link; the token lets the wizard greet the user.
    firstLoginUrl: `${context.config.publicUrl}/myportal/anmeldung?${new URLSearchParams({ username: mail.username, willkommen: mail.welcomeToken })}`,
  });
}
