// The studio's content and the files in git:
//   import [folder] [--force]   brings content/ into the database (new revisions; studio changes are kept)
//   export [folder]             writes the database's articles back as Markdown files
// The database is the server's (DATABASE_URL or DATA_DIR, as for `npm start`).
import { relative, resolve } from 'node:path';
import { formatProblem, loadSources } from '@direkthilfe/content';
import { configFromEnv } from './config.js';
import { exportContent } from './content-files.js';
import { importContent } from './services/content-import.js';
import { openStore } from './store/kysely-store.js';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [command, folder = 'content'] = args.filter((a) => a !== '--force');
const dir = resolve(folder);
const display = relative(process.cwd(), dir) || '.';

const store = await openStore({ databaseUrl: configFromEnv().databaseUrl });
let exitCode = 0;
try {
  if (command === 'import') {
    const report = await importContent(store, loadSources(dir, display), { force });
    for (const problem of report.problems) console.log(formatProblem(problem));
    if (report.problems.some((p) => p.severity === 'error')) {
      console.log('Nichts importiert: Bitte beheben Sie zuerst die Fehler.');
      exitCode = 1;
    } else {
      console.log(
        `${report.created.length} neu, ${report.updated.length} geändert, ${report.unchanged} unverändert` +
          (report.version ? `; veröffentlicht als Stand ${report.version}` : ''),
      );
      for (const key of report.conflicts) {
        console.log(`Nicht überschrieben (seit dem letzten Import in der Redaktion geändert): ${key}`);
      }
      if (report.conflicts.length) console.log('Mit --force werden sie als neue Version ersetzt.');
    }
  } else if (command === 'export') {
    const { articles } = await exportContent(store, dir);
    console.log(`${articles} Artikelfassungen nach ${display} geschrieben.`);
  } else {
    console.error(`Unbekannter Befehl „${command ?? ''}“. Verfügbar: import, export.`);
    exitCode = 2;
  }
} finally {
  await store.close();
}
process.exit(exitCode);
