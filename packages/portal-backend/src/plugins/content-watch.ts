import { existsSync, mkdirSync, watch } from 'node:fs';
import fp from 'fastify-plugin';
import { loadSources } from '@direkthilfe/content';
import { importContent } from '../services/content-import.js';

/** Waits for the build to finish writing before importing (it writes several files). */
const SETTLE_MS = 300;

/**
 * Demo mode: when `npm run content:build` or `content:watch` has rebuilt the content, the server imports
 * `content/` again and publishes what changed, like a re-import (articles changed in the studio are kept).
 * So an editor working on files sees the change at the panel's next open, without a restart.
 */
export default fp(
  async (app) => {
    const { config, store } = app;
    if (!existsSync(config.contentBuildDir)) mkdirSync(config.contentBuildDir, { recursive: true });
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | undefined;
    const reimport = async () => {
      const report = await importContent(store, loadSources(config.contentDir));
      const errors = report.problems.filter((p) => p.severity === 'error').length;
      app.log.info(
        { created: report.created.length, updated: report.updated.length, conflicts: report.conflicts, errors },
        'content re-imported after a rebuild',
      );
    };
    const watcher = watch(config.contentBuildDir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running ??= reimport()
          .catch((error) => app.log.error({ err: error }, 'content re-import failed'))
          .finally(() => (running = undefined));
      }, SETTLE_MS);
    });
    app.addHook('onClose', async () => {
      watcher.close();
      clearTimeout(timer);
      await running;
    });
  },
  { name: 'content-watch' },
);
