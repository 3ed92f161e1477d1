// `npm run bench:publish`: how long after an editor saves and publishes on one node the help on another node
// serves the new version (PostgreSQL, two built server processes). Save → visible, p50 and p95.
import { startTestPostgres } from './postgres.mjs';
import { startNodes } from './server-nodes.js';
import { studioEditor, TestPortalClient, testDatabase } from '../test/node/helpers/portal-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const postgres = await startTestPostgres();
process.env.TEST_DATABASE_URL = postgres.url;
const database = await testDatabase();
const nodes = await startNodes(database.url, 2);
try {
  const editor = await studioEditor(nodes.urls[0]);
  const reader = new TestPortalClient(nodes.urls[1]);
  const times: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const { body: article } = await editor.json('GET', '/api/studio/articles/kontakt/de');
    const title = `Kontakt, Fassung ${round}`;
    const started = performance.now();
    const saved = await editor.json('PUT', '/api/studio/articles/kontakt/de', {
      source: article.source.replace(/^title: .*$/m, `title: ${title}`),
      baseRevision: article.revision,
    });
    await editor.json('POST', '/api/studio/articles/kontakt/de/workflow', {
      action: 'publish',
      revision: saved.body.revision,
    });
    for (let i = 0; (await reader.json('GET', '/api/help/articles/kontakt?lang=de')).body.title !== title; i++) {
      if (i > 2_000) throw new Error(`round ${round}: not visible on the other node`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
  console.log(`Save → visible on the other node (PostgreSQL, 2 nodes, ${ROUNDS} rounds):`);
  console.log(`  p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
} finally {
  await nodes.stop();
  await database.remove();
  await postgres.stop();
}
