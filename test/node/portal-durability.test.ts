import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { openStore } from '@direkthilfe/portal-backend';
import { TestPortalClient, freePort, startPortalServer, testDatabase, waitForMail } from './helpers/portal-server.js';

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

/** A local SMTP sink that records every message it accepts. */
async function smtpSink(port = 0) {
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
  await new Promise<void>((resolve) => sink.listen(port, '127.0.0.1', resolve));
  return {
    received,
    port: (sink.server.address() as { port: number }).port,
    close: () => new Promise<void>((resolve) => sink.close(() => resolve())),
  };
}

/** Waits (at most a minute) until `condition` holds. */
async function until(label: string, condition: () => boolean | Promise<boolean>) {
  const end = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out: ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
  const sink = await smtpSink();
  const { received, port } = sink;
  const server = await startPortalServer({ smtpUrl: `smtp://127.0.0.1:${port}` });
  try {
    // The seed sends two mails: the welcome letter and the editor's invitation.
    await until('the seed mails arrive', () => received.length >= 2);
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
    await sink.close();
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

test('SMTP down during an order: the order is carried out, and the activation mail arrives once when SMTP is back', async () => {
  let sink = await smtpSink();
  const port = sink.port;
  const server = await startPortalServer({ smtpUrl: `smtp://127.0.0.1:${port}` });
  try {
    await until('the welcome letter', () => sink.received.some((r) => r.to === 'it@muster-elektro.example'));
    const letter = sink.received.find((r) => r.to === 'it@muster-elektro.example')!.text;
    const oneTimePassword = /Einmal-Passwort: ([A-Za-z0-9]{12})\r\n/.exec(letter)![1];
    const company = (await server.app.store.companies.first())!;
    const admin = new TestPortalClient(server.url);
    await admin.json('POST', '/api/admin/register', {
      username: 'smtp.admin',
      email: 'smtp.admin@muster-elektro.example',
      password: 'Kaffee.Tasse-42',
    });
    const unlocked = await admin.json('POST', '/api/admin/activate', {
      customerNumber: company.customerNumber,
      oneTimePassword,
    });
    assert.equal(unlocked.status, 200);
    const groupId = (await admin.json('GET', '/api/admin/groups')).body.groups[0].id;
    await admin.json('POST', '/api/cart/items', { name: 'Paula Post', email: 'paula@muster-elektro.example', groupId });

    await sink.close();
    const ordered = await admin.json('POST', '/api/cart/checkout', undefined, { 'idempotency-key': 'smtp-weg-1' });
    const key = `activation:order-${ordered.body.order.id}:item-0`;
    // Carried out although SMTP is down; the mail waits in the outbox with a failed attempt.
    await until('the order is carried out', async () =>
      (await admin.json('GET', '/api/orders')).body.orders.some(
        (o) => o.id === ordered.body.order.id && o.status === 'executed',
      ),
    );
    await until(
      'a failed delivery attempt',
      async () => ((await server.app.store.mail.byKey(key))?.attempts ?? 0) >= 1,
    );
    assert.equal((await server.app.store.mail.byKey(key))?.status, 'pending');

    sink = await smtpSink(port);
    await until('the mail is marked sent', async () => (await server.app.store.mail.byKey(key))?.status === 'sent');
    assert.equal(sink.received.filter((r) => r.to === 'paula@muster-elektro.example').length, 1);
  } finally {
    await server.stop();
    await server.remove();
    await sink.close();
  }
});

test('kill -9 while a mail is being sent: after the restart it arrives, once', async () => {
  const main = 'packages/portal-backend/dist/main.js';
  assert.ok(existsSync(main), 'the built server is missing: run npm run build first');
  // An SMTP server that accepts the connection and never greets: the sender hangs in the middle of sending.
  const connected: Socket[] = [];
  const silent = createServer((socket) => connected.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  const database = await testDatabase();
  const databaseUrl = /^postgres/.test(database.url) ? database.url : `file:${database.url}`;
  const httpPort = await freePort();
  const start = () =>
    spawn(process.execPath, [main], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(httpPort),
        HOST: '127.0.0.1',
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_INTERVAL_MS: '50',
        LEASE_MS: '1000',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
  let child = start();
  let sink: Awaited<ReturnType<typeof smtpSink>> | undefined;
  try {
    await until('the sender connects to SMTP', () => connected.length > 0);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const socket of connected) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));

    sink = await smtpSink(port);
    child = start();
    await until('the restarted server is ready', () =>
      fetch(`http://127.0.0.1:${httpPort}/health/ready`).then(
        (r) => r.ok,
        () => false,
      ),
    );
    const store = await openStore({ databaseUrl: database.url });
    try {
      const sent = async (key: string) => (await store.mail.byKey(key))?.status === 'sent';
      const letterKey = `welcome-letter:${(await store.companies.first())!.customerNumber}`;
      // Marked sent, these mails are never claimed again: what the sink holds now is final.
      await until(
        'both seed mails are marked sent',
        async () => (await sent('editor-invitation:redaktion')) && (await sent(letterKey)),
      );
    } finally {
      await store.close();
    }
    assert.deepEqual(sink.received.map((r) => r.to).sort(), [
      'it@muster-elektro.example',
      'redaktion@cloud-pbx.example',
    ]);
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await sink?.close();
    await database.remove();
  }
});
