// The built server as real processes on 127.0.0.1 (for the benchmarks): one database, `count` nodes, one
// public address (the first node's), as behind a load balancer.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../test/node/helpers/portal-server.js';

const MAIN = new URL('../packages/portal-backend/dist/main.js', import.meta.url).pathname;

export async function startNodes(databaseUrl: string, count: number) {
  if (!existsSync(MAIN)) throw new Error('The benchmarks run the built server: npm run build first.');
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  const children: ChildProcess[] = [];
  for (const port of ports) {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: publicUrl,
        // Each simulated client brings its own address, as real ones behind the load balancer do.
        TRUST_PROXY: '127.0.0.1',
      },
      stdio: 'ignore',
    });
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    for (
      let i = 0;
      !(await fetch(`${url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i > 600 || child.exitCode !== null) throw new Error(`node on ${port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    urls: ports.map((p) => `http://127.0.0.1:${p}`),
    publicUrl,
    /** The nodes' process ids (their CPU time, on a machine shared with other work). */
    pids: children.map((c) => c.pid!),
    stop: async () => {
      await Promise.all(children.map((c) => new Promise((resolve) => (c.once('exit', resolve), c.kill('SIGTERM')))));
    },
  };
}
