// `npm run build`: bundles (with the size report and budgets), type declarations, custom-elements manifest.
import { run } from './run.mjs';

await run('rollup', ['-c', '--silent']);
await run('tsc', ['-p', 'packages/core/tsconfig.build.json']);
await run('tsc', ['-p', 'packages/widgets/tsconfig.build.json']);
await run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
