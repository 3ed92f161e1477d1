import type { FastifyInstance } from 'fastify';
import { checkPassword, passwordErrors } from '@direkthilfe/core';
import { setSessionCookie, requireUser, SESSION_COOKIE, type AppContext } from '../context.js';
import { now } from '../db/database.js';
import { ApiError } from '../errors.js';
import { hashPassword, generatePassword, verifyPassword } from '../auth/passwords.js';
import { languageOf, message } from '../messages.js';
import { findUser, userById, type UserRow } from '../services/users.js';
import { describeMe } from '../services/me.js';
import { body, text, errorSchema } from '../validation.js';

const TEMPORARY_PASSWORD_MINUTES = 30;
const TEMPORARY_PASSWORD_TRIES = 5;
/** Failed logins per account slow further tries down (1, 2, 4 … up to 60 s); they never lock the account. */
const FREE_FAILURES = 3;
const MAX_DELAY_SECONDS = 60;

const passwordPolicyError = (password: string, username: string, lang: ReturnType<typeof languageOf>) => {
  const check = checkPassword(password, { username });
  return check.valid
    ? undefined
    : new ApiError(422, 'password_policy', {}, { failed: check.failed, messages: passwordErrors(check, lang) });
};

export { passwordPolicyError };

/** Temporary password, login, password change, logout, me: the seed's MyPortal first-login flow. */
export const authRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { db, sessions, mailer, config, scryptCost } = context;

  const throttle = (username: string) => {
    const row = db.prepare('SELECT count, last_failed_at FROM login_failures WHERE username = ?').get(username) as
      { count: number; last_failed_at: string } | undefined;
    if (!row || row.count < FREE_FAILURES) return;
    const delay = Math.min(MAX_DELAY_SECONDS, 2 ** (row.count - FREE_FAILURES));
    const wait = Math.ceil((Date.parse(row.last_failed_at) + delay * 1000 - Date.now()) / 1000);
    if (wait > 0) throw new ApiError(429, 'rate_limited', { seconds: wait }, { retryAfter: wait });
  };
  const recordFailure = (username: string) =>
    db
      .prepare(
        `INSERT INTO login_failures (username, count, last_failed_at) VALUES (?, 1, ?)
         ON CONFLICT (username) DO UPDATE SET count = count + 1, last_failed_at = excluded.last_failed_at`,
      )
      .run(username, now());

  app.post<{ Body: { username: string } }>(
    '/api/auth/temporary-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Request a temporary password (always 202)',
        body: body({ username: text(100) }),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const lang = languageOf(request.headers['accept-language']);
      const user = findUser(db, request.body.username);
      const temporaryPassword = generatePassword(user?.username);
      // Hashing runs for known and unknown names alike, so the answer takes the same time either way.
      const hash = await hashPassword(temporaryPassword, scryptCost);
      if (user?.email && user.role === 'user') {
        const expires = new Date(Date.now() + TEMPORARY_PASSWORD_MINUTES * 60_000).toISOString();
        db.prepare(
          `INSERT INTO temporary_passwords (user_id, hash, expires_at, failed_attempts, created_at) VALUES (?, ?, ?, 0, ?)
           ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, expires_at = excluded.expires_at, failed_attempts = 0, created_at = excluded.created_at`,
        ).run(user.id, hash, expires, now());
        // Not awaited: a slow mail server must not make known names measurably slower.
        mailer
          .send(
            user.email,
            {
              kind: 'temporary-password',
              username: user.username,
              temporaryPassword,
              loginUrl: `${config.publicUrl}/myportal/anmeldung`,
            },
            lang,
          )
          .catch((error) => request.log.error({ err: error }, 'temporary password mail failed'));
      }
      return reply.status(202).send({ message: message(lang, 'temporaryPasswordAccepted') });
    },
  );

  app.post<{ Body: { username: string; password: string } }>(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with the own or a temporary password',
        body: body({ username: text(100), password: text(256) }),
        response: { 401: errorSchema, 429: errorSchema },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const username = request.body.username.trim();
      throttle(username);
      const user = findUser(db, username);
      const own = await verifyPassword(request.body.password, user?.password_hash, scryptCost);
      let restricted = false;
      if (!own) {
        const temporary = user
          ? (db
              .prepare('SELECT hash, expires_at, failed_attempts FROM temporary_passwords WHERE user_id = ?')
              .get(user.id) as { hash: string; expires_at: string; failed_attempts: number } | undefined)
          : undefined;
        const matches = temporary ? await verifyPassword(request.body.password, temporary.hash, scryptCost) : false;
        if (!user || !temporary || !matches) {
          recordFailure(username);
          if (user && temporary) {
            // A temporary password dies after five wrong tries; the user simply requests a new one.
            db.prepare('UPDATE temporary_passwords SET failed_attempts = failed_attempts + 1 WHERE user_id = ?').run(
              user.id,
            );
            db.prepare('DELETE FROM temporary_passwords WHERE user_id = ? AND failed_attempts >= ?').run(
              user.id,
              TEMPORARY_PASSWORD_TRIES,
            );
          }
          throw new ApiError(401, 'invalid_credentials', {}, { fields: { password: '' } });
        }
        // Whoever knows the code may learn that it expired: that reveals nothing new.
        if (Date.parse(temporary.expires_at) < Date.now()) {
          db.prepare('DELETE FROM temporary_passwords WHERE user_id = ?').run(user.id);
          throw new ApiError(401, 'temporary_password_expired', {}, { fields: { password: '' } });
        }
        db.prepare('DELETE FROM temporary_passwords WHERE user_id = ?').run(user.id);
        restricted = true;
      }
      db.prepare('DELETE FROM login_failures WHERE username = ?').run(username);
      const token = sessions.create(user!.id, restricted);
      setSessionCookie(reply, context, token);
      return { username: user!.username, role: user!.role, mustChangePassword: restricted };
    },
  );

  app.post<{ Body: { newPassword: string } }>(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password (policy enforced: 422 with rule ids)',
        body: body({ newPassword: text(1024, 0) }),
        response: { 422: errorSchema },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const user = requireUser(request, { allowRestricted: true });
      const lang = languageOf(request.headers['accept-language']);
      const policyError = passwordPolicyError(request.body.newPassword, user.username, lang);
      if (policyError) throw policyError;
      const hash = await hashPassword(request.body.newPassword, scryptCost);
      db.transaction(() => {
        db.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(
          hash,
          now(),
          user.userId,
        );
        db.prepare('DELETE FROM temporary_passwords WHERE user_id = ?').run(user.userId);
        sessions.destroyAllOf(user.userId);
      })();
      // A new session id after the change, so a session fixed before it is worthless.
      setSessionCookie(reply, context, sessions.create(user.userId, false));
      const row: UserRow = userById(db, user.userId);
      if (row.email) {
        mailer
          .send(row.email, { kind: 'password-changed', username: row.username }, lang)
          .catch((error) => request.log.error({ err: error }, 'password-changed mail failed'));
      }
      return { username: row.username, role: row.role, mustChangePassword: false };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Log out; the cart of the session is discarded' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) sessions.destroy(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user', response: { 401: errorSchema } } },
    async (request) => {
      const user = requireUser(request, { allowRestricted: true });
      return describeMe(context, user);
    },
  );
};
