// Hardening under attack: one-time secrets stay single-use when 20 requests race, a malformed id never
// reaches a row, and the limits on carts and number blocks hold without hanging anything.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ROUTES } from '@direkthilfe/core/api';
import { IdParam } from '@direkthilfe/core/api/common';
import {
  invitationToken,
  lastMailId,
  TestPortalClient,
  usePortalServer,
  waitForMail,
  type Mail,
} from './helpers/portal-server.js';

const RACERS = 20;
// Every racer comes from its own address (X-Forwarded-For from loopback), so that the per-address rate
// limits do not decide the race instead of the store. Nor may the bounded hash queue: a login derives twice,
// so 20 logins at once can fill the default queue of 32, and a racer would get 503 `busy` (by design, tested
// in portal-security) before it reaches the store.
const portal = usePortalServer({ trustProxy: '127.0.0.1', hashQueue: 2 * RACERS });

let sources = 0;
const newSource = () => ({ 'x-forwarded-for': `10.40.${Math.floor(++sources / 250)}.${(sources % 250) + 1}` });
const client = () => new TestPortalClient(portal.server.url);
const race = <T>(run: (i: number) => Promise<T>) => Promise.all(Array.from({ length: RACERS }, (_, i) => run(i)));
const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

/** An admin registered (not yet unlocked) from a fresh address. */
async function registeredAdmin(username: string): Promise<TestPortalClient> {
  const admin = client();
  const { status } = await admin.json(
    'POST',
    '/api/admin/register',
    { username, email: `${username}@muster-elektro.example`, password: 'Kaffee.Tasse-42' },
    newSource(),
  );
  assert.equal(status, 201, `${username} was not registered`);
  return admin;
}

let unlocked: Promise<TestPortalClient> | undefined;
let letter: Mail | undefined;

describe('one-time secrets under 20 parallel requests', () => {
  test("the welcome letter's one-time password unlocks exactly one of 20 admins", async () => {
    letter = await waitForMail(client(), (m) => m.data.kind === 'welcome-letter');
    const admins: TestPortalClient[] = [];
    for (let i = 0; i < RACERS; i++) admins.push(await registeredAdmin(`racer.${i}`));
    const answers = await race((i) =>
      admins[i].json(
        'POST',
        '/api/admin/activate',
        { customerNumber: letter!.data.customerNumber, oneTimePassword: letter!.data.oneTimePassword },
        newSource(),
      ),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(count(statuses, 200), 1, `statuses: ${statuses.join(' ')}`);
    assert.equal(count(statuses, 403), RACERS - 1, `statuses: ${statuses.join(' ')}`);
    const winner = admins[statuses.indexOf(200)];
    unlocked = Promise.resolve(winner);
    const unlockedCount = (
      await Promise.all(admins.map(async (a) => (await a.json('GET', '/api/me')).body.permissionUnlocked))
    ).filter(Boolean).length;
    assert.equal(unlockedCount, 1, 'more than one admin holds the company');
  });

  test('a temporary password logs in exactly one of 20 parallel logins', async () => {
    const after = await lastMailId(client());
    await client().json('POST', '/api/auth/temporary-password', { username: 'anna.berger' }, newSource());
    const mail = await waitForMail(
      client(),
      (m) => m.data.kind === 'temporary-password' && m.data.username === 'anna.berger',
      { after },
    );
    const answers = await race(() =>
      client().json(
        'POST',
        '/api/auth/login',
        { username: 'anna.berger', password: mail.data.temporaryPassword },
        newSource(),
      ),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(count(statuses, 200), 1, `statuses: ${statuses.join(' ')}`);
    assert.equal(count(statuses, 401), RACERS - 1, `statuses: ${statuses.join(' ')}`);
  });

  test("an editor's invitation sets a password exactly once among 20 parallel uses", async () => {
    const token = await invitationToken(portal.server.url);
    const answers = await race((i) =>
      client().json('POST', '/api/studio/invitation', { token, newPassword: `Schreib.Tisch-${10 + i}` }, newSource()),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(count(statuses, 200), 1, `statuses: ${statuses.join(' ')}`);
    assert.equal(count(statuses, 404), RACERS - 1, `statuses: ${statuses.join(' ')}`);
  });

  test('20 parallel registrations of one name: one account, 19 × 409 username_taken, never 500', async () => {
    const answers = await race((i) =>
      client().json(
        'POST',
        '/api/admin/register',
        { username: 'doppelt.admin', email: `doppelt.${i}@muster-elektro.example`, password: 'Kaffee.Tasse-42' },
        newSource(),
      ),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(count(statuses, 201), 1, `statuses: ${statuses.join(' ')}`);
    assert.equal(count(statuses, 409), RACERS - 1, `statuses: ${statuses.join(' ')}`);
    assert.ok(
      answers.filter((a) => a.status === 409).every((a) => a.body.code === 'username_taken'),
      'a lost race answered with another code',
    );
  });
});

/** The admin who won the race above (or, run alone, one unlocked now). */
async function admin(): Promise<TestPortalClient> {
  if (!unlocked) {
    unlocked = (async () => {
      const winner = await registeredAdmin('ids.admin');
      const mail = letter ?? (await waitForMail(client(), (m) => m.data.kind === 'welcome-letter'));
      const { status } = await winner.json('POST', '/api/admin/activate', {
        customerNumber: mail.data.customerNumber,
        oneTimePassword: mail.data.oneTimePassword,
      });
      assert.equal(status, 200);
      return winner;
    })();
  }
  return unlocked;
}

/** What the admin's company holds, to show that a refused request touched nothing. */
async function companySnapshot(c: TestPortalClient) {
  const [workplaces, groups, cart, orders] = await Promise.all([
    c.json('GET', '/api/admin/workplaces'),
    c.json('GET', '/api/admin/groups'),
    c.json('GET', '/api/cart'),
    c.json('GET', '/api/orders'),
  ]);
  return { workplaces: workplaces.body, groups: groups.body, cart: cart.body, orders: orders.body };
}

const MALFORMED_IDS = [
  'abc',
  'undefined',
  'null',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x1',
  '01',
  ' 1',
  '1000000000',
  '99999999999999999999',
  '%00',
  '%25',
  '%F0%9F%98%80',
  '..%2F1',
];

describe('malformed ids', () => {
  const idRoutes = API_ROUTES.filter(
    (route) =>
      (route.schema.params as { properties?: { id?: { pattern?: string } } } | undefined)?.properties?.id?.pattern ===
      (IdParam as { pattern?: string }).pattern,
  );

  test('the contract names the routes with a numeric id', () => {
    assert.deepEqual(
      idRoutes.map((r) => `${r.method} ${r.url}`).sort(),
      [
        'DELETE /api/admin/workplaces/:id',
        'DELETE /api/cart/items/:id',
        'GET /api/admin/workplaces/:id',
        'PATCH /api/admin/groups/:id',
        'PATCH /api/admin/workplaces/:id',
        'POST /api/admin/workplaces/:id/activation-mail',
        'POST /api/devices/:id/registrations',
        'DELETE /api/devices/:id/registrations',
      ].sort(),
    );
  });

  test('every route with an id answers 400 invalid_id before any query, and no row changes', async () => {
    const c = await admin();
    const before = await companySnapshot(c);
    assert.ok(before.workplaces.workplaces.length > 0, 'the seeded company has no workplaces to protect');
    // Bodies that would be valid, so that only the id is wrong.
    const bodies: Record<string, unknown> = {
      'PATCH /api/admin/workplaces/:id': { email: 'umgeleitet@angreifer.example', revision: 1 },
      'PATCH /api/admin/groups/:id': { name: 'Übernommen', revision: 1 },
    };
    for (const route of idRoutes) {
      for (const id of MALFORMED_IDS) {
        // From a fresh address each: the per-address rate limits come before validation.
        const answer = await c.request(
          route.method,
          route.url.replace(':id', id),
          bodies[`${route.method} ${route.url}`],
          newSource(),
        );
        const where = `${route.method} ${route.url} with id ${JSON.stringify(id)}`;
        const body = (await answer.json().catch(() => ({}))) as { code?: string };
        // A path that no longer matches the route (a decoded slash) is a plain 404; everything else 400.
        if (answer.status === 404 && body.code === 'not_found' && id.includes('%2F')) continue;
        assert.deepEqual([answer.status, body.code], [400, 'invalid_id'], where);
      }
    }
    assert.deepEqual(await companySnapshot(c), before, 'a request with a malformed id changed a row');
    const users = await portal.server.app.store.users.byName('julia.schneider', 'user');
    assert.ok(users, 'a seeded user account is gone');
  });
});

describe('capacity', () => {
  test('the cart holds at most 50 workplaces; the 51st is refused with cart_full and a German reason', async () => {
    const c = await admin();
    const { body: groups } = await c.json('GET', '/api/admin/groups');
    const groupId = groups.groups[0].id;
    for (let i = 0; i < 50; i++) {
      const item = await c.json('POST', '/api/cart/items', {
        name: `Kapazität ${i}`,
        email: `kapazitaet.${i}@muster-elektro.example`,
        groupId,
      });
      assert.equal(item.status, 201, `item ${i + 1}`);
    }
    const full = await c.json('POST', '/api/cart/items', {
      name: 'Eins zu viel',
      email: 'zu.viel@muster-elektro.example',
      groupId,
    });
    assert.deepEqual([full.status, full.body.code], [409, 'cart_full']);
    assert.match(full.body.message ?? '', /höchstens 50/);
    assert.equal((await c.json('GET', '/api/cart')).body.items.length, 50);
    for (const item of (await c.json('GET', '/api/cart')).body.items)
      assert.equal((await c.json('DELETE', `/api/cart/items/${item.id}`)).status, 204);
  });

  test('a full number block fails the order once with number_block_full; the server keeps answering', async () => {
    const c = await admin();
    const store = portal.server.app.store;
    const company = (await store.companies.byCustomerNumber(String(letter?.data.customerNumber)))!;
    // The company's other 898 workplaces, as far as the number block is concerned.
    let taken = 0;
    while ((await store.companies.allocateExtension(company.id, 999)) !== undefined) {
      taken++;
      assert.ok(taken <= 899, 'the number block never ends');
    }
    const { body: groups } = await c.json('GET', '/api/admin/groups');
    assert.equal(
      (
        await c.json('POST', '/api/cart/items', {
          name: 'Keine Nummer',
          email: 'keine.nummer@muster-elektro.example',
          groupId: groups.groups[0].id,
        })
      ).status,
      201,
    );
    const checkout = await c.json('POST', '/api/cart/checkout', undefined, { 'idempotency-key': 'block-voll-0001' });
    assert.equal(checkout.status, 201);
    const id = checkout.body.order.id;
    const end = Date.now() + 60_000;
    let order;
    while (!order || order.status !== 'failed') {
      assert.ok(Date.now() < end, `order ${id} is still ${order?.status}`);
      order = (await c.json('GET', '/api/orders')).body.orders.find((o) => o.id === id);
      if (order?.status !== 'failed') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(order.failureReason, 'number_block_full');
    // Not retried: it stays failed, and other requests are answered as before.
    assert.equal((await c.request('GET', '/health/ready')).status, 200);
    assert.equal((await c.json('GET', '/api/admin/workplaces')).status, 200);
  });
});
