import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Order, OrderStatus } from '@direkthilfe/core/api/orders';
import { TestPortalClient, usePortalServer, waitForMail } from './helpers/portal-server.js';

// The two whole flows of the customer's help, through the real HTTP API of a running server.

const portal = usePortalServer();

async function waitForOrder(client: TestPortalClient, id: number, status: OrderStatus): Promise<Order[]> {
  // A minute at most: a shared machine may take a while to carry the order out.
  for (const end = Date.now() + 60_000; Date.now() < end;) {
    const { body } = await client.json('GET', '/api/orders');
    if (body.orders.find((o) => o.id === id)?.status === status) return body.orders;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`order ${id} never reached ${status}`);
}

describe('admin first setup, then the new user’s first login', () => {
  const admin = () => new TestPortalClient(portal.server.url);
  let client: TestPortalClient;
  let username: string;

  test('the welcome letter with customer number and one-time password is in the outbox', async () => {
    client = admin();
    const letter = await waitForMail(client, (m) => m.data.kind === 'welcome-letter');
    assert.equal(letter.to, 'it@muster-elektro.example');
    assert.match(letter.text, new RegExp(`Einmal-Passwort: ${letter.data.oneTimePassword}`));
  });

  test('register in the BSP, unlock the permission once, create a group, order a workplace, follow it until executed', async () => {
    const letter = await waitForMail(client, (m) => m.data.kind === 'welcome-letter');
    const registered = await client.json('POST', '/api/admin/register', {
      username: 'b.krause',
      email: 'b.krause@muster-elektro.example',
      password: 'Kaffee.Tasse-42',
    });
    assert.equal(registered.status, 201);
    assert.equal((await client.json('GET', '/api/me')).body.permissionUnlocked, false);
    assert.equal((await client.json('GET', '/api/admin/groups')).status, 403);

    const wrong = await client.json('POST', '/api/admin/activate', {
      customerNumber: letter.data.customerNumber,
      oneTimePassword: 'Falsch123',
    });
    assert.deepEqual([wrong.status, wrong.body.code], [403, 'activation_failed']);
    const unlocked = await client.json('POST', '/api/admin/activate', {
      customerNumber: letter.data.customerNumber,
      oneTimePassword: letter.data.oneTimePassword,
    });
    assert.equal(unlocked.status, 200);
    assert.equal((unlocked.body.company as { name: string }).name, 'Muster Elektrotechnik GmbH');

    const other = new TestPortalClient(portal.server.url);
    await other.json('POST', '/api/admin/register', {
      username: 'c.zweiter',
      email: 'c@muster-elektro.example',
      password: 'Kaffee.Tasse-43',
    });
    const reused = await other.json('POST', '/api/admin/activate', {
      customerNumber: letter.data.customerNumber,
      oneTimePassword: letter.data.oneTimePassword,
    });
    assert.deepEqual(
      [reused.status, reused.body.code],
      [403, 'activation_failed'],
      'the one-time password worked twice',
    );

    const { body: groupsBefore } = await client.json('GET', '/api/admin/groups');
    assert.equal(groupsBefore.groups.filter((g) => g.isDefault).length, 1);
    const group = await client.json('POST', '/api/admin/groups', {
      name: 'Vertrieb Köln',
      address: 'Domplatz 1, 50667 Köln',
    });
    assert.equal(group.status, 201);
    const duplicate = await client.json('POST', '/api/admin/groups', { name: 'Vertrieb Köln' });
    assert.deepEqual([duplicate.status, duplicate.body.code], [409, 'group_name_taken']);

    const models = await client.json('GET', '/api/admin/device-models');
    const item = await client.json('POST', '/api/cart/items', {
      name: 'Lea Hoffmann',
      email: 'lea.hoffmann@muster-elektro.example',
      groupId: group.body.id,
      devices: [models.body.deskPhones[0].model],
      clients: ['desktop', 'mobile'],
    });
    assert.equal(item.status, 201);
    assert.equal(item.body.soonest, true);
    assert.equal((await client.json('GET', '/api/cart')).body.items.length, 1);

    const first = await client.json('POST', '/api/cart/checkout', undefined, {
      'idempotency-key': 'bestellung-0001',
    });
    const again = await client.json('POST', '/api/cart/checkout', undefined, {
      'idempotency-key': 'bestellung-0001',
    });
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.equal(again.body.order.id, first.body.order.id);
    assert.equal((await client.json('GET', '/api/cart')).body.items.length, 0);

    const orders = await waitForOrder(client, first.body.order.id, 'executed');
    assert.equal(orders.length, 1, 'the same Idempotency-Key created a second order');
    const mail = await waitForMail(
      client,
      (m) => m.data.kind === 'activation' && m.to === 'lea.hoffmann@muster-elektro.example',
    );
    username = mail.data.username;
    assert.equal(username, 'lea.hoffmann');
    const link = new URL(mail.data.firstLoginUrl);
    assert.equal(link.origin + link.pathname, `${portal.server.url}/myportal/anmeldung`);
    assert.equal(link.searchParams.get('username'), 'lea.hoffmann');
    // The link's token tells the first-login wizard what the workplace has, before any session.
    const welcome = { username: 'lea.hoffmann', token: link.searchParams.get('willkommen') };
    const parts = await new TestPortalClient(portal.server.url).json(
      'POST',
      '/api/onboarding/user-first-login/welcome',
      welcome,
    );
    assert.deepEqual([parts.status, parts.body], [200, { parts: ['myportal', 'desktop', 'mobile', 'desk-phone'] }]);
    const { body } = await client.json('GET', '/api/admin/workplaces');
    assert.equal(body.workplaces.find((w) => w.username === username)?.group.name, 'Vertrieb Köln');
  });

  test('the activation mail goes out again on request, with a new link; the old link stops working', async () => {
    const { body } = await client.json('GET', '/api/admin/workplaces');
    const workplace = body.workplaces.find((w) => w.username === username)!;
    assert.equal(typeof workplace.orderId, 'number', 'the workplace does not name its order');
    const first = await waitForMail(client, (m) => m.data.kind === 'activation' && m.data.username === username);
    const resent = await client.json('POST', `/api/admin/workplaces/${workplace.id}/activation-mail`, {});
    assert.deepEqual([resent.status, resent.body], [202, { sentTo: 'lea.hoffmann@muster-elektro.example' }]);
    const second = await waitForMail(
      client,
      (m) =>
        m.data.kind === 'activation' &&
        m.data.username === username &&
        m.data.firstLoginUrl !== first.data.firstLoginUrl,
    );
    const tokenOf = (url: string) => ({ username, token: new URL(url).searchParams.get('willkommen') });
    const welcome = (url: string) =>
      new TestPortalClient(portal.server.url).json('POST', '/api/onboarding/user-first-login/welcome', tokenOf(url));
    assert.equal((await welcome(first.data.firstLoginUrl)).status, 404, 'the old link still works');
    assert.equal((await welcome(second.data.firstLoginUrl)).status, 200);
    const other = await new TestPortalClient(portal.server.url).json(
      'POST',
      `/api/admin/workplaces/${workplace.id}/activation-mail`,
      {},
    );
    assert.equal(other.status, 401);
  });

  test('the new user: temporary password from the outbox, restricted login, policy failure, new password, relogin', async () => {
    const user = new TestPortalClient(portal.server.url);
    const requested = await user.json('POST', '/api/auth/temporary-password', { username });
    assert.equal(requested.status, 202);
    const mail = await waitForMail(user, (m) => m.data.kind === 'temporary-password' && m.data.username === username);
    const login = await user.json('POST', '/api/auth/login', { username, password: mail.data.temporaryPassword });
    assert.deepEqual(login.body, { username, role: 'user', mustChangePassword: true });
    const sessionBefore = user.cookie('dh_session');

    const restricted = await user.json('GET', '/api/me/devices');
    assert.deepEqual([restricted.status, restricted.body.code], [403, 'password_change_required']);

    const weak = await user.json('POST', '/api/auth/password', { newPassword: 'lea.hoffmann1' });
    assert.equal(weak.status, 422);
    assert.equal(weak.body.code, 'password_policy');
    assert.deepEqual(weak.body.failed, ['uppercase', 'notContainsUsername']);
    assert.deepEqual(weak.body.messages, [
      'Das Passwort braucht mindestens einen Großbuchstaben (A–Z).',
      'Das Passwort darf Ihren Benutzernamen nicht enthalten.',
    ]);
    const common = await user.json('POST', '/api/auth/password', { newPassword: 'Sommer2024' });
    assert.deepEqual(common.body.failed, ['notCommon']);

    const changed = await user.json('POST', '/api/auth/password', { newPassword: 'Wolken.Kratzer-77' });
    assert.deepEqual(changed.body, { username, role: 'user', mustChangePassword: false });
    assert.notEqual(user.cookie('dh_session'), sessionBefore, 'the session id did not change');
    await waitForMail(user, (m) => m.data.kind === 'password-changed' && m.data.username === username);

    const reused = await new TestPortalClient(portal.server.url).json('POST', '/api/auth/login', {
      username,
      password: mail.data.temporaryPassword,
    });
    assert.equal(reused.status, 401, 'the temporary password worked twice');

    const again = new TestPortalClient(portal.server.url);
    const relogin = await again.json('POST', '/api/auth/login', { username, password: 'Wolken.Kratzer-77' });
    assert.deepEqual(relogin.body, { username, role: 'user', mustChangePassword: false });
    const me = await again.json('GET', '/api/me');
    assert.deepEqual(me.body.workplace!.devices.map((d) => d.kind).sort(), ['desk-phone', 'desktop', 'mobile']);

    const devices = await again.json('GET', '/api/me/devices');
    const phone = devices.body.devices.find((d) => d.kind === 'desk-phone')!;
    assert.match(phone.firstLogin!.loginName, /^lea\.hoffmann-1@/);
    const registered = await again.json('POST', `/api/devices/${phone.id}/registrations`, {
      endpoint: 'tischtelefon-a',
    });
    assert.equal(registered.body.status, 'registered');
    const double = await again.json('POST', `/api/devices/${phone.id}/registrations`, { endpoint: 'tischtelefon-b' });
    assert.equal(double.body.status, 'double_registered');
    const expert = await again.json('GET', '/api/me/devices?view=expert');
    assert.equal(expert.body.devices.find((d) => d.id === phone.id)!.status, 'double_registered');
    assert.equal((await again.request('DELETE', `/api/devices/${phone.id}/registrations`)).status, 204);

    const onboarding = await again.json('GET', '/api/onboarding/user-first-login');
    assert.deepEqual(onboarding.body.derived, {
      temporaryPasswordRequested: true,
      temporaryLoginDone: true,
      passwordSet: true,
      hasDeskPhone: true,
      deviceRegistered: false,
    });
  });
});
