// `npm run bench:publish`: how long after an editor saves and publishes on one node the help on another node
// serves the new version (PostgreSQL, two built server processes), with today's content and with a large help
// centre (the content copied, `BENCH_COPIES`). Save → visible and the publish request alone, p50 and p95. Each
// round publishes another article of the copies, so that the rounds pass the point where a publish stores the
// search index anew (`STALE_MAX` distinct articles indexed since it was stored).
import { importContent, openStore } from '@direkthilfe/portal-backend';
import { contentCopies } from './content-copies.js';
import { startTestPostgres } from './postgres.mjs';
import { startNodes } from './server-nodes.js';
import { studioEditor, TestPortalClient, testDatabase } from '../test/node/helpers/portal-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const COPIES = (process.env.BENCH_COPIES ?? '1,45').split(',').map(Number);

const percentiles = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
};

const postgres = await startTestPostgres();
process.env.TEST_DATABASE_URL = postgres.url;
try {
  for (const copies of COPIES) {
    const database = await testDatabase();
    const sources = contentCopies(copies);
    // The first release of the whole help, before the nodes start (they import only into an empty store).
    const store = await openStore({ databaseUrl: database.url });
    const started = performance.now();
    await importContent(store, sources);
    const imported = performance.now() - started;
    await store.close();
    const nodes = await startNodes(database.url, 2);
    try {
      const editor = await studioEditor(nodes.urls[0]);
      const reader = new TestPortalClient(nodes.urls[1]);
      const visible: number[] = [];
      const publishing: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const id = copies > 1 ? `kontakt-${1 + ((round - 1) % (copies - 1))}` : 'kontakt';
        const { body: article } = await editor.json('GET', `/api/studio/articles/${id}/de`);
        const title = `Kontakt, Fassung ${round}`;
        const saveStarted = performance.now();
        const saved = await editor.json('PUT', `/api/studio/articles/${id}/de`, {
          source: article.source.replace(/^title: .*$/m, `title: ${title}`),
          baseRevision: article.revision,
        });
        const publishStarted = performance.now();
        const published = await editor.json('POST', `/api/studio/articles/${id}/de/workflow`, {
          action: 'publish',
          revision: saved.body.revision,
        });
        if (published.status !== 200) throw new Error(`round ${round}: publishing answered ${published.status}`);
        publishing.push(performance.now() - publishStarted);
        for (let i = 0; (await reader.json('GET', `/api/help/articles/${id}?lang=de`)).body.title !== title; i++) {
          if (i > 2_000) throw new Error(`round ${round}: not visible on the other node`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        visible.push(performance.now() - saveStarted);
      }
      console.log(
        `${sources.files.length} articles (${copies === 1 ? 'today’s content' : `today’s content × ${copies}`}), ` +
          `PostgreSQL, 2 nodes, ${ROUNDS} rounds; first import ${imported.toFixed(0)} ms`,
      );
      console.log(`  publish request        ${percentiles(publishing)}`);
      console.log(`  save → visible on the other node  ${percentiles(visible)}`);
    } finally {
      await nodes.stop();
      await database.remove();
    }
  }
} finally {
  await postgres.stop();
}
