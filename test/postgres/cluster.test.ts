import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import {
  freePort,
  lastMailId,
  studioEditor,
  TestPortalClient,
  testDatabase,
  waitForMail,
} from '../node/helpers/portal-server.js';

// Three backend processes of the built server on one PostgreSQL database, behind one public address:
// every request of a client goes to the next node, as behind a load balancer.
const MAIN = new URL('../../packages/portal-backend/dist/main.js', import.meta.url);

interface Node {
  url: string;
  process: ChildProcess;
  exited: Promise<void>;
}

let database: Awaited<ReturnType<typeof testDatabase>>;
const nodes: Node[] = [];
let publicUrl = '';

async function startNode(port: number): Promise<Node> {
  const child = spawn(process.execPath, [MAIN.pathname], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: publicUrl,
      ORDER_WORKER_INTERVAL_MS: '200',
      // An order stays in progress for 4 s on the node that claimed it: long enough to kill that node.
      ORDER_PROVISIONING_MS: '4000',
      LEASE_MS: '2000',
      MAIL_INTERVAL_MS: '200',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when the node's database answers; a node that dies on the way fails the test with its output.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`node on ${port} exited: ${errors}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 1200) throw new Error(`node on ${port} not ready: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: child, exited };
}

async function query<T>(statement: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(statement, values)).rows as T[];
  } finally {
    await client.end();
  }
}

before(async () => {
  assert.ok(process.env.TEST_DATABASE_URL, 'runs on PostgreSQL: node scripts/test.mjs postgres');
  assert.ok(existsSync(MAIN), 'needs the built server: npm run build');
  database = await testDatabase();
  const ports = [await freePort(), await freePort(), await freePort()];
  publicUrl = `http://127.0.0.1:${ports[0]}`;
  // All three start at once on the empty database: one migrates and seeds, the others wait and find it done.
  nodes.push(...(await Promise.all(ports.map(startNode))));
});

after(async () => {
  for (const node of nodes) node.process.kill('SIGTERM');
  await Promise.all(nodes.map((n) => n.exited));
  await database?.remove();
});

const client = () =>
  new TestPortalClient(publicUrl, {
    nodes: nodes.filter((n) => n.process.exitCode === null && !n.process.killed).map((n) => n.url),
  });

test('the whole chain, every request to another node: register, unlock, order, activation mail, first login', async () => {
  const admin = client();
  const letter = await waitForMail(admin, (m) => m.data.kind === 'welcome-letter');
  const letters = (await admin.json('GET', '/api/dev/outbox')).body.mails;
  assert.equal(letters.filter((m) => m.data.kind === 'welcome-letter').length, 1, 'the seed ran once');
  const registered = await admin.json('POST', '/api/admin/register', {
    username: 'cluster.admin',
    email: 'cluster.admin@muster-elektro.example',
    password: 'Kaffee.Tasse-42',
  });
  assert.equal(registered.status, 201);
  const unlocked = await admin.json('POST', '/api/admin/activate', {
    customerNumber: letter.data.customerNumber,
    oneTimePassword: letter.data.oneTimePassword,
  });
  assert.equal(unlocked.status, 200);
  const groupId = (await admin.json('GET', '/api/admin/groups')).body.groups[0].id;
  assert.equal(
    (
      await admin.json('POST', '/api/cart/items', {
        name: 'Clara Cluster',
        email: 'clara@muster-elektro.example',
        groupId,
        devices: ['komfort-410'],
      })
    ).status,
    201,
  );
  assert.equal((await admin.json('GET', '/api/cart')).body.items.length, 1, 'the cart is the same on every node');
  const ordered = await admin.json('POST', '/api/cart/checkout', undefined, { 'idempotency-key': 'cluster-chain-1' });
  assert.equal(ordered.status, 201);
  const activation = await waitForMail(
    admin,
    (m) => m.data.kind === 'activation' && m.to === 'clara@muster-elektro.example',
    { timeoutMs: 60_000 },
  );

  const user = client();
  const after = await lastMailId(user);
  assert.equal(
    (await user.json('POST', '/api/auth/temporary-password', { username: activation.data.username })).status,
    202,
  );
  const temporary = await waitForMail(user, (m) => m.data.kind === 'temporary-password', { after, timeoutMs: 30_000 });
  const login = await user.json('POST', '/api/auth/login', {
    username: activation.data.username,
    password: temporary.data.temporaryPassword,
  });
  assert.deepEqual([login.status, login.body.mustChangePassword], [200, true]);
  assert.equal((await user.json('POST', '/api/auth/password', { newPassword: 'Wolken.Kratzer-78' })).status, 200);
  const me = await user.json('GET', '/api/me');
  assert.deepEqual([me.status, me.body.workplace?.devices.length], [200, 1]);
  const mails = (await user.json('GET', '/api/dev/outbox')).body.mails;
  assert.equal(
    mails.filter((m) => m.data.kind === 'activation' && m.data.username === activation.data.username).length,
    1,
    'one activation mail',
  );
});

test('50 parallel checkouts of one cart over three nodes give exactly one order', async () => {
  const first = client();
  const after = await lastMailId(first);
  await first.json('POST', '/api/auth/login', { username: 'cluster.admin', password: 'Kaffee.Tasse-42' });
  const groupId = (await first.json('GET', '/api/admin/groups')).body.groups[0].id;
  await first.json('POST', '/api/cart/items', { name: 'Paul Parallel', email: 'paul@muster-elektro.example', groupId });
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      first.json('POST', '/api/cart/checkout', undefined, {
        'idempotency-key': `cluster-parallel-${i}`,
      }),
    ),
  );
  assert.equal(answers.filter((a) => a.status === 201).length, 1);
  assert.ok(answers.filter((a) => a.status !== 201).every((a) => a.status === 409 && a.body.code === 'cart_empty'));
  const orders = await query<{ n: string }>(`SELECT COUNT(*) AS n FROM orders WHERE items LIKE '%Paul Parallel%'`);
  assert.equal(Number(orders[0].n), 1);
  await waitForMail(first, (m) => m.data.kind === 'activation' && m.to === 'paul@muster-elektro.example', {
    after,
    timeoutMs: 60_000,
  });
});

test('kill -9 of the node that holds an order in progress: another node finishes it, one mail; a stream on a third node sees it', async () => {
  const admin = client();
  await admin.json('POST', '/api/auth/login', { username: 'cluster.admin', password: 'Kaffee.Tasse-42' });
  const groupId = (await admin.json('GET', '/api/admin/groups')).body.groups[0].id;
  await admin.json('POST', '/api/cart/items', { name: 'Kira Kill', email: 'kira@muster-elektro.example', groupId });
  const ordered = await admin.json('POST', '/api/cart/checkout', undefined, {
    'idempotency-key': 'cluster-kill-1',
  });
  const orderId = ordered.body.order.id;

  const holder = async () => {
    for (;;) {
      const [row] = await query<{ status: string; claimed_by: string | null }>(
        'SELECT status, claimed_by FROM orders WHERE id = $1',
        [orderId],
      );
      if (row.status === 'in_progress' && row.claimed_by) return row.claimed_by;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const pidOf = (claim: string) => Number(claim.split('-').at(-2));
  const held = pidOf(await holder());
  const victim = nodes.find((n) => n.process.pid === held)!;
  victim.process.kill('SIGKILL');
  await victim.exited;

  // Another node takes the order over once the dead node's lease has run out; a stream on the remaining
  // node that is not the new holder must see it carried out.
  const successor = pidOf(
    await (async () => {
      for (;;) {
        const claim = await holder();
        if (pidOf(claim) !== victim.process.pid) return claim;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })(),
  );
  const watcher = nodes.find((n) => n !== victim && n.process.pid !== successor)!;
  const streamClient = new TestPortalClient(publicUrl, { nodes: [watcher.url] });
  await streamClient.json('POST', '/api/auth/login', { username: 'cluster.admin', password: 'Kaffee.Tasse-42' });
  const events = await streamClient.request('GET', '/api/orders/events');
  const reader = events.body!.getReader();
  let buffer = '';
  const executed = new RegExp(`"id":${orderId},"status":"executed"`);
  while (!executed.test(buffer)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += new TextDecoder().decode(value);
  }
  await reader.cancel();
  assert.match(buffer, executed, 'the stream on a node that did not carry out the order saw it executed');
  const mails = await query<{ n: string }>(
    `SELECT COUNT(*) AS n FROM mail_outbox WHERE to_address = 'kira@muster-elektro.example'`,
  );
  assert.equal(Number(mails[0].n), 1, 'one activation mail');
});

test('a publish in the studio on one node is served by the other nodes without a restart', async () => {
  // The nodes still running (a test above kills one).
  const running = nodes.filter((n) => n.process.exitCode === null && n.process.signalCode === null);
  assert.ok(running.length >= 2);
  const editor = await studioEditor(running[0].url);
  const article = await editor.json('GET', '/api/studio/articles/kontakt/de');
  assert.equal(article.status, 200);
  const title = 'Kontakt über drei Knoten';
  const saved = await editor.json('PUT', '/api/studio/articles/kontakt/de', {
    source: article.body.source.replace(/^title: .*$/m, `title: ${title}`),
    baseRevision: article.body.revision,
  });
  const published = await editor.json('POST', '/api/studio/articles/kontakt/de/workflow', {
    action: 'publish',
    revision: saved.body.revision,
  });
  assert.equal(published.status, 200);
  // Each other node notices the release on its own (notification, or its poll); the test waits for it.
  for (const node of running.slice(1)) {
    const reader = new TestPortalClient(node.url);
    const deadline = Date.now() + 30_000;
    let served = '';
    while (served !== title && Date.now() < deadline) {
      served = (await reader.json('GET', '/api/help/articles/kontakt?lang=de')).body.title;
      if (served !== title) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(served, title, node.url);
  }
});
