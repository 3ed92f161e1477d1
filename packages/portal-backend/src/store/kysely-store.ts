import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration } from 'kysely';
import type { Database } from './schema.js';
import type { Store, StoreParts } from './types.js';
import { LocalEventBus, PostgresEventBus } from './events.js';
import { migrationsFor, type Dialect } from './migrations/index.js';
import { adoptLegacySqlite } from './migrations/legacy.js';
import { loginFailureStore, sessionStore, temporaryPasswordStore, userStore } from './parts/accounts.js';
import { companyStore, deviceStore, groupStore, workplaceStore } from './parts/company.js';
import { cartStore, orderStore } from './parts/orders.js';
import { feedbackStore, mailStore, onboardingStore, rateLimitStore } from './parts/misc.js';
import { contentStore } from './parts/content.js';
import { reportStore } from './parts/reports.js';

/** Where the data lives: `postgres://…` for PostgreSQL, anything else is the path of an SQLite file. */
export interface StoreOptions {
  databaseUrl: string;
  /** Connections per node (PostgreSQL). */
  poolSize?: number;
  onError?: (error: unknown) => void;
}

export const isPostgresUrl = (url: string) => /^postgres(?:ql)?:\/\//.test(url);

/** A name for this process, for the rows it claims (orders, mails). */
export const nodeId = (): string => `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

function parts(db: Kysely<Database>, dialect: Dialect): StoreParts {
  const on = { db, dialect };
  return {
    users: userStore(on),
    sessions: sessionStore(on),
    loginFailures: loginFailureStore(on),
    temporaryPasswords: temporaryPasswordStore(on),
    companies: companyStore(on),
    groups: groupStore(on),
    workplaces: workplaceStore(on),
    devices: deviceStore(on),
    carts: cartStore(on),
    orders: orderStore(on),
    onboarding: onboardingStore(on),
    feedback: feedbackStore(on),
    mail: mailStore(on),
    rateLimits: rateLimitStore(on),
    content: contentStore(on),
    reports: reportStore(on),
  };
}

class MigrationList {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations() {
    return this.migrations;
  }
}

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const { error, results } = await new Migrator({
    db,
    provider: new MigrationList(migrationsFor(dialect)),
  }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed`, { cause: error });
}

/** Opens the store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const onError = options.onError ?? (() => undefined);
  if (isPostgresUrl(options.databaseUrl)) return openPostgres(options.databaseUrl, options.poolSize ?? 10, onError);
  return openSqlite(options.databaseUrl);
}

async function openSqlite(file: string): Promise<Store> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  // Foreign keys are checked once the schema is migrated: a migration that rebuilds a table (SQLite cannot
  // change a CHECK rule) must not cascade its DROP to the rows that point at it.
  await adoptLegacySqlite(db as Kysely<unknown>);
  await migrate(db, 'sqlite');
  const broken = database.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new Error(`Migration left ${broken.length} rows with broken foreign keys`);
  database.pragma('foreign_keys = ON');
  const events = new LocalEventBus();
  return assemble(db, 'sqlite', events, async () => {
    await events.close();
    await db.destroy();
  });
}

// A fixed key for PostgreSQL's advisory lock: one node migrates, the others wait and then find nothing to do.
const MIGRATION_LOCK = 4_711_815;

async function openPostgres(url: string, poolSize: number, onError: (error: unknown) => void): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', onError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      await migrate(connection, 'postgres');
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
  const events = new PostgresEventBus(
    url,
    async (topic) => {
      await sql`SELECT pg_notify(${PostgresEventBus.channel}, ${topic})`.execute(db);
    },
    onError,
  );
  await events.start();
  return assemble(db, 'postgres', events, async () => {
    await events.close();
    await db.destroy();
  });
}

function assemble(db: Kysely<Database>, dialect: Dialect, events: LocalEventBus, close: () => Promise<void>): Store {
  return {
    dialect,
    events,
    ...parts(db, dialect),
    transaction: (fn) => db.transaction().execute((trx) => fn(parts(trx, dialect))),
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    close,
  };
}
