import { schemaOf, type ApiPlugin } from '../contract.js';
import { checkPassword, passwordErrors } from '@direkthilfe/core';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { requireUser, setSessionCookie, SESSION_COOKIE, userOf } from '../context.js';
import { ApiError } from '../errors.js';
import { hashPassword, generatePassword, verifyPassword } from '../auth/passwords.js';
import { message } from '../messages.js';
import { queueMail } from '../mail/outbox.js';

const TEMPORARY_PASSWORD_MINUTES = 30;
const TEMPORARY_PASSWORD_TRIES = 5;
/** Failed logins per account slow further tries down (1, 2, 4 … up to 60 s); they never lock the account. */
const FREE_FAILURES = 3;
const MAX_DELAY_SECONDS = 60;

export const passwordPolicyError = (password: string, username: string, lang: Language) => {
  const check = checkPassword(password, { username });
  return check.valid
    ? undefined
    : new ApiError(422, 'password_policy', {}, { failed: check.failed, messages: passwordErrors(check, lang) });
};

/** Temporary password, login, password change, logout: the seed's MyPortal first-login flow. */
const authRoutes: ApiPlugin = async (app) => {
  const { store, sessions, config, scryptCost } = app;

  const throttle = async (username: string) => {
    const failures = await store.loginFailures.get(username);
    if (!failures || failures.count < FREE_FAILURES) return;
    const delay = Math.min(MAX_DELAY_SECONDS, 2 ** (failures.count - FREE_FAILURES));
    const wait = Math.ceil((Date.parse(failures.lastFailedAt) + delay * 1000 - Date.now()) / 1000);
    if (wait > 0) throw new ApiError(429, 'rate_limited', { seconds: wait }, { retryAfter: wait });
  };

  app.post(
    '/temporary-password',
    {
      schema: schemaOf('POST /api/auth/temporary-password'),
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const user = await store.users.byName(request.body.username);
      const temporaryPassword = generatePassword(user?.username);
      // Hashing runs for known and unknown names alike, so the answer takes the same time either way.
      const hash = await hashPassword(temporaryPassword, scryptCost);
      if (user?.email && user.role === 'user') {
        const email = user.email;
        const expires = new Date(Date.now() + TEMPORARY_PASSWORD_MINUTES * 60_000).toISOString();
        await store.transaction(async (tx) => {
          await tx.temporaryPasswords.put(user.id, hash, expires);
          await queueMail(tx, {
            key: `temporary-password:${user.id}:${hash.slice(-16)}`,
            to: email,
            lang: request.lang,
            data: {
              kind: 'temporary-password',
              username: user.username,
              temporaryPassword,
              loginUrl: `${config.publicUrl}/myportal/anmeldung`,
            },
          });
        });
      }
      return reply.status(202).send({ message: message(request.lang, 'temporaryPasswordAccepted') });
    },
  );

  app.post(
    '/login',
    {
      schema: schemaOf('POST /api/auth/login'),
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const username = request.body.username.trim();
      await throttle(username);
      const user = await store.users.byName(username);
      const own = await verifyPassword(request.body.password, user?.passwordHash, scryptCost);
      let restricted = false;
      if (!own) {
        const temporary = user ? await store.temporaryPasswords.get(user.id) : undefined;
        const matches = temporary ? await verifyPassword(request.body.password, temporary.hash, scryptCost) : false;
        if (!user || !temporary || !matches) {
          await store.loginFailures.record(username);
          // A temporary password dies after five wrong tries; the user simply requests a new one.
          if (user && temporary) await store.temporaryPasswords.recordFailure(user.id, TEMPORARY_PASSWORD_TRIES);
          throw new ApiError(401, 'invalid_credentials', {}, { fields: { password: '' } });
        }
        // Whoever knows the code may learn that it expired: that reveals nothing new.
        if (Date.parse(temporary.expiresAt) < Date.now()) {
          await store.temporaryPasswords.delete(user.id);
          throw new ApiError(401, 'temporary_password_expired', {}, { fields: { password: '' } });
        }
        // Single use under concurrency: of parallel logins with the same code, one takes it.
        if (!(await store.temporaryPasswords.consume(user.id, temporary.hash))) {
          throw new ApiError(401, 'invalid_credentials', {}, { fields: { password: '' } });
        }
        restricted = true;
      }
      await store.loginFailures.clear(username);
      setSessionCookie(reply, await sessions.create(user!.id, restricted));
      return { username: user!.username, role: user!.role, mustChangePassword: restricted };
    },
  );

  app.post(
    '/password',
    {
      schema: schemaOf('POST /api/auth/password'),
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      onRequest: requireUser({ allowRestricted: true }),
    },
    async (request, reply) => {
      const user = userOf(request);
      const policyError = passwordPolicyError(request.body.newPassword, user.username, request.lang);
      if (policyError) throw policyError;
      const hash = await hashPassword(request.body.newPassword, scryptCost);
      const row = await store.transaction(async (tx) => {
        await tx.users.setPassword(user.userId, hash);
        await tx.sessions.destroyAllOf(user.userId);
        const changed = (await tx.users.byId(user.userId))!;
        if (changed.email) {
          await queueMail(tx, {
            key: `password-changed:${user.userId}:${hash.slice(-16)}`,
            to: changed.email,
            lang: request.lang,
            data: { kind: 'password-changed', username: changed.username },
          });
        }
        return changed;
      });
      // A new session id after the change, so a session fixed before it is worthless.
      setSessionCookie(reply, await sessions.create(user.userId, false));
      return { username: row.username, role: row.role, mustChangePassword: false };
    },
  );

  app.post('/logout', { schema: schemaOf('POST /api/auth/logout') }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await sessions.destroy(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });
};

export default authRoutes;
