// `npm run bench:api`: the built server as real processes on 127.0.0.1, in three set-ups: SQLite (one
// node), PostgreSQL with one node, PostgreSQL with three nodes (the load spread over them, as behind a load
// balancer). Per route: requests per second, p50, p99, errors (autocannon, 50 connections in all), and the help
// search's requests per second as a share of a trivial route's (`/health/live`).
// BENCH_SETUPS=sqlite (or postgres) and BENCH_ROUTES=search,trivial (route names' first words) narrow the run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startTestPostgres } from './postgres.mjs';
import { startNodes } from './server-nodes.js';
import { TestPortalClient, testDatabase, waitForMail } from '../test/node/helpers/portal-server.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const SETUPS = (process.env.BENCH_SETUPS ?? 'sqlite,postgres').split(',');
const ROUTES = process.env.BENCH_ROUTES?.split(',');
const TRIVIAL = 'trivial route (/health/live)';

interface Row {
  route: string;
  rps: number;
  /** The server processes' CPU ms per request: what throughput would be on cores of its own. */
  cpuPerRequest: number;
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

/** CPU ms (user + system) that the processes have used so far, from /proc (Linux). */
function cpuMsOf(pids: number[]): number {
  const ticksPerMs = 100 / 1000;
  return pids.reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return sum + (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  }, 0);
}

async function measure(
  name: string,
  urls: string[],
  pids: number[],
  options: Partial<autocannon.Options>,
): Promise<Row> {
  // A short unmeasured run first, so that the route's code is compiled before it is timed.
  await Promise.all(urls.map((url) => autocannon({ url, connections: 4, duration: 1, ...options })));
  const cpuBefore = cpuMsOf(pids);
  const results = await Promise.all(
    // The connections split over the nodes as evenly as they go (50 over three: 17, 17, 16).
    urls.map((url, i) =>
      autocannon({
        url,
        connections: Math.floor(CONNECTIONS / urls.length) + (i < CONNECTIONS % urls.length ? 1 : 0),
        duration: DURATION,
        ...options,
      }),
    ),
  );
  const weighted = (pick: (r: autocannon.Result) => number) =>
    results.reduce((sum, r) => sum + pick(r) * r.requests.total, 0) /
    Math.max(
      1,
      results.reduce((s, r) => s + r.requests.total, 0),
    );
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    route: name,
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    cpuPerRequest: (cpuMsOf(pids) - cpuBefore) / Math.max(1, requests),
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
    const routes: [string, Partial<autocannon.Options>][] = [
      [TRIVIAL, { path: '/health/live' }],
      ['help search, one word', { path: '/api/help/search?q=arbeitsplatz&limit=10' }],
      ['help search, three words', { path: '/api/help/search?q=wie%20bestelle%20ich%20einen%20arbeitsplatz&limit=10' }],
      ['page context', { path: '/api/help/context/admin/warenkorb?role=admin' }],
      [
        'login (own password, scrypt N=2^17)',
        {
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
        },
      ],
      [
        'cart write (add, then remove)',
        {
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
        },
      ],
    ];
    const rows: Row[] = [];
    for (const [name, options] of routes) {
      if (!ROUTES || ROUTES.some((prefix) => name.startsWith(prefix)))
        rows.push(await measure(name, nodes.urls, nodes.pids, options));
    }
    return rows.map((row) => ({ ...row, route: `${label.padEnd(20)} ${row.route}` }));
  } finally {
    await nodes.stop();
  }
}

console.log(
  `API benchmark: built server processes on 127.0.0.1, autocannon, ${CONNECTIONS} connections, ${DURATION} s per route, Node ${process.version}\n`,
);
const rows: Row[] = [];
if (SETUPS.includes('sqlite')) {
  const sqliteDir = mkdtempSync(join(tmpdir(), 'dh-bench-'));
  rows.push(...(await benchSetup('SQLite, 1 node', `file:${join(sqliteDir, 'bench.sqlite')}`, 1)));
  rmSync(sqliteDir, { recursive: true, force: true });
}

if (SETUPS.includes('postgres')) {
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
}

console.log(
  '  set-up               route                                   req/s    p50 ms   p99 ms   errors  CPU ms/request',
);
for (const row of rows) {
  console.log(
    `  ${row.route.padEnd(60)} ${row.rps.toFixed(0).padStart(7)} ${row.p50.toFixed(1).padStart(9)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(8)} ${row.cpuPerRequest.toFixed(3).padStart(15)}`,
  );
}

// The search's throughput as a share of the trivial route's, per set-up (issue 15: three words ≥ 0.5×).
for (const trivial of rows.filter((row) => row.route.endsWith(TRIVIAL))) {
  const setup = trivial.route.slice(0, -TRIVIAL.length);
  for (const search of rows.filter((row) => row.route.startsWith(setup) && row.route.includes('help search'))) {
    console.log(
      `  ${search.route.trim()}: ${(search.rps / trivial.rps).toFixed(2)}× the trivial route's req/s; by server CPU per ` +
        `request (${search.cpuPerRequest.toFixed(3)} vs ${trivial.cpuPerRequest.toFixed(3)} ms, what counts on ` +
        `cores of its own) ${(trivial.cpuPerRequest / search.cpuPerRequest).toFixed(2)}×`,
    );
  }
}
