import { schemaOf, type ApiPlugin } from '../contract.js';
import { checkPassword, passwordErrors } from '@direkthilfe/core';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { clearSessionCookie, requireUser, sessionToken, setSessionCookie, userOf } from '../context.js';
import { ApiError } from '../errors.js';
import { generatePassword, newSalt } from '../auth/passwords.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { sessionEnded, userSessionsEnded } from '../auth/sessions.js';
import { message } from '../messages.js';
import { queueMail } from '../mail/outbox.js';
import { describeMe } from '../services/me.js';

const TEMPORARY_PASSWORD_MINUTES = 30;
const TEMPORARY_PASSWORD_TRIES = 5;
/** Temporary-password mails per account: 3 in 15 minutes; further requests get the same 202 and no mail. */
const TEMPORARY_PASSWORDS_PER_ACCOUNT = 3;
const TEMPORARY_PASSWORD_WINDOW_MS = 15 * 60_000;
/**
 * Temporary-password requests per client address and hour, beside the 10 a minute: enough for an office
 * behind one address, too few to flood many accounts' mailboxes from one machine.
 */
const TEMPORARY_PASSWORDS_PER_SOURCE_HOUR = 30;
const HOUR_MS = 60 * 60_000;

export const passwordPolicyError = (password: string, username: string, lang: Language) => {
  const check = checkPassword(password, { username });
  return check.valid
    ? undefined
    : new ApiError(422, 'password_policy', {}, { failed: check.failed, messages: passwordErrors(check, lang) });
};

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', {}, { fields: { password: '' } });

/** Temporary password, login, password change, who is signed in, logout: the seed's MyPortal first-login flow. */
const authRoutes: ApiPlugin = async (app) => {
  const { store, sessions, config, passwords } = app;
  const throttle = new LoginThrottle(store.loginFailures);
  /** Ends a session and, on every node, the event streams it opened. */
  const endSession = async (token: string) => store.events.publish(sessionEnded(await sessions.destroy(token)));

  app.post(
    '/temporary-password',
    {
      schema: schemaOf('POST /api/auth/temporary-password'),
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const now = Date.now();
      const fromSource = await store.rateLimits.hit(`temporary-password-source:${request.ip}`, now, HOUR_MS);
      if (fromSource.count > TEMPORARY_PASSWORDS_PER_SOURCE_HOUR) {
        const seconds = Math.max(1, Math.ceil((fromSource.resetAt - now) / 1000));
        throw new ApiError(429, 'rate_limited', { seconds }, { retryAfter: seconds });
      }
      const username = request.body.username.trim();
      const user = await store.users.byLogin(username, request.body.role);
      // Counted for unknown names too, so that the counter says nothing about which names exist.
      const requests = await store.rateLimits.hit(
        `temporary-password:${username.toLowerCase()}`,
        now,
        TEMPORARY_PASSWORD_WINDOW_MS,
      );
      const salt = user ? await store.users.temporarySalt(user.id, newSalt()) : newSalt();
      const temporaryPassword = generatePassword(user?.username);
      // Hashing runs for known and unknown names alike, so the answer takes the same time either way.
      const hash = await passwords.hash(temporaryPassword, salt);
      if (user?.email && requests.count <= TEMPORARY_PASSWORDS_PER_ACCOUNT) {
        const email = user.email;
        const expires = new Date(Date.now() + TEMPORARY_PASSWORD_MINUTES * 60_000).toISOString();
        await store.transaction(async (tx) => {
          // Added beside a still valid one: a request by someone else never takes the user's code away.
          await tx.temporaryPasswords.add(user.id, hash, expires);
          await queueMail(tx, {
            key: `temporary-password:${user.id}:${hash.slice(-16)}`,
            to: email,
            lang: request.lang,
            data: {
              kind: 'temporary-password',
              username: user.username,
              temporaryPassword,
              loginUrl: `${config.publicUrl}${user.role === 'admin' ? '/admin/' : '/myportal/anmeldung'}`,
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
      const source = request.ip;
      await throttle.checkDelay(username, source);
      const user = await store.users.byLogin(username, request.body.role);
      const pending = await store.temporaryPasswords.list(user?.id ?? 0);
      // No oracle: every login derives exactly twice (the own password, and the temporary ones with their
      // shared salt), whether the name exists, has a password or has temporary passwords pending.
      const [own, temporary] = await Promise.all([
        passwords.verify(request.body.password, user?.passwordHash),
        passwords.matchShared(request.body.password, user?.temporarySalt, pending),
      ]);
      const locked = await throttle.locked(username);
      let restricted = false;
      if (user && temporary) {
        // Whoever knows the code may learn that it expired: that reveals nothing new.
        if (Date.parse(temporary.expiresAt) < Date.now()) {
          await store.temporaryPasswords.delete(user.id, temporary.id);
          throw new ApiError(401, 'temporary_password_expired', {}, { fields: { password: '' } });
        }
        // Single use under concurrency: of parallel logins with the same code, one takes it (and the others).
        if (!(await store.temporaryPasswords.consume(user.id, temporary.id))) throw invalidCredentials();
        restricted = true;
      } else if (!user || !own || locked) {
        await throttle.fail(username, source);
        // A temporary password dies after five wrong tries; the user simply requests a new one. Written for
        // every failure (for an unknown name it changes nothing), so that the answer takes as long.
        await store.temporaryPasswords.recordFailure(user?.id ?? 0, TEMPORARY_PASSWORD_TRIES);
        // Once locked, right and wrong own passwords get the same answer: only the mail's code opens it.
        if (locked) throw new ApiError(403, 'login_locked', {}, { fields: { password: '' } });
        throw invalidCredentials();
      } else if (pending.length) {
        // The own password worked: codes requested meanwhile are not needed any more.
        await store.temporaryPasswords.delete(user.id);
      }
      await throttle.succeed(username, source);
      // The browser's previous session ends with the new login (no session fixation, no forgotten sessions).
      const previous = sessionToken(request);
      if (previous) await endSession(previous);
      setSessionCookie(reply, await sessions.create(user.id, restricted));
      return { username: user.username, role: user.role, mustChangePassword: restricted };
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
      // A normal session must prove the current password: a stolen session alone cannot take the account.
      // After a temporary-password login the code from the mail was that proof.
      if (!user.restricted) {
        await throttle.checkDelay(user.username, request.ip);
        const current = await store.users.byId(user.userId);
        if (!(await passwords.verify(request.body.currentPassword ?? '', current?.passwordHash))) {
          await throttle.fail(user.username, request.ip);
          throw new ApiError(403, 'current_password_wrong', {}, { fields: { currentPassword: '' } });
        }
      }
      const policyError = passwordPolicyError(request.body.newPassword, user.username, request.lang);
      if (policyError) throw policyError;
      const hash = await passwords.hash(request.body.newPassword);
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
      await throttle.succeed(user.username, request.ip);
      await store.events.publish(userSessionsEnded(user.userId));
      // A new session id after the change, so a session fixed before it is worthless.
      setSessionCookie(reply, await sessions.create(user.userId, false));
      return { username: row.username, role: row.role, mustChangePassword: false };
    },
  );

  // Pages that also serve visitors ask here, so that a visit without a session logs no failed request.
  app.get('/session', { schema: schemaOf('GET /api/auth/session') }, async (request) => ({
    me: request.user ? await describeMe(store, request.user) : null,
  }));

  app.post('/logout', { schema: schemaOf('POST /api/auth/logout') }, async (request, reply) => {
    const token = sessionToken(request);
    if (token) await endSession(token);
    clearSessionCookie(reply);
    return reply.status(204).send(null);
  });
};

export default authRoutes;
