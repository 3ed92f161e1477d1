import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from './database.js';
import { MIGRATIONS } from './migrations.js';

/** The migration that turned German order words into codes: the index of the first one after it. */
const CODES = MIGRATIONS.findIndex((sql) => sql.includes("'in_progress'"));

test('orders stored with German status words are converted to codes, the due index kept', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const sql of MIGRATIONS.slice(0, CODES)) db.exec(sql);
  db.pragma(`user_version = ${CODES}`);
  db.prepare(
    "INSERT INTO companies (id, customer_number, name, contact_email, street, postal_code, city, created_at) VALUES (1, 'K1', 'Muster', 'a@b.example', 'Weg 1', '53111', 'Bonn', 'x')",
  ).run();
  const insert = db.prepare(
    "INSERT INTO orders (company_id, idempotency_key, status, failure_reason, items, execute_after, created_at) VALUES (1, ?, ?, ?, '[]', 'x', 'x')",
  );
  insert.run('a', 'bestellt', null);
  insert.run('b', 'in Bearbeitung', null);
  insert.run('c', 'ausgeführt', null);
  insert.run('d', 'fehlgeschlagen', 'Der Auftrag konnte nicht ausgeführt werden.');

  migrate(db);

  assert.deepEqual(
    db.prepare('SELECT idempotency_key AS key, status, failure_reason AS reason FROM orders ORDER BY id').all(),
    [
      { key: 'a', status: 'ordered', reason: null },
      { key: 'b', status: 'in_progress', reason: null },
      { key: 'c', status: 'executed', reason: null },
      { key: 'd', status: 'failed', reason: 'execution_failed' },
    ],
  );
  assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'orders_due'").get());
  assert.throws(() => insert.run('e', 'bestellt', null), /CHECK constraint failed/);
  db.close();
});
