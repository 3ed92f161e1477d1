import { sql, type Kysely } from 'kysely';
import { runScript, sharedTables, TYPES } from './index.js';

/**
 * Databases of the first release counted their schema in `PRAGMA user_version` (1 or 2) and stored German
 * words as status. This converts such a file to `001_initial` in place, keeping every row, and records
 * that migration as done, so the migrator carries on from there.
 */
export async function adoptLegacySqlite(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  const version = rows[0]?.user_version ?? 0;
  const { rows: migrated } = await sql<{ n: number }>`
    SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (version === 0 || migrated[0].n > 0) return false;
  const tables = sharedTables(TYPES.sqlite);
  const converted = sharedTables(TYPES.sqlite, 'orders_converted');
  await db.transaction().execute(async (trx) => {
    if (version < 2) await runScript(trx, `ALTER TABLE users ADD COLUMN welcome_token_hash TEXT`);
    await runScript(
      trx,
      `
      ALTER TABLE companies ADD COLUMN next_extension INTEGER NOT NULL DEFAULT 101;
      UPDATE companies SET next_extension = 1 + COALESCE((
        SELECT MAX(CAST(substr(w.phone_number, instr(w.phone_number, '-') + 1) AS INTEGER))
        FROM workplaces w WHERE w.company_id = companies.id), 100);
      CREATE UNIQUE INDEX users_username_key ON users (lower(username));
      DROP TABLE login_failures;
      ${tables.loginFailures}
      ${converted.orders}
      INSERT INTO orders_converted (id, company_id, idempotency_key, status, failure_code, items, execute_after,
        created_by, created_at, executed_at)
      SELECT id, company_id, idempotency_key,
        CASE status WHEN 'bestellt' THEN 'ordered' WHEN 'in Bearbeitung' THEN 'in_progress'
          WHEN 'ausgeführt' THEN 'executed' WHEN 'fehlgeschlagen' THEN 'failed' ELSE status END,
        CASE WHEN failure_reason IS NULL THEN NULL ELSE 'execution_failed' END,
        items, execute_after, created_by, created_at, executed_at
      FROM orders;
      DROP TABLE orders;
      ALTER TABLE orders_converted RENAME TO orders;
      ${tables.ordersIndex}
      ${tables.mailOutbox}
      INSERT INTO mail_outbox (idempotency_key, to_address, lang, data, subject, text, html, status, attempts,
        next_attempt_at, channel, created_at, sent_at)
      SELECT 'legacy:' || id, to_address, 'de', data, subject, text, html, 'sent', 1, sent_at, 'demo', sent_at, sent_at
      FROM outbox ORDER BY id;
      DROP TABLE outbox;
      ${tables.rateLimits}
      CREATE TABLE kysely_migration (name VARCHAR(255) NOT NULL PRIMARY KEY, timestamp VARCHAR(255) NOT NULL);
      CREATE TABLE kysely_migration_lock (id VARCHAR(255) NOT NULL PRIMARY KEY, is_locked INTEGER NOT NULL DEFAULT 0)
    `,
    );
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('001_initial', ${new Date().toISOString()})`.execute(
      trx,
    );
    await sql`PRAGMA user_version = 0`.execute(trx);
  });
  return true;
}
