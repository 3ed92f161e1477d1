import { sql } from 'kysely';
import { unique } from '../errors.js';
import type {
  LoginFailureStore,
  SessionStore,
  SessionUser,
  TemporaryPasswordStore,
  User,
  UserStore,
} from '../types.js';
import { now, toNumber, type Db } from './db.js';

const key = (username: string) => username.trim().toLowerCase();

export function userStore({ db }: Db): UserStore {
  const select = () =>
    db
      .selectFrom('users')
      .select([
        'id',
        'username',
        'email',
        'role',
        'password_hash as passwordHash',
        'password_changed_at as passwordChangedAt',
        'company_id as companyId',
        'workplace_id as workplaceId',
        'welcome_token_hash as welcomeTokenHash',
        'temporary_salt as temporarySalt',
      ]);
  return {
    byName: (username, role) =>
      select()
        .where(sql<string>`lower(username)`, '=', key(username))
        .where('role', '=', role)
        .executeTakeFirst() as Promise<User | undefined>,
    byLogin: (username, preferred = 'user') =>
      select()
        .where(sql<string>`lower(username)`, '=', key(username))
        // The two namespaces may share a name: the login form's portal decides, else MyPortal.
        .orderBy(sql`CASE WHEN role = ${preferred} THEN 0 ELSE 1 END`)
        .limit(1)
        .executeTakeFirst() as Promise<User | undefined>,
    async temporarySalt(userId, candidate) {
      // The first request sets it; any later (or concurrent) one reads the same.
      await db
        .updateTable('users')
        .set({ temporary_salt: candidate })
        .where('id', '=', userId)
        .where('temporary_salt', 'is', null)
        .execute();
      const row = await db.selectFrom('users').select('temporary_salt').where('id', '=', userId).executeTakeFirst();
      return row?.temporary_salt ?? candidate;
    },
    byId: (id) => select().where('id', '=', id).executeTakeFirst() as Promise<User | undefined>,
    createAdmin: ({ username, email, passwordHash }) =>
      unique('username', async () => {
        const at = now();
        const row = await db
          .insertInto('users')
          .values({
            username,
            email,
            role: 'admin',
            password_hash: passwordHash,
            password_changed_at: at,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      }),
    createEditor: ({ username, email, canPublish, welcomeTokenHash }) =>
      unique('username', async () => {
        const row = await db
          .insertInto('users')
          .values({
            username,
            email,
            role: 'editor',
            can_publish: canPublish ? 1 : 0,
            welcome_token_hash: welcomeTokenHash,
            created_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      }),
    async canPublish(userId) {
      const row = await db.selectFrom('users').select('can_publish').where('id', '=', userId).executeTakeFirst();
      return row?.can_publish === 1;
    },
    byInvitation: (welcomeTokenHash) =>
      select()
        .where('role', '=', 'editor')
        .where('welcome_token_hash', '=', welcomeTokenHash)
        .executeTakeFirst() as Promise<User | undefined>,
    async acceptInvitation(welcomeTokenHash, passwordHash) {
      const result = await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: now(), welcome_token_hash: null })
        .where('role', '=', 'editor')
        .where('welcome_token_hash', '=', welcomeTokenHash)
        .returning('id')
        .executeTakeFirst();
      return result ? ((await select().where('id', '=', result.id).executeTakeFirst()) as User) : undefined;
    },
    createWorkplaceUser: (user) =>
      unique('username', async () => {
        const at = now();
        const row = await db
          .insertInto('users')
          .values({
            username: user.username,
            email: user.email,
            role: 'user',
            password_hash: user.passwordHash ?? null,
            password_changed_at: user.passwordHash ? at : null,
            company_id: user.companyId,
            workplace_id: user.workplaceId,
            welcome_token_hash: user.welcomeTokenHash ?? null,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      }),
    async setWelcomeToken(userId, welcomeTokenHash) {
      await db.updateTable('users').set({ welcome_token_hash: welcomeTokenHash }).where('id', '=', userId).execute();
    },
    async setPassword(userId, passwordHash) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: now(), welcome_token_hash: null })
        .where('id', '=', userId)
        .execute();
      await db.deleteFrom('temporary_passwords').where('user_id', '=', userId).execute();
    },
    async assignCompany(userId, companyId) {
      const result = await db
        .updateTable('users')
        .set({ company_id: companyId })
        .where('id', '=', userId)
        .where('company_id', 'is', null)
        .executeTakeFirst();
      return toNumber(result.numUpdatedRows) === 1;
    },
    async listWorkplaceUsers() {
      const rows = await db
        .selectFrom('users')
        .select(['username', 'password_changed_at'])
        .where('role', '=', 'user')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ username: r.username, hasPassword: r.password_changed_at !== null }));
    },
  };
}

export function sessionStore({ db }: Db): SessionStore {
  return {
    async create(userId, restricted, tokenHash) {
      const at = now();
      await db
        .insertInto('sessions')
        .values({
          id_hash: tokenHash,
          user_id: userId,
          restricted: restricted ? 1 : 0,
          created_at: at,
          last_seen_at: at,
        })
        .execute();
    },
    async find(tokenHash) {
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select([
          's.user_id',
          's.restricted',
          's.created_at',
          's.last_seen_at',
          'u.username',
          'u.role',
          'u.company_id',
          'u.workplace_id',
        ])
        .where('s.id_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const user: SessionUser & { createdAt: string; lastSeenAt: string } = {
        sessionHash: tokenHash,
        userId: row.user_id,
        username: row.username,
        role: row.role,
        companyId: row.company_id,
        workplaceId: row.workplace_id,
        restricted: toNumber(row.restricted) === 1,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
      };
      return user;
    },
    async touch(tokenHash) {
      await db.updateTable('sessions').set({ last_seen_at: now() }).where('id_hash', '=', tokenHash).execute();
    },
    async destroy(tokenHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', tokenHash).execute();
    },
    async destroyAllOf(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async sweep(idleBefore, createdBefore) {
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
        .executeTakeFirst();
      return toNumber(result.numDeletedRows);
    },
  };
}

export function loginFailureStore({ db }: Db): LoginFailureStore {
  return {
    async get(failureKey) {
      const row = await db
        .selectFrom('login_failures')
        .select(['count', 'last_failed_at'])
        .where('username_key', '=', failureKey)
        .executeTakeFirst();
      return row && { count: toNumber(row.count), lastFailedAt: row.last_failed_at };
    },
    async record(failureKey) {
      const at = now();
      const row = await db
        .insertInto('login_failures')
        .values({ username_key: failureKey, count: 1, last_failed_at: at })
        .onConflict((oc) =>
          oc.column('username_key').doUpdateSet({ count: sql`login_failures.count + 1`, last_failed_at: at }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return toNumber(row.count);
    },
    async clear(failureKeys) {
      await db.deleteFrom('login_failures').where('username_key', 'in', failureKeys).execute();
    },
  };
}

export function temporaryPasswordStore({ db }: Db): TemporaryPasswordStore {
  return {
    async list(userId) {
      const rows = await db
        .selectFrom('temporary_passwords')
        .select(['id', 'hash', 'expires_at', 'failed_attempts'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        hash: row.hash,
        expiresAt: row.expires_at,
        failedAttempts: toNumber(row.failed_attempts),
      }));
    },
    async add(userId, hash, expiresAt) {
      const at = now();
      await db.deleteFrom('temporary_passwords').where('user_id', '=', userId).where('expires_at', '<', at).execute();
      await db
        .insertInto('temporary_passwords')
        .values({ user_id: userId, hash, expires_at: expiresAt, failed_attempts: 0, created_at: at })
        .execute();
    },
    async recordFailure(userId, limit) {
      await db
        .updateTable('temporary_passwords')
        .set({ failed_attempts: sql`failed_attempts + 1` })
        .where('user_id', '=', userId)
        .execute();
      await db
        .deleteFrom('temporary_passwords')
        .where('user_id', '=', userId)
        .where('failed_attempts', '>=', limit)
        .execute();
    },
    async consume(userId, id) {
      const result = await db
        .deleteFrom('temporary_passwords')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (toNumber(result.numDeletedRows) !== 1) return false;
      await db.deleteFrom('temporary_passwords').where('user_id', '=', userId).execute();
      return true;
    },
    async delete(userId, id) {
      await db
        .deleteFrom('temporary_passwords')
        .where('user_id', '=', userId)
        .$if(id !== undefined, (q) => q.where('id', '=', id!))
        .execute();
    },
  };
}
