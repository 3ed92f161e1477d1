import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openStore } from '../kysely-store.js';

const LEGACY_SCHEMA = readFileSync(
  new URL('../../../../../test/fixtures/legacy-sqlite-v2.sql', import.meta.url),
  'utf8',
);

test('an SQLite file of the first release is converted in place: German words become codes, nothing is lost', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-legacy-'));
  const file = join(dir, 'direkthilfe.sqlite');
  const legacy = new SQLite(file);
  legacy.exec(LEGACY_SCHEMA);
  legacy.exec(`
    INSERT INTO companies (id, customer_number, name, contact_email, street, postal_code, city, created_at)
      VALUES (1, 'K1', 'Muster GmbH', 'it@muster.example', 'Weg 1', '53111', 'Bonn', '2026-01-01T00:00:00.000Z');
    INSERT INTO groups (id, company_id, name, is_default, created_at) VALUES (1, 1, 'Bonn', 1, 'x');
    INSERT INTO workplaces (id, company_id, group_id, name, email, phone_number, activated_at)
      VALUES (1, 1, 1, 'Anna Berger', 'anna@muster.example', '+49 228 471101-517', 'x');
    INSERT INTO users (username, email, role, company_id, workplace_id, created_at)
      VALUES ('Anna.Berger', 'anna@muster.example', 'user', 1, 1, 'x');
    INSERT INTO orders (company_id, idempotency_key, status, failure_reason, items, execute_after, created_at) VALUES
      (1, 'a', 'bestellt', NULL, '[]', 'x', 'x'),
      (1, 'b', 'in Bearbeitung', NULL, '[]', 'x', 'x'),
      (1, 'c', 'ausgeführt', NULL, '[]', 'x', 'x'),
      (1, 'd', 'fehlgeschlagen', 'Der Auftrag konnte nicht ausgeführt werden.', '[]', 'x', 'x');
    INSERT INTO outbox (to_address, subject, text, html, data, sent_at)
      VALUES ('it@muster.example', 'Willkommen', 'Text', '<p>Text</p>', '{"kind":"welcome-letter"}', '2026-01-01T00:00:00.000Z');
    PRAGMA user_version = 2;
  `);
  legacy.close();

  const store = await openStore({ databaseUrl: file });
  try {
    assert.deepEqual((await store.orders.list(1)).map((o) => [o.status, o.failureCode]).reverse(), [
      ['ordered', null],
      ['in_progress', null],
      ['executed', null],
      ['failed', 'execution_failed'],
    ]);
    const [mail] = await store.mail.demoMailbox(10);
    assert.deepEqual([mail.to, mail.status, mail.data], ['it@muster.example', 'sent', { kind: 'welcome-letter' }]);
    assert.equal((await store.users.byName('anna.berger', 'user'))?.username, 'Anna.Berger');
    // The number block goes on after the highest extension in use.
    assert.equal(await store.companies.allocateExtension(1, 999), 518);
  } finally {
    await store.close();
  }
  // A second start finds nothing more to do.
  const again = await openStore({ databaseUrl: file });
  assert.equal((await again.orders.list(1)).length, 4);
  await again.close();
  rmSync(dir, { recursive: true, force: true });
});
