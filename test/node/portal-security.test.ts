// Accounts and sessions under attack: throttling by account and source, the lock after 100 failures,
// temporary passwords an attacker cannot take away, the namespaces of registration, session rotation,
// the current password for a change, event streams that end with the session, __Host- cookies.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  lastMailId,
  startPortalServer,
  TestPortalClient,
  unlockedAdmin,
  usePortalServer,
  waitForMail,
} from './helpers/portal-server.js';

// The client address comes from X-Forwarded-For (a load balancer on loopback), so a test can act from
// several sources.
const portal = usePortalServer({ trustProxy: '127.0.0.1' });

const client = () => new TestPortalClient(portal.server.url);
let sources = 0;
/** A fresh client address for each call. */
const newSource = () => ({ 'x-forwarded-for': `10.30.${Math.floor(++sources / 250)}.${(sources % 250) + 1}` });
const source = (address: string) => ({ 'x-forwarded-for': address });

/** Mails of a user and kind that arrive after `after`. */
const mailFor = (c: TestPortalClient, username: string, after: number) =>
  waitForMail(c, (m) => m.data.kind === 'temporary-password' && m.data.username === username, { after });

const userId = async (username: string) => (await portal.server.app.store.users.byName(username, 'user'))!.id;

/** Gives a seeded MyPortal user an own password through the temporary-password mail; returns a logged-in client. */
async function withOwnPassword(username: string, password: string): Promise<TestPortalClient> {
  const user = client();
  const after = await lastMailId(user);
  await user.json('POST', '/api/auth/temporary-password', { username }, newSource());
  const mail = await mailFor(user, username, after);
  const login = await user.json(
    'POST',
    '/api/auth/login',
    { username, password: mail.data.temporaryPassword },
    newSource(),
  );
  assert.equal(login.status, 200);
  const changed = await user.json('POST', '/api/auth/password', { newPassword: password }, newSource());
  assert.equal(changed.status, 200);
  return user;
}

describe('throttling', () => {
  test('guesses from one source slow down that source only; the real user logs in from theirs', async () => {
    await withOwnPassword('julia.schneider', 'Sonnen.Blume-31');
    const attacker = client();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const wrong = await attacker.json(
        'POST',
        '/api/auth/login',
        { username: 'julia.schneider', password: `falsch-${i}` },
        source('203.0.113.7'),
      );
      statuses.push(wrong.status);
      if (wrong.status === 429) retryAfter = wrong.headers.get('retry-after');
    }
    assert.deepEqual(statuses.slice(0, 3), [401, 401, 401]);
    assert.ok(statuses.includes(429), 'the guessing source was never slowed down');
    assert.match(retryAfter ?? '', /^[1-9][0-9]*$/, 'a 429 without Retry-After');
    const real = await client().json(
      'POST',
      '/api/auth/login',
      { username: 'julia.schneider', password: 'Sonnen.Blume-31' },
      source('198.51.100.20'),
    );
    assert.equal(real.status, 200, 'the attacker locked the real user out');
  });

  test('after 100 consecutive failures only a temporary password from the mail opens the account', async () => {
    const user = await withOwnPassword('tobias.wagner', 'Regen.Bogen-58');
    await user.json('POST', '/api/auth/logout');
    const attacker = client();
    for (let i = 0; i < 100; i++) {
      const wrong = await attacker.json(
        'POST',
        '/api/auth/login',
        { username: 'tobias.wagner', password: `geraten-${i}` },
        newSource(),
      );
      assert.equal(wrong.status, 401, `failure ${i + 1} answered ${wrong.status}`);
    }
    // Right and wrong own passwords now get one answer: the lock tells nothing about the password.
    const right = await user.json(
      'POST',
      '/api/auth/login',
      { username: 'tobias.wagner', password: 'Regen.Bogen-58' },
      newSource(),
    );
    const wrong = await attacker.json(
      'POST',
      '/api/auth/login',
      { username: 'tobias.wagner', password: 'noch-einer' },
      newSource(),
    );
    assert.deepEqual([right.status, right.body.code], [403, 'login_locked']);
    assert.deepEqual([wrong.status, wrong.body.code], [403, 'login_locked']);
    // An unknown name locks alike, so the lock is no oracle either.
    for (let i = 0; i < 100; i++)
      await attacker.json('POST', '/api/auth/login', { username: 'gibt.es.nicht', password: `x${i}` }, newSource());
    const unknown = await attacker.json(
      'POST',
      '/api/auth/login',
      { username: 'gibt.es.nicht', password: 'x' },
      newSource(),
    );
    assert.deepEqual([unknown.status, unknown.body.code], [403, 'login_locked']);

    const after = await lastMailId(user);
    await user.json('POST', '/api/auth/temporary-password', { username: 'tobias.wagner' }, newSource());
    const mail = await mailFor(user, 'tobias.wagner', after);
    const reset = await user.json(
      'POST',
      '/api/auth/login',
      { username: 'tobias.wagner', password: mail.data.temporaryPassword },
      newSource(),
    );
    assert.deepEqual([reset.status, reset.body.mustChangePassword], [200, true]);
    const again = await client().json(
      'POST',
      '/api/auth/login',
      { username: 'tobias.wagner', password: 'Regen.Bogen-58' },
      newSource(),
    );
    assert.equal(again.status, 200, 'the temporary-password login did not end the lock');
  });

  test('temporary passwords: 3 mails per account in 15 minutes from any sources, a new one leaves the old one valid', async () => {
    const user = client();
    const after = await lastMailId(user);
    for (let i = 0; i < 5; i++) {
      const requested = await user.json(
        'POST',
        '/api/auth/temporary-password',
        { username: 'anna.berger' },
        newSource(),
      );
      assert.equal(requested.status, 202, 'the answer differs once the account limit is reached');
    }
    const first = await mailFor(user, 'anna.berger', after);
    const pending = await portal.server.app.store.temporaryPasswords.list(await userId('anna.berger'));
    assert.equal(pending.length, 3, 'more than three temporary passwords were issued (and mailed)');
    // The first mail's code still works after two newer requests, and using it ends the others.
    const login = await client().json(
      'POST',
      '/api/auth/login',
      { username: 'anna.berger', password: first.data.temporaryPassword },
      newSource(),
    );
    assert.deepEqual([login.status, login.body.mustChangePassword], [200, true]);
    assert.equal((await portal.server.app.store.temporaryPasswords.list(await userId('anna.berger'))).length, 0);
  });

  test('temporary-password requests are limited per client address, with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 11; i++) {
      const answer = await client().json(
        'POST',
        '/api/auth/temporary-password',
        { username: `jemand.${i}` },
        source('192.0.2.99'),
      );
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [...Array(10).fill(202), 429]);
    assert.match(retryAfter ?? '', /^[1-9][0-9]*$/);
  });

  test('temporary-password requests are also capped per client address and hour, with Retry-After', async () => {
    const address = '192.0.2.77';
    // 30 requests from earlier minutes of this hour, as the store counted them.
    const now = Date.now();
    for (let i = 0; i < 30; i++)
      await portal.server.app.store.rateLimits.hit(`temporary-password-source:${address}`, now, 60 * 60_000);
    // tobias.wagner has had two temporary passwords in this file so far: a third is still mailed.
    const after = await lastMailId(client());
    const capped = await client().json(
      'POST',
      '/api/auth/temporary-password',
      { username: 'tobias.wagner' },
      source(address),
    );
    assert.deepEqual([capped.status, capped.body.code], [429, 'rate_limited']);
    const seconds = Number(capped.headers.get('retry-after'));
    assert.ok(seconds > 60 && seconds <= 3600, `Retry-After ${seconds} s does not point to the hour's end`);
    // Another address is not affected, and only its request was mailed.
    const other = await client().json(
      'POST',
      '/api/auth/temporary-password',
      { username: 'tobias.wagner' },
      newSource(),
    );
    assert.equal(other.status, 202);
    await mailFor(client(), 'tobias.wagner', after);
    const { body } = await client().json('GET', '/api/dev/outbox');
    const sent = body.mails.filter((m) => m.id > after && m.data.kind === 'temporary-password');
    assert.deepEqual(
      sent.map((m) => m.data.username),
      ['tobias.wagner'],
    );
  });
});

describe('registration', () => {
  test('a MyPortal name is free in the BSP namespace: registering it tells nothing about MyPortal users', async () => {
    const admin = client();
    const registered = await admin.json(
      'POST',
      '/api/admin/register',
      { username: 'anna.berger', email: 'anna.admin@muster-elektro.example', password: 'Garten.Zaun-42' },
      newSource(),
    );
    assert.equal(registered.status, 201, 'registration revealed the MyPortal name');
    const twice = await client().json(
      'POST',
      '/api/admin/register',
      { username: 'Anna.Berger', email: 'x@muster-elektro.example', password: 'Garten.Zaun-42' },
      newSource(),
    );
    assert.deepEqual([twice.status, twice.body.code], [409, 'username_taken']);
    // The admin portal's login names its namespace; the MyPortal account is untouched.
    const adminLogin = await client().json(
      'POST',
      '/api/auth/login',
      { username: 'anna.berger', password: 'Garten.Zaun-42', role: 'admin' },
      newSource(),
    );
    assert.deepEqual([adminLogin.status, adminLogin.body.role], [200, 'admin']);
    const myPortal = await client().json(
      'POST',
      '/api/auth/login',
      { username: 'anna.berger', password: 'Garten.Zaun-42' },
      newSource(),
    );
    assert.equal(myPortal.status, 401);
  });
});

describe('sessions', () => {
  test('a new login ends the browser’s previous session, and a login with the own password ends pending codes', async () => {
    const browser = client();
    const first = await browser.json(
      'POST',
      '/api/auth/login',
      { username: 'julia.schneider', password: 'Sonnen.Blume-31' },
      newSource(),
    );
    assert.equal(first.status, 200);
    const firstSession = browser.cookie('dh_session')!;
    await browser.json('POST', '/api/auth/temporary-password', { username: 'julia.schneider' }, newSource());
    const second = await browser.json(
      'POST',
      '/api/auth/login',
      { username: 'julia.schneider', password: 'Sonnen.Blume-31' },
      newSource(),
    );
    assert.equal(second.status, 200);
    assert.notEqual(browser.cookie('dh_session'), firstSession);
    const old = await fetch(`${portal.server.url}/api/me`, { headers: { cookie: `dh_session=${firstSession}` } });
    assert.equal(old.status, 401, 'the previous session id still works');
    const pending = await portal.server.app.store.temporaryPasswords.list(await userId('julia.schneider'));
    assert.equal(pending.length, 0, 'the login with the own password left a temporary password valid');
  });

  test('changing the password from a normal session needs the current password', async () => {
    const browser = client();
    await browser.json(
      'POST',
      '/api/auth/login',
      { username: 'julia.schneider', password: 'Sonnen.Blume-31' },
      newSource(),
    );
    const without = await browser.json('POST', '/api/auth/password', { newPassword: 'Neues.Fenster-73' });
    assert.deepEqual([without.status, without.body.code], [403, 'current_password_wrong']);
    assert.equal(without.body.fields?.currentPassword, 'Das aktuelle Passwort ist falsch.');
    const wrong = await browser.json('POST', '/api/auth/password', {
      newPassword: 'Neues.Fenster-73',
      currentPassword: 'Sonnen.Blume-30',
    });
    assert.equal(wrong.status, 403);
    const right = await browser.json('POST', '/api/auth/password', {
      newPassword: 'Neues.Fenster-73',
      currentPassword: 'Sonnen.Blume-31',
    });
    assert.equal(right.status, 200);
    const login = await client().json(
      'POST',
      '/api/auth/login',
      { username: 'julia.schneider', password: 'Neues.Fenster-73' },
      newSource(),
    );
    assert.equal(login.status, 200);
  });

  test('logout closes the order event stream of that session', async () => {
    const admin = await unlockedAdmin(portal.server.url, 'stream.admin');
    const stream = await admin.request('GET', '/api/orders/events');
    assert.equal(stream.status, 200);
    const reader = stream.body!.getReader();
    const first = await reader.read();
    assert.match(new TextDecoder().decode(first.value), /^event: orders/);
    assert.equal((await admin.request('POST', '/api/auth/logout')).status, 204);
    // The stream ends (done) instead of waiting for the next order change.
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
    }
  });
});

test('behind https the cookies carry the __Host- prefix', async () => {
  const server = await startPortalServer({ secureCookies: true });
  try {
    const browser = new TestPortalClient(server.url);
    const { status } = await browser.json('POST', '/api/auth/temporary-password', { username: 'anna.berger' });
    assert.equal(status, 202);
    const mail = await waitForMail(browser, (m) => m.data.kind === 'temporary-password');
    const login = await browser.request('POST', '/api/auth/login', {
      username: 'anna.berger',
      password: mail.data.temporaryPassword,
    });
    assert.equal(login.status, 200);
    const cookies = login.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('__Host-dh_session='));
    assert.ok(session, `no __Host- session cookie in ${cookies.join(' | ')}`);
    assert.match(session, /; Secure/i);
    assert.match(session, /; Path=\//i);
    assert.doesNotMatch(session, /Domain=/i);
    assert.ok(browser.cookie('__Host-dh_csrf'), 'the CSRF cookie has no __Host- prefix');
    assert.equal((await browser.json('GET', '/api/me')).status, 200);
  } finally {
    await server.stop();
    await server.remove();
  }
});

test('password hashing has a bounded queue: beyond it, 503 with Retry-After', async () => {
  const server = await startPortalServer(
    { hashThreads: 1, hashQueue: 1, trustProxy: '127.0.0.1' },
    { scryptCost: 2 ** 15 },
  );
  try {
    const browser = new TestPortalClient(server.url);
    await browser.request('GET', '/api/csrf-token');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        browser.json('POST', '/api/auth/login', { username: `sturm.${i}`, password: 'Falsch.Geraten-1' }, newSource()),
      ),
    );
    const busy = answers.filter((a) => a.status === 503);
    assert.ok(busy.length > 0, `no 503 among ${answers.map((a) => a.status).join(', ')}`);
    assert.ok(
      answers.some((a) => a.status === 401),
      'no login was hashed at all',
    );
    for (const answer of busy) {
      assert.equal(answer.body.code, 'busy');
      assert.match(answer.headers.get('retry-after') ?? '', /^[1-9][0-9]*$/);
    }
  } finally {
    await server.stop();
    await server.remove();
  }
});

test('the log holds no password, temporary password, session id, CSRF token or query', async () => {
  const lines: string[] = [];
  const server = await startPortalServer({}, { logStream: { write: (line) => void lines.push(line) } });
  try {
    const browser = new TestPortalClient(server.url);
    await browser.json('POST', '/api/auth/temporary-password', { username: 'anna.berger' });
    const mail = await waitForMail(browser, (m) => m.data.kind === 'temporary-password');
    const login = await browser.json('POST', '/api/auth/login', {
      username: 'anna.berger',
      password: mail.data.temporaryPassword,
    });
    assert.equal(login.status, 200);
    await browser.json('POST', '/api/auth/login', { username: 'anna.berger', password: 'Geheim.Falsch-99' });
    await browser.request('GET', '/myportal/anmeldung?username=anna.berger&willkommen=Token-Geheim-123');
    const log = lines.join('');
    assert.match(log, /"url":"\/myportal\/anmeldung"/, 'requests are not logged at all');
    for (const secret of [
      mail.data.temporaryPassword,
      'Geheim.Falsch-99',
      'Token-Geheim-123',
      browser.cookie('dh_session')!,
      browser.cookie('dh_csrf')!,
    ]) {
      assert.ok(!log.includes(secret), `the log contains ${secret}`);
    }
  } finally {
    await server.stop();
    await server.remove();
  }
});
