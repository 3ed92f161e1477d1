import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/reporters/wtr-summary.mjs';
import { portalApiMiddleware } from './scripts/portal-api-middleware.mjs';

export default {
  files: ['packages/widgets/src/**/*.test.ts', 'packages/studio/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // `source` resolves workspace packages to their TypeScript sources, so tests need no build.
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  middleware: [await portalApiMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/widgets/tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 1,
  // Generous: tests wait for events, and a shared machine may be slow to deliver them.
  testFramework: { config: { timeout: 60_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/data/**'],
  },
};
