// `npm run build`: bundles (with the size report and budgets), type declarations, custom-elements manifest.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

// Stale chunks from earlier builds would be served and counted otherwise.
for (const dir of ['packages/core/dist', 'packages/widgets/dist']) rmSync(dir, { recursive: true, force: true });

await run('rollup', ['-c', '--silent']);
await run('tsc', ['-p', 'packages/core/tsconfig.build.json']);
await run('tsc', ['-p', 'packages/widgets/tsconfig.build.json']);
await run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
