import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lastMailId, TestPortalClient, unlockedAdmin, usePortalServer, waitForMail } from './helpers/portal-server.js';

const portal = usePortalServer();

const anonymous = () => new TestPortalClient(portal.server.url);

/** An admin with the permission unlocked (the seed's one-time password works once per server). */
let adminClient: Promise<TestPortalClient> | undefined;
const admin = () => (adminClient ??= unlockedAdmin(portal.server.url, 'api.admin'));

describe('help API', () => {
  test('lists articles by language and role', async () => {
    const { body } = await anonymous().json('GET', '/api/help/articles?lang=de&role=user');
    assert.ok(body.articles.length > 5);
    assert.ok(body.articles.every((a) => a.roles.includes('user')));
    const english = await anonymous().json('GET', '/api/help/articles?lang=en');
    assert.ok(english.body.articles.some((a) => a.title === 'Signing in on your desk phone'));
  });

  test('returns an article with HTML, guide neighbours and language', async () => {
    const { status, body } = await anonymous().json('GET', '/api/help/articles/admin-warenkorb-bestellen?lang=de');
    assert.equal(status, 200);
    assert.equal((body.prev as { id: string }).id, 'admin-auftrag-hinzufuegen');
    assert.equal((body.next as { id: string }).id, 'admin-auftragsstatus');
    assert.equal(body.lang, 'de');
    assert.equal(body.fallback, false);
    assert.match(body.html as string, /Kostenpflichtig bestellen/);
    const missing = await anonymous().json('GET', '/api/help/articles/gibt-es-nicht');
    assert.deepEqual(
      [missing.status, missing.body.code, missing.body.message],
      [404, 'article_not_found', 'Diesen Hilfeartikel gibt es nicht.'],
    );
  });

  test('gives the help topic of a page, with the page key as a path or URL-encoded', async () => {
    for (const path of ['/api/help/context/admin/warenkorb', '/api/help/context/admin%2Fwarenkorb']) {
      const { status, body } = await anonymous().route('GET /api/help/context/*', `${path}?role=admin`);
      assert.equal(status, 200);
      assert.equal(body.pageKey, 'admin/warenkorb');
      assert.equal(body.menuPath, 'Mein Unternehmen → Kontingente & Auftragsstatus → Warenkorb');
      assert.equal(body.primary?.id, 'admin-warenkorb-bestellen');
    }
    // A workplace's own page has its own article; the missing activation e-mail is related to it.
    const workplace = await anonymous().route(
      'GET /api/help/context/*',
      '/api/help/context/admin/arbeitsplatz-bearbeiten?role=admin',
    );
    assert.equal(workplace.body.primary?.id, 'admin-arbeitsplatz-bearbeiten');
    assert.ok(workplace.body.related.some((a) => a.id === 'admin-aktivierungsmail-fehlt'));
    const unknown = await anonymous().json('GET', '/api/help/context/admin/gibt-es-nicht');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'unknown_page']);
  });

  test('searches with the core search, best first, with snippets', async () => {
    const { body } = await anonymous().json('GET', '/api/help/search?q=warenkorp&role=admin&limit=3');
    assert.equal(body.query, 'warenkorp');
    assert.equal(body.results[0].id, 'admin-warenkorb-bestellen');
    assert.ok(body.results.length <= 3);
    assert.ok(body.results[0].score >= body.results.at(-1)!.score);
    const bad = await anonymous().json('GET', '/api/help/search?limit=5');
    assert.deepEqual([bad.status, bad.body.code], [400, 'validation']);
  });

  test('serves the client index with an ETag and answers 304 when unchanged', async () => {
    const first = await anonymous().request('GET', '/api/help/index?lang=de&role=user');
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag')!;
    const index = await first.json();
    assert.ok(index.docs.every((d: { roles: string[] }) => d.roles.includes('user')));
    const second = await anonymous().request('GET', '/api/help/index?lang=de&role=user', undefined, {
      'if-none-match': etag,
    });
    assert.equal(second.status, 304);
  });

  test('stores article feedback without anything personal', async () => {
    const client = anonymous();
    assert.equal(
      (await client.request('POST', '/api/help/feedback', { articleId: 'kontakt', helpful: true })).status,
      204,
    );
    const unknown = await client.json('POST', '/api/help/feedback', { articleId: 'gibt-es-nicht', helpful: false });
    assert.equal(unknown.status, 404);
  });
});

describe('security', () => {
  test('state-changing requests need the same origin and the CSRF token', async () => {
    const noToken = new TestPortalClient(portal.server.url, { csrf: false });
    const missing = await noToken.json('POST', '/api/auth/temporary-password', { username: 'x' });
    assert.deepEqual([missing.status, missing.body.code], [403, 'csrf']);
    const wrongToken = await noToken.json(
      'POST',
      '/api/auth/temporary-password',
      { username: 'x' },
      { 'x-csrf-token': 'falsch' },
    );
    assert.deepEqual([wrongToken.status, wrongToken.body.code], [403, 'csrf']);
    const foreign = new TestPortalClient(portal.server.url, { origin: 'https://evil.invalid' });
    assert.deepEqual((await foreign.json('POST', '/api/auth/temporary-password', { username: 'x' })).body.code, 'csrf');
    const noOrigin = new TestPortalClient(portal.server.url, { origin: null });
    assert.equal((await noOrigin.json('POST', '/api/auth/temporary-password', { username: 'x' })).status, 403);
  });

  test('the session cookie is HttpOnly and SameSite=Strict with 256 random bits', async () => {
    const response = await anonymous().request('POST', '/api/admin/register', {
      username: 'cookie.test',
      email: 'c@x.example',
      password: 'Kaffee.Tasse-44',
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('dh_session='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.equal(Buffer.from(cookie.split(';')[0].split('=')[1], 'base64url').length, 32);
  });

  test('one generic error for an unknown user and a wrong password, and increasing delays per account', async () => {
    const client = anonymous();
    const unknown = await client.json('POST', '/api/auth/login', { username: 'niemand', password: 'Irgendwas1' });
    const wrong = await client.json('POST', '/api/auth/login', { username: 'julia.schneider', password: 'Irgendwas1' });
    assert.deepEqual(
      [unknown.status, unknown.body],
      [
        401,
        {
          code: 'invalid_credentials',
          message: 'Benutzername oder Passwort ist falsch.',
          fields: { password: 'Benutzername oder Passwort ist falsch.' },
        },
      ],
    );
    assert.deepEqual(wrong.body, unknown.body);
    await client.json('POST', '/api/auth/login', { username: 'julia.schneider', password: 'Irgendwas2' });
    await client.json('POST', '/api/auth/login', { username: 'julia.schneider', password: 'Irgendwas3' });
    const throttled = await client.json('POST', '/api/auth/login', {
      username: 'julia.schneider',
      password: 'Irgendwas4',
    });
    assert.equal(throttled.status, 429);
    assert.equal(throttled.body.code, 'rate_limited');
    assert.match(throttled.body.message as string, /Bitte warten Sie \d+ Sekunden/);
  });

  test('a temporary password dies after five wrong tries', async () => {
    const client = anonymous();
    await client.json('POST', '/api/auth/temporary-password', { username: 'tobias.wagner' });
    const mail = await waitForMail(
      client,
      (m) => m.data.kind === 'temporary-password' && m.data.username === 'tobias.wagner',
    );
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, i >= 3 ? 1100 * 2 ** (i - 3) : 0));
      await client.json('POST', '/api/auth/login', { username: 'tobias.wagner', password: `Falsch${i}xY` });
    }
    await new Promise((resolve) => setTimeout(resolve, 4100));
    const late = await client.json('POST', '/api/auth/login', {
      username: 'tobias.wagner',
      password: mail.data.temporaryPassword,
    });
    assert.deepEqual([late.status, late.body.code], [401, 'invalid_credentials']);
  });

  test('the temporary-password request answers the same for known and unknown names', async () => {
    const known = await anonymous().json('POST', '/api/auth/temporary-password', { username: 'anna.berger' });
    const unknown = await anonymous().json('POST', '/api/auth/temporary-password', { username: 'gibt.es.nicht' });
    assert.deepEqual([known.status, known.body], [unknown.status, unknown.body]);
    assert.equal(known.status, 202);
  });

  test('pages carry a strict Content-Security-Policy', async () => {
    const response = await anonymous().request('GET', '/admin/warenkorb');
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(await response.text(), /data-dh-page="admin\/warenkorb"/);
  });

  test('logs contain no passwords, temporary passwords or session ids', () => {
    const source = readFileSync('packages/portal-backend/src/app.ts', 'utf8');
    assert.match(source, /redact: \['req\.headers\.cookie'/);
  });
});

describe('errors and bad input', () => {
  test('malformed JSON, wrong types, unknown fields, oversized bodies and wrong methods get stable codes', async () => {
    const client = anonymous();
    const malformed = await client.json('POST', '/api/auth/login', '{"username": ');
    assert.deepEqual(
      [malformed.status, malformed.body.code, malformed.body.message],
      [400, 'invalid_json', 'Die Anfrage ist kein gültiges JSON.'],
    );
    const wrongType = await client.json('POST', '/api/auth/login', { username: 42, password: 'x' });
    assert.deepEqual([wrongType.status, wrongType.body.code], [400, 'validation']);
    assert.deepEqual(wrongType.body.fields, { username: 'Dieser Wert hat den falschen Typ.' });
    const unknownField = await client.json('POST', '/api/auth/login', { username: 'a', password: 'b', admin: true });
    assert.deepEqual(unknownField.body.fields, { admin: 'Dieses Feld ist nicht vorgesehen.' });
    const missing = await client.json('POST', '/api/auth/login', { username: 'a' });
    assert.deepEqual(missing.body.fields, { password: 'Bitte füllen Sie dieses Feld aus.' });
    const huge = await client.json('POST', '/api/auth/login', { username: 'a', password: 'x'.repeat(100_000) });
    assert.deepEqual([huge.status, huge.body.code], [413, 'body_too_large']);
    const method = await client.json('PUT', '/api/auth/login', {});
    assert.deepEqual([method.status, method.body.code], [405, 'method_not_allowed']);
    const notFound = await client.json('GET', '/api/gibt-es-nicht');
    assert.deepEqual([notFound.status, notFound.body.code], [404, 'not_found']);
  });

  test('messages are English with Accept-Language: en', async () => {
    const english = new TestPortalClient(portal.server.url, { lang: 'en' });
    const { body } = await english.json('POST', '/api/auth/login', { username: 'niemand.en', password: 'Irgendwas1' });
    assert.equal(body.message, 'User name or password is wrong.');
    const policy = await english.json('POST', '/api/admin/register', {
      username: 'english.admin',
      email: 'e@x.example',
      password: 'qx',
    });
    assert.deepEqual(policy.body.messages, [
      'The password is too short: it needs at least 8 characters.',
      'The password needs at least one upper-case letter (A–Z).',
      'The password needs at least one digit (0–9).',
    ]);
  });

  test('who is signed in: a visitor gets me: null (no 401), a signed-in user their account', async () => {
    const visitor = await anonymous().json('GET', '/api/auth/session');
    assert.deepEqual([visitor.status, visitor.body], [200, { me: null }]);
    const user = anonymous();
    await user.json('POST', '/api/auth/temporary-password', { username: 'anna.berger' });
    const mail = await waitForMail(
      user,
      (m) => m.data.kind === 'temporary-password' && m.data.username === 'anna.berger',
    );
    await user.json('POST', '/api/auth/login', { username: 'anna.berger', password: mail.data.temporaryPassword });
    const signedIn = await user.json('GET', '/api/auth/session');
    assert.equal(signedIn.status, 200);
    assert.deepEqual([signedIn.body.me?.username, signedIn.body.me?.mustChangePassword], ['anna.berger', true]);
  });

  test('protected routes answer 401 without a session and 403 for users without the admin role', async () => {
    for (const path of ['/api/me', '/api/admin/groups', '/api/cart', '/api/orders', '/api/me/devices']) {
      const { status, body } = await anonymous().json('GET', path);
      assert.deepEqual([status, body.code], [401, 'unauthenticated'], path);
    }
    // The wizards start before any session (registering, the first login): nothing is done yet, nothing saved.
    const before = await anonymous().json('GET', '/api/onboarding/user-first-login');
    assert.deepEqual(
      [before.status, before.body.authenticated, before.body.derived, before.body.state, before.body.summary],
      [200, false, {}, {}, { current: 'welcome', position: 1, total: 7, complete: false }],
    );
    for (const body of [
      { username: 'anna.berger', token: 'geraten' },
      { username: 'niemand', token: 'geraten' },
    ]) {
      const welcome = await anonymous().json('POST', '/api/onboarding/user-first-login/welcome', body);
      assert.deepEqual([welcome.status, welcome.body.code], [404, 'welcome_not_found'], body.username);
    }
    const save = await anonymous().json('PUT', '/api/onboarding/user-first-login', { state: { current: 'welcome' } });
    assert.deepEqual([save.status, save.body.code], [401, 'unauthenticated']);
    const user = anonymous();
    const after = await lastMailId(user);
    await user.json('POST', '/api/auth/temporary-password', { username: 'anna.berger' });
    const mail = await waitForMail(
      user,
      (m) => m.data.kind === 'temporary-password' && m.data.username === 'anna.berger',
      { after },
    );
    await user.json('POST', '/api/auth/login', { username: 'anna.berger', password: mail.data.temporaryPassword });
    await user.json('POST', '/api/auth/password', { newPassword: 'Wolken.Kratzer-78' });
    const forbidden = await user.json('GET', '/api/admin/workplaces');
    assert.deepEqual([forbidden.status, forbidden.body.code], [403, 'forbidden']);
    assert.equal((await user.json('GET', '/api/onboarding/gibt-es-nicht')).status, 404);
    assert.equal((await user.request('POST', '/api/auth/logout')).status, 204);
    assert.equal((await user.json('GET', '/api/me')).status, 401);
  });

  test('workplaces: moving to another group and deleting within the minimum term are refused with reasons', async () => {
    const client = await admin();
    const { body } = await client.json('GET', '/api/admin/workplaces');
    const julia = body.workplaces.find((w) => w.username === 'julia.schneider')!;
    const group = await client.json('POST', '/api/admin/groups', { name: 'Lager' });
    const move = await client.json('PATCH', `/api/admin/workplaces/${julia.id}`, {
      groupId: group.body.id,
      revision: julia.revision,
    });
    assert.deepEqual([move.status, move.body.code], [409, 'move_requires_recreate']);
    assert.match(move.body.message as string, /löschen.*30-tägigen Mindestvertragslaufzeit/i);
    const renamed = await client.json('PATCH', `/api/admin/workplaces/${julia.id}`, {
      email: 'julia.neu@muster-elektro.example',
      revision: julia.revision,
    });
    assert.equal(renamed.body.email, 'julia.neu@muster-elektro.example');
    const renamedGroup = await client.json('PATCH', `/api/admin/groups/${group.body.id}`, {
      name: 'Lager Nord',
      revision: group.body.revision,
    });
    assert.equal(renamedGroup.body.name, 'Lager Nord');
    // The seeded workplaces are 45 days old: deletable.
    assert.equal((await client.request('DELETE', `/api/admin/workplaces/${julia.id}`)).status, 204);
    assert.equal((await client.json('GET', `/api/admin/workplaces/${julia.id}`)).status, 404);
  });

  test('cart: unknown groups and device models, past dates, empty checkout and missing Idempotency-Key', async () => {
    const client = await admin();
    const base = { name: 'Neu Person', email: 'neu@muster-elektro.example' };
    assert.equal((await client.json('POST', '/api/cart/items', { ...base, groupId: 9999 })).status, 404);
    const groupId = (await client.json('GET', '/api/admin/groups')).body.groups[0].id;
    const model = await client.json('POST', '/api/cart/items', { ...base, groupId, devices: ['gibt-es-nicht'] });
    assert.deepEqual([model.status, model.body.code], [400, 'unknown_device_model']);
    const past = await client.json('POST', '/api/cart/items', { ...base, groupId, activationDate: '2020-01-01' });
    assert.deepEqual([past.status, past.body.code], [400, 'activation_date_past']);
    assert.match((past.body.fields as Record<string, string>).activationDate, /liegt in der Vergangenheit/);
    const badDate = await client.json('POST', '/api/cart/items', { ...base, groupId, activationDate: '31.12.2030' });
    assert.deepEqual(badDate.body.fields, { activationDate: 'Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.' });
    const badMail = await client.json('POST', '/api/cart/items', { ...base, email: 'keine-mail', groupId });
    assert.deepEqual(badMail.body.fields, { email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' });
    const noKey = await client.json('POST', '/api/cart/checkout');
    assert.deepEqual([noKey.status, noKey.body.code], [400, 'idempotency_key_required']);
    const empty = await client.json('POST', '/api/cart/checkout', undefined, { 'idempotency-key': 'leer-00000001' });
    assert.deepEqual([empty.status, empty.body.code], [409, 'cart_empty']);
    const later = await client.json('POST', '/api/cart/items', {
      ...base,
      groupId,
      activationDate: '2099-12-31',
    });
    assert.equal(later.body.activationDate, '2099-12-31');
    assert.equal((await client.request('DELETE', `/api/cart/items/${later.body.id}`)).status, 204);
    assert.equal((await client.request('DELETE', `/api/cart/items/${later.body.id}`)).status, 404);
  });

  test('the cart belongs to the session and is gone after logout', async () => {
    const client = anonymous();
    await client.json('POST', '/api/admin/login-does-not-exist', {});
    const letterless = await client.json('POST', '/api/auth/login', {
      username: 'api.admin',
      password: 'Kaffee.Tasse-42',
    });
    assert.equal(letterless.status, 200);
    const groupId = (await client.json('GET', '/api/admin/groups')).body.groups[0].id;
    await client.json('POST', '/api/cart/items', { name: 'Sitzung Test', email: 's@muster-elektro.example', groupId });
    assert.equal((await client.json('GET', '/api/cart')).body.items.length, 1);
    const other = await admin();
    assert.equal((await other.json('GET', '/api/cart')).body.items.length, 0, 'another session sees the cart');
    await client.request('POST', '/api/auth/logout');
    await client.json('POST', '/api/auth/login', { username: 'api.admin', password: 'Kaffee.Tasse-42' });
    assert.equal((await client.json('GET', '/api/cart')).body.items.length, 0);
  });

  test('a workplace order can be checked as "Auftrag hinzufügen" would, without adding it', async () => {
    const client = await admin();
    const groupId = (await client.json('GET', '/api/admin/groups')).body.groups[0].id;
    const order = { name: 'Probe Person', email: 'probe@muster-elektro.example', groupId, devices: ['komfort-410'] };
    assert.equal((await client.json('POST', '/api/cart/items/check', order)).status, 204);
    assert.equal((await client.json('GET', '/api/cart')).body.items.length, 0);
    const unknownGroup = await client.json('POST', '/api/cart/items/check', { ...order, groupId: 999_999 });
    assert.deepEqual(
      [unknownGroup.status, unknownGroup.body?.code, unknownGroup.body?.fields],
      [404, 'group_not_found', { groupId: 'Diese Gruppe gibt es nicht.' }],
    );
    const badMail = await client.json('POST', '/api/cart/items/check', {
      ...order,
      email: 'probe@',
    });
    assert.deepEqual([badMail.status, Object.keys(badMail.body?.fields ?? {})], [400, ['email']]);
    assert.equal((await anonymous().json('POST', '/api/cart/items/check', order)).status, 401);
  });

  test('onboarding progress is saved per user, with the derived state', async () => {
    const client = await admin();
    const saved = await client.json('PUT', '/api/onboarding/admin-first-setup', { state: { step: 'groups' } });
    assert.equal(saved.body.state.step, 'groups');
    assert.equal(saved.body.derived.permissionUnlocked, true);
    const read = await client.json('GET', '/api/onboarding/admin-first-setup');
    assert.equal(read.body.state.step, 'groups');
    const big = await client.json('PUT', '/api/onboarding/admin-first-setup', { state: { notes: 'x'.repeat(5000) } });
    assert.equal(big.status, 413);
  });

  test('the OpenAPI document lists the routes', async () => {
    const response = await anonymous().request('GET', '/api/docs/json');
    assert.equal(response.status, 200);
    const { paths } = (await response.json()) as { paths: Record<string, unknown> };
    for (const path of ['/api/help/search', '/api/auth/login', '/api/cart/checkout', '/api/onboarding/{flow}'])
      assert.ok(paths[path], path);
  });
});
