import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from '../../../packages/portal-backend/src/store/schema.js';
import { isPostgresUrl } from '../../../packages/portal-backend/src/store/kysely-store.js';
import { TestPortalClient, type TestServer } from './portal-server.js';

export const EDITOR_PASSWORD = 'Redaktion.Tasse-42';

/**
 * Writes an editor account into the test server's database, as the studio's seed and invitation will.
 * Until migration 003_content lets accounts be editors, the role rule is widened here for the test's own
 * database (PostgreSQL) or not checked for this one row (SQLite).
 */
export async function createEditor(server: TestServer, username: string): Promise<void> {
  const url = server.config.databaseUrl;
  const passwordHash = await server.app.passwords.hash(EDITOR_PASSWORD);
  const db = new Kysely<Database>({
    dialect: isPostgresUrl(url)
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) })
      : new SqliteDialect({ database: new SQLite(url) }),
  });
  try {
    if (isPostgresUrl(url)) {
      await sql`ALTER TABLE users DROP CONSTRAINT users_role_check,
        ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'user', 'editor'))`.execute(db);
    } else {
      await sql`PRAGMA ignore_check_constraints = ON`.execute(db);
    }
    const at = new Date().toISOString();
    await db
      .insertInto('users')
      .values({ username, role: 'editor', password_hash: passwordHash, password_changed_at: at, created_at: at })
      .execute();
  } finally {
    await db.destroy();
  }
}

/** A new editor account and a client logged in with it (`POST /api/auth/login` with the role `editor`). */
export async function editorClient(server: TestServer, username: string): Promise<TestPortalClient> {
  await createEditor(server, username);
  const client = new TestPortalClient(server.url);
  const { status } = await client.json('POST', '/api/auth/login', {
    username,
    password: EDITOR_PASSWORD,
    role: 'editor',
  });
  if (status !== 200) throw new Error(`the editor could not log in (${status})`);
  return client;
}
