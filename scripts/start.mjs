// `npm start`: builds what changed since the last build (nothing, usually), then runs the portal backend
// with the demo portal. The build takes a minute; a start without changes takes a second.
import { pathToFileURL } from 'node:url';
import { buildIsCurrent, recordBuild } from './build-stamp.mjs';
import { run } from './run.mjs';

if (buildIsCurrent()) console.log('Build ist aktuell (npm run build baut neu).');
else {
  await run('node', ['scripts/build.mjs']);
  // After the build, as the build writes some files among its inputs (the elements' manifest).
  recordBuild();
}
await import(pathToFileURL('packages/portal-backend/dist/main.js').href);
