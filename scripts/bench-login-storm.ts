// `npm run bench:login-storm`: a static file's latency while 16 clients log in at once, on the built server
// as a real process with the production scrypt cost (N = 2^17, 128 MiB per hash). Prints p50/p95 of the
// static file alone and during the storm, the logins answered, 503s from the full hashing queue, and the
// server's peak memory. `BENCH_SERVER=path/to/main.js` measures another build (for a before/after).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { freePort, TestPortalClient } from '../test/node/helpers/portal-server.js';

const MAIN = process.env.BENCH_SERVER ?? new URL('../packages/portal-backend/dist/main.js', import.meta.url).pathname;
if (!existsSync(MAIN)) throw new Error('bench:login-storm runs the built server: npm run build first.');
const LOGINS = 16;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const STATIC = '/direkthilfe.js';

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, [MAIN], {
  env: {
    ...process.env,
    DATABASE_URL: ':memory:',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    TRUST_PROXY: '127.0.0.1',
  },
  stdio: 'ignore',
});
const ready = () =>
  fetch(`${url}/health/ready`).then(
    (r) => r.ok,
    () => false,
  );
for (let i = 0; !(await ready()); i++) {
  if (i > 1200 || child.exitCode !== null) throw new Error('the server did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// A request that takes longer counts with this time (a starved server would otherwise keep the bench for hours).
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30_000);
let timedOut = 0;

async function staticLatencies(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    try {
      const response = await fetch(url + STATIC, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${STATIC} answered ${response.status}`);
      times.push(performance.now() - start);
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      timedOut++;
      times.push(TIMEOUT_MS);
    }
  }
  return times;
}

const peakMemoryMiB = () => {
  const line = readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 1024) : NaN;
};

await staticLatencies(10);
const alone = await staticLatencies(SAMPLES);

// 16 clients, each logging in again as soon as its last answer came, each from an address of its own.
let storming = true;
const statuses = new Map<number, number>();
const storm = Array.from({ length: LOGINS }, async (_, i) => {
  const client = new TestPortalClient(url);
  await client.request('GET', '/api/csrf-token');
  for (let n = 0; storming; n++) {
    const { status } = await client.json(
      'POST',
      '/api/auth/login',
      { username: `sturm.${i}.${n}`, password: 'Falsch.Geraten-1' },
      { 'x-forwarded-for': `10.40.${i}.${(n % 250) + 1}` },
    );
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
});
// Let the storm reach the server before measuring.
while ([...statuses.values()].reduce((a, b) => a + b, 0) < LOGINS / 2) await new Promise((r) => setTimeout(r, 50));
const during = await staticLatencies(SAMPLES);
storming = false;
await Promise.all(storm);
const memory = peakMemoryMiB();
child.kill('SIGTERM');

const row = (label: string, times: number[]) =>
  console.log(
    `${label.padEnd(30)} p50 ${percentile(times, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms   max ${Math.max(
      ...times,
    )
      .toFixed(1)
      .padStart(8)} ms`,
  );
console.log(`\n${STATIC}, ${SAMPLES} requests one after another (${MAIN})`);
row('alone', alone);
row(`during ${LOGINS} parallel logins`, during);
if (timedOut)
  console.log(
    `${timedOut} static requests got no answer within ${TIMEOUT_MS / 1000} s (counted as ${TIMEOUT_MS / 1000} s)`,
  );
console.log(
  `logins answered: ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(', ')}; server peak memory ${memory} MiB`,
);
