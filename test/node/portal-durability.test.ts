import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import { TestPortalClient, startPortalServer, waitForMail } from './helpers/portal-server.js';

async function unlockedAdmin(url: string, username: string): Promise<TestPortalClient> {
  const client = new TestPortalClient(url);
  const letter = await waitForMail(client, (m) => m.data.kind === 'welcome-letter');
  await client.json('POST', '/api/admin/register', {
    username,
    email: `${username}@muster-elektro.example`,
    password: 'Kaffee.Tasse-42',
  });
  await client.json('POST', '/api/admin/activate', {
    customerNumber: letter.data.customerNumber,
    oneTimePassword: letter.data.oneTimePassword,
  });
  return client;
}

test('restart: stop the server, start it on the same file, nothing is lost', async () => {
  const first = await startPortalServer();
  try {
    const client = await unlockedAdmin(first.url, 'restart.admin');
    await client.json('POST', '/api/admin/groups', { name: 'Vor dem Neustart' });
    await client.json('PUT', '/api/onboarding/admin-first-setup', { state: { step: 'cart' } });
    await first.stop();

    const second = await startPortalServer({ databaseUrl: first.config.databaseUrl, port: first.config.port });
    try {
      const again = new TestPortalClient(second.url);
      const login = await again.json('POST', '/api/auth/login', {
        username: 'restart.admin',
        password: 'Kaffee.Tasse-42',
      });
      assert.equal(login.status, 200);
      const { body } = await again.json('GET', '/api/admin/groups');
      assert.ok(body.groups.some((g) => g.name === 'Vor dem Neustart'));
      assert.equal((await again.json('GET', '/api/onboarding/admin-first-setup')).body.state.step, 'cart');
      const letters = (await again.json('GET', '/api/dev/outbox')).body.mails.filter(
        (m) => m.data.kind === 'welcome-letter',
      );
      assert.equal(letters.length, 1, 'the seed ran twice');
      // The old session survived the restart too: sessions live in the database.
      assert.equal((await client.json('GET', '/api/me')).status, 200);
    } finally {
      await second.stop();
    }
  } finally {
    await first.remove();
  }
});

test('50 parallel checkouts of the same cart create one order', async () => {
  const server = await startPortalServer({ workerIntervalMs: 60_000 });
  try {
    const client = await unlockedAdmin(server.url, 'parallel.admin');
    const groupId = (await client.json('GET', '/api/admin/groups')).body.groups[0].id;
    await client.json('POST', '/api/cart/items', {
      name: 'Paula Parallel',
      email: 'paula@muster-elektro.example',
      groupId,
    });
    const sameKey = await Promise.all(
      Array.from({ length: 50 }, () =>
        client.json('POST', '/api/cart/checkout', undefined, {
          'idempotency-key': 'parallel-0001',
        }),
      ),
    );
    assert.deepEqual(new Set(sameKey.map((r) => r.status)), new Set([200, 201]));
    assert.equal(sameKey.filter((r) => r.status === 201).length, 1);
    assert.equal(new Set(sameKey.map((r) => r.body.order.id)).size, 1);

    await client.json('POST', '/api/cart/items', {
      name: 'Peter Parallel',
      email: 'peter@muster-elektro.example',
      groupId,
    });
    const ownKeys = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        client.json('POST', '/api/cart/checkout', undefined, { 'idempotency-key': `eigener-schluessel-${i}` }),
      ),
    );
    assert.equal(ownKeys.filter((r) => r.status === 201).length, 1);
    assert.ok(ownKeys.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === 'cart_empty'));
    assert.equal((await client.json('GET', '/api/orders')).body.orders.length, 2);
  } finally {
    await server.stop();
    await server.remove();
  }
});

test('order status reaches the browser without reload: Server-Sent Events and ETag polling', async () => {
  const server = await startPortalServer({ workerIntervalMs: 200 });
  try {
    const client = await unlockedAdmin(server.url, 'sse.admin');
    const first = await client.request('GET', '/api/orders');
    const etag = first.headers.get('etag')!;
    assert.equal((await client.request('GET', '/api/orders', undefined, { 'if-none-match': etag })).status, 304);

    const events = await client.request('GET', '/api/orders/events');
    assert.equal(events.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const reader = events.body!.getReader();
    const seen: string[] = [];
    const reading = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += new TextDecoder().decode(value);
        for (const match of buffer.matchAll(/"status":"([^"]+)"/g)) if (!seen.includes(match[1])) seen.push(match[1]);
        if (seen.includes('executed')) return;
      }
    })();
    const groupId = (await client.json('GET', '/api/admin/groups')).body.groups[0].id;
    await client.json('POST', '/api/cart/items', {
      name: 'Sina Stream',
      email: 'sina@muster-elektro.example',
      groupId,
    });
    await client.json('POST', '/api/cart/checkout', undefined, { 'idempotency-key': 'stream-00000001' });
    await reading;
    await reader.cancel();
    // Two changes at least, in order; "ordered" may already be "in progress" when the stream reads it (the worker
    // is fast, and a busy machine slow to answer the notification).
    assert.deepEqual(
      seen.filter((status) => status !== 'ordered'),
      ['in_progress', 'executed'],
    );
    assert.ok(seen.indexOf('ordered') <= 0, seen.join(', '));
    assert.equal((await client.request('GET', '/api/orders', undefined, { 'if-none-match': etag })).status, 200);
  } finally {
    await server.stop();
    await server.remove();
  }
});

// A browser left on the orders page keeps its stream open; stopping must end it rather than wait for it.
test('the server stops while an event stream is still open, and the stream ends', { timeout: 60_000 }, async () => {
  const server = await startPortalServer();
  const client = await unlockedAdmin(server.url, 'open.stream');
  const events = await client.request('GET', '/api/orders/events');
  assert.equal(events.status, 200);
  const reader = events.body!.getReader();
  await reader.read();
  await server.stop();
  await server.remove();
  let ended = false;
  while (!ended) ended = (await reader.read()).done;
  assert.equal(ended, true);
});

test('with SMTP_URL, mails are delivered over SMTP (local sink), not into the outbox', async () => {
  const received: { to: string; text: string }[] = [];
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const { port } = sink.server.address() as { port: number };
  const server = await startPortalServer({ smtpUrl: `smtp://127.0.0.1:${port}` });
  try {
    // The seed sends two mails: the welcome letter and the editor's invitation.
    for (let i = 0; i < 200 && received.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(received.map((r) => r.to).sort(), ['it@muster-elektro.example', 'redaktion@cloud-pbx.example']);
    const letter = received.find((r) => r.to === 'it@muster-elektro.example')!;
    // Encoded as on the wire: the subject in RFC 2047 words, the body quoted-printable.
    assert.match(letter.text, /Subject: =\?UTF-8\?Q\?Willkommen_bei_Cloud_PBX/);
    assert.match(letter.text, /Einmal-Passwort: [A-Za-z0-9]{12}\r\n/);
    const outbox = await new TestPortalClient(server.url).json('GET', '/api/dev/outbox');
    assert.equal(outbox.body.mails.length, 0);
  } finally {
    await server.stop();
    await server.remove();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  }
});

test('production mode has no outbox route', async () => {
  const server = await startPortalServer({ mode: 'production' });
  try {
    const { status } = await new TestPortalClient(server.url).json('GET', '/api/dev/outbox');
    assert.equal(status, 404);
  } finally {
    await server.stop();
    await server.remove();
  }
});
