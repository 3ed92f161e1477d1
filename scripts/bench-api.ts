// `npm run bench:api`: autocannon against a real server on 127.0.0.1 (temporary SQLite file), 50
// connections: help search, page context, and a trivial route for scale, with the ratios.
import autocannon from 'autocannon';
import { PortalClient, startPortalServer } from '../test/node/helpers/portal-server.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const server = await startPortalServer();
const csrfPath = '/api/csrf-token';

const targets = [
  { name: 'trivial (GET /api/csrf-token)', path: csrfPath },
  { name: 'search (GET /api/help/search?q=warenkorp)', path: '/api/help/search?q=warenkorp&role=admin&limit=10' },
  { name: 'search, three words', path: '/api/help/search?q=wie%20bestelle%20ich%20einen%20arbeitsplatz&limit=10' },
  { name: 'context (GET /api/help/context/admin/warenkorb)', path: '/api/help/context/admin/warenkorb?role=admin' },
];

// A request of each, so that lazy work (first search, JIT) is not measured.
const warm = new PortalClient(server.url);
for (const target of targets) await warm.request('GET', target.path);

console.log(
  `API benchmark: autocannon, 50 connections, ${DURATION} s each, Node ${process.version}, server and load on this machine\n`,
);
console.log('  route                                              req/s     p50 ms   p99 ms   errors');
const results: { name: string; rps: number; p99: number }[] = [];
for (const target of targets) {
  const result = await autocannon({ url: server.url + target.path, connections: 50, duration: DURATION });
  results.push({ name: target.name, rps: result.requests.average, p99: result.latency.p99 });
  console.log(
    `  ${target.name.padEnd(48)} ${result.requests.average.toFixed(0).padStart(7)} ${String(result.latency.p50).padStart(10)} ${String(result.latency.p99).padStart(8)} ${String(result.errors + result.non2xx).padStart(8)}`,
  );
}
const trivial = results[0];
console.log('');
for (const result of results.slice(1)) {
  console.log(
    `  ${result.name}: ${(result.rps / trivial.rps).toFixed(2)} × the trivial route's req/s, p99 ×${(result.p99 / Math.max(1, trivial.p99)).toFixed(2)}`,
  );
}
await server.stop();
await server.remove();
