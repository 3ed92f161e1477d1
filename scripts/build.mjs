// `npm run build`: published content, bundles (with the size report and budgets), the server, type
// declarations, custom-elements manifest.
import { rmSync } from 'node:fs';
import { precompress } from './precompress.mjs';
import { searchIndexReport } from './rollup-size-report.mjs';
import { run } from './run.mjs';

// Stale chunks from earlier builds would be served and counted otherwise.
for (const dir of [
  'packages/core/dist',
  'packages/widgets/dist',
  'packages/widgets/lib',
  'packages/portal-backend/dist',
  'packages/demo-portal/dist',
  'packages/studio/dist',
])
  rmSync(dir, { recursive: true, force: true });

await run('node', ['--import', 'tsx', '--conditions=source', 'packages/content/src/cli.ts', 'build', 'content']);
searchIndexReport('packages/content/dist');
await run('rollup', ['-c', '--silent']);
const compressed = precompress('packages/widgets/dist');
console.log(
  `Precompressed ${compressed.files} widget files: ${compressed.raw} B → ${compressed.br} B Brotli, ${compressed.gz} B gzip`,
);
await run('tsc', ['-p', 'packages/core/tsconfig.build.json']);
await run('tsc', ['-p', 'packages/widgets/tsconfig.build.json']);
// Run in the package, so that the manifest's paths and the IDE data are the package's own.
await run('cem', ['analyze'], { cwd: 'packages/widgets' });
