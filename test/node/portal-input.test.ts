// Input hygiene: blank names, control and direction characters, lone surrogates, deep JSON, silent
// connections, and lost updates on workplaces and groups.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startPortalServer, TestPortalClient, unlockedAdmin, usePortalServer } from './helpers/portal-server.js';

const portal = usePortalServer();

let adminClient: Promise<TestPortalClient> | undefined;
/** An admin of the seeded company (its one-time password works once per server). */
const admin = () => (adminClient ??= unlockedAdmin(portal.server.url, 'input.admin'));

describe('names and addresses', () => {
  test('are stored trimmed, and a name of spaces is refused with a German message', async () => {
    const client = await admin();
    const created = await client.json('POST', '/api/admin/groups', { name: '  Lager Süd  ', address: ' Hafenstr. 3 ' });
    assert.equal(created.status, 201);
    assert.deepEqual([created.body.name, created.body.address], ['Lager Süd', 'Hafenstr. 3']);
    for (const name of ['   ', '\t \n']) {
      const blank = await client.json('POST', '/api/admin/groups', { name });
      assert.equal(blank.status, 400, JSON.stringify(name));
      assert.ok(blank.body.fields?.name, 'no message at the name');
    }
    const spaces = await client.json('POST', '/api/admin/groups', { name: '   ' });
    assert.deepEqual(spaces.body.fields, { name: 'Bitte geben Sie mehr als Leerzeichen ein.' });
    const item = await client.json('POST', '/api/cart/items', {
      name: '  ',
      email: 'leer@muster-elektro.example',
      groupId: created.body.id,
    });
    assert.deepEqual([item.status, item.body.fields?.name], [400, 'Bitte geben Sie mehr als Leerzeichen ein.']);
  });

  test('control characters, direction overrides and lone surrogates are refused with a stable code', async () => {
    const client = await admin();
    const { body: groups } = await client.json('GET', '/api/admin/groups');
    const groupId = groups.groups[0].id;
    const refused = [
      'Lager\u0000Nord',
      'Lager\u0007',
      'Zeile\nZwei',
      'Rechnung\u202Efdp.exe',
      'Isolat\u2066x\u2069',
      'Halb\uD800',
      'Halb\uDC00er',
    ];
    for (const name of refused) {
      const group = await client.json('POST', '/api/admin/groups', { name });
      assert.equal(group.status, 400, JSON.stringify(name));
      assert.equal(group.body.code, 'invalid_characters', JSON.stringify(name));
      assert.equal(
        group.body.fields?.name,
        'Dieser Text enthält unzulässige Zeichen (Steuerzeichen, Richtungswechsel oder ungültige Zeichen).',
      );
      const item = await client.json('POST', '/api/cart/items', {
        name,
        email: 'zeichen@muster-elektro.example',
        groupId,
      });
      assert.deepEqual([item.status, item.body.code], [400, 'invalid_characters'], JSON.stringify(name));
    }
    const address = await client.json('POST', '/api/admin/groups', { name: 'Adresse', address: 'Weg 1\u202E' });
    assert.deepEqual([address.status, address.body.code], [400, 'invalid_characters']);
    // Letters of every script, emoji (a valid surrogate pair) and joiners stay allowed.
    const fine = await client.json('POST', '/api/admin/groups', { name: 'Zweigstelle Ærø 🏢 ‍ שלום' });
    assert.equal(fine.status, 201);
    const { body } = await client.json('GET', '/api/admin/groups');
    assert.ok(
      body.groups.every((g) => !/[\p{Cc}\p{Cs}\u202A-\u202E]/u.test(g.name)),
      'a refused name was stored',
    );
  });
});

describe('request bodies and connections', () => {
  test('JSON nested deeper than 32 levels is refused with too_deep on every route', async () => {
    const client = await admin();
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const state = await client.json('PUT', '/api/onboarding/admin-first-setup', `{"state":{"x":${deep(9000)}}}`);
    assert.deepEqual([state.status, state.body.code], [400, 'too_deep']);
    const login = await new TestPortalClient(portal.server.url).json(
      'POST',
      '/api/auth/login',
      `{"username":"a","password":"b","x":${deep(40)}}`,
    );
    assert.deepEqual([login.status, login.body.code], [400, 'too_deep']);
    // Brackets inside strings do not count.
    const text = await client.json('PUT', '/api/onboarding/admin-first-setup', { state: { note: deep(100) } });
    assert.equal(text.status, 200);
    assert.equal((await client.request('GET', '/health/ready')).status, 200);
  });

  // Node's own defaults would close them only after a minute or more: the limit shows the setting at work.
  test('silent connections and unfinished requests are closed', { timeout: 30_000 }, async () => {
    const server = await startPortalServer({
      timeouts: { idleMs: 500, headersMs: 500, requestMs: 1000, keepAliveMs: 500 },
    });
    try {
      const { port } = new URL(server.url);
      const closed = (write?: string) =>
        new Promise<void>((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1', () => {
            if (write) socket.write(write);
          });
          socket.on('error', reject);
          socket.on('close', () => resolve());
          socket.resume();
        });
      await closed();
      await closed('GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      await closed('POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: 100\r\n\r\n{"user');
    } finally {
      await server.stop();
      await server.remove();
    }
  });
});

describe('lost updates', () => {
  test('a workplace change read at an old revision is refused with 409, also when two race', async () => {
    const client = await admin();
    const { body } = await client.json('GET', '/api/admin/workplaces');
    const workplace = body.workplaces[0];
    const first = await client.json('PATCH', `/api/admin/workplaces/${workplace.id}`, {
      name: 'Julia Schneider-Berg',
      revision: workplace.revision,
    });
    assert.equal(first.status, 200);
    assert.equal(first.body.revision, workplace.revision + 1);
    const stale = await client.json('PATCH', `/api/admin/workplaces/${workplace.id}`, {
      email: 'ueberschrieben@muster-elektro.example',
      revision: workplace.revision,
    });
    assert.deepEqual([stale.status, stale.body.code], [409, 'stale_write']);
    const missing = await client.json('PATCH', `/api/admin/workplaces/${workplace.id}`, { name: 'Ohne Revision' });
    assert.equal(missing.status, 400);

    const race = await Promise.all(
      ['Erste Änderung', 'Zweite Änderung'].map((name) =>
        client.json('PATCH', `/api/admin/workplaces/${workplace.id}`, { name, revision: first.body.revision }),
      ),
    );
    assert.deepEqual(race.map((r) => r.status).sort(), [200, 409]);
    const now = await client.json('GET', `/api/admin/workplaces/${workplace.id}`);
    assert.equal(now.body.name, race.find((r) => r.status === 200)!.body.name);
    assert.equal(now.body.email, workplace.email, 'the stale write changed the e-mail');
  });

  test('a group rename read at an old revision is refused with 409', async () => {
    const client = await admin();
    const created = await client.json('POST', '/api/admin/groups', { name: 'Vertrieb West' });
    const renamed = await client.json('PATCH', `/api/admin/groups/${created.body.id}`, {
      name: 'Vertrieb Nordwest',
      revision: created.body.revision,
    });
    assert.deepEqual([renamed.status, renamed.body.revision], [200, created.body.revision + 1]);
    const stale = await client.json('PATCH', `/api/admin/groups/${created.body.id}`, {
      name: 'Vertrieb Südwest',
      revision: created.body.revision,
    });
    assert.deepEqual([stale.status, stale.body.code], [409, 'stale_write']);
    const { body } = await client.json('GET', '/api/admin/groups');
    assert.equal(body.groups.find((g) => g.id === created.body.id)?.name, 'Vertrieb Nordwest');
  });
});
