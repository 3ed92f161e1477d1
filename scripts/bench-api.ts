// `npm run bench:api`: the built server as real processes on 127.0.0.1, in three set-ups: SQLite (one
// node), PostgreSQL with one node, PostgreSQL with three nodes (the load spread over them, as behind a load
// balancer). Per route: requests per second, p50, p99, errors (autocannon, 48 connections in all).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startTestPostgres } from './postgres.mjs';
import { startNodes } from './server-nodes.js';
import { TestPortalClient, testDatabase, waitForMail } from '../test/node/helpers/portal-server.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 48;

interface Row {
  route: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

let address = 0;
/** A different client address per request (behind TRUST_PROXY), so per-address limits see many clients. */
const forwarded = () => `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}`;

/** An unlocked admin's session: its cookies and CSRF token, for the write route. */
async function adminSession(publicUrl: string, nodes: string[]) {
  const client = new TestPortalClient(publicUrl, { nodes });
  const letter = await waitForMail(client, (m) => m.data.kind === 'welcome-letter', { timeoutMs: 30_000 });
  await client.json('POST', '/api/admin/register', {
    username: 'bench.admin',
    email: 'bench.admin@muster-elektro.example',
    password: 'Kaffee.Tasse-42',
  });
  await client.json('POST', '/api/admin/activate', {
    customerNumber: letter.data.customerNumber,
    oneTimePassword: letter.data.oneTimePassword,
  });
  const groupId = (await client.json('GET', '/api/admin/groups')).body.groups[0].id;
  const token = ((await client.json('GET', '/api/csrf-token')).body as { token: string }).token;
  const cookie = ['dh_session', 'dh_csrf'].map((name) => `${name}=${client.cookie(name)}`).join('; ');
  return {
    groupId,
    // A login needs the CSRF pair only, not the admin's session.
    csrfCookie: `dh_csrf=${client.cookie('dh_csrf')}`,
    headers: { cookie, 'x-csrf-token': token, origin: publicUrl, 'content-type': 'application/json' },
  };
}

async function measure(name: string, urls: string[], options: Partial<autocannon.Options>): Promise<Row> {
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({ url, connections: Math.round(CONNECTIONS / urls.length), duration: DURATION, ...options }),
    ),
  );
  const weighted = (pick: (r: autocannon.Result) => number) =>
    results.reduce((sum, r) => sum + pick(r) * r.requests.total, 0) /
    Math.max(
      1,
      results.reduce((s, r) => s + r.requests.total, 0),
    );
  return {
    route: name,
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    p50: weighted((r) => r.latency.p50),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

async function benchSetup(label: string, databaseUrl: string, count: number): Promise<Row[]> {
  const nodes = await startNodes(databaseUrl, count);
  try {
    const session = await adminSession(nodes.publicUrl, nodes.urls);
    const item = JSON.stringify({ name: 'Bea Bench', email: 'bea@muster-elektro.example', groupId: session.groupId });
    const rows = [
      await measure('help search, three words', nodes.urls, {
        path: '/api/help/search?q=wie%20bestelle%20ich%20einen%20arbeitsplatz&limit=10',
      }),
      await measure('page context', nodes.urls, { path: '/api/help/context/admin/warenkorb?role=admin' }),
      await measure('login (own password, scrypt N=2^17)', nodes.urls, {
        requests: [
          {
            method: 'POST',
            path: '/api/auth/login',
            setupRequest: (request) => ({
              ...request,
              headers: {
                'content-type': 'application/json',
                origin: nodes.publicUrl,
                cookie: session.csrfCookie,
                'x-csrf-token': session.headers['x-csrf-token'],
                'x-forwarded-for': forwarded(),
              },
              body: JSON.stringify({ username: 'bench.admin', password: 'Kaffee.Tasse-42' }),
            }),
          },
        ],
      }),
      await measure('cart write (add, then remove)', nodes.urls, {
        requests: [
          {
            method: 'POST',
            path: '/api/cart/items',
            headers: session.headers,
            body: item,
            onResponse: (_status, body, context) => {
              context.id = JSON.parse(body).id;
            },
          },
          {
            method: 'DELETE',
            setupRequest: (request, context) => ({
              ...request,
              path: `/api/cart/items/${context.id}`,
              headers: {
                cookie: session.headers.cookie,
                'x-csrf-token': session.headers['x-csrf-token'],
                origin: nodes.publicUrl,
              },
            }),
          },
        ],
      }),
    ];
    return rows.map((row) => ({ ...row, route: `${label.padEnd(20)} ${row.route}` }));
  } finally {
    await nodes.stop();
  }
}

console.log(
  `API benchmark: built server processes on 127.0.0.1, autocannon, ${CONNECTIONS} connections, ${DURATION} s per route, Node ${process.version}\n`,
);
const rows: Row[] = [];
const sqliteDir = mkdtempSync(join(tmpdir(), 'dh-bench-'));
rows.push(...(await benchSetup('SQLite, 1 node', `file:${join(sqliteDir, 'bench.sqlite')}`, 1)));
rmSync(sqliteDir, { recursive: true, force: true });

const postgres = await startTestPostgres();
process.env.TEST_DATABASE_URL = postgres.url;
try {
  for (const count of [1, 3]) {
    const database = await testDatabase();
    rows.push(...(await benchSetup(`PostgreSQL, ${count} node${count > 1 ? 's' : ''}`, database.url, count)));
    await database.remove();
  }
} finally {
  await postgres.stop();
}

console.log('  set-up               route                                   req/s    p50 ms   p99 ms   errors');
for (const row of rows) {
  console.log(
    `  ${row.route.padEnd(60)} ${row.rps.toFixed(0).padStart(7)} ${row.p50.toFixed(1).padStart(9)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(8)}`,
  );
}
