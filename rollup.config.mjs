import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { demoPages } from './packages/demo-portal/build/demo-pages.mjs';
import { sizeReport } from './scripts/rollup-size-report.mjs';

const core = 'packages/core';
const backend = 'packages/portal-backend';
const widgets = 'packages/widgets';
const demo = 'packages/demo-portal';

/** Node builds leave npm packages to Node's own resolution. */
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Resolve workspace packages to their sources, so one build needs no other built first. */
const resolve = (browser) => nodeResolve({ browser, exportConditions: ['source'], extensions: ['.ts', '.mjs', '.js'] });
const typescript = (tsconfig) => esbuild({ target: 'es2022', tsconfig, sourceMap: true });
const minify = terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  // @direkthilfe/core: one ESM file per module, importable from Node and bundlers; dependencies stay external.
  {
    // Every module is an entry: each one is importable on its own as `@direkthilfe/core/<module>`.
    input: readdirSync(`${core}/src`, { recursive: true })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => `${core}/src/${file}`),
    external: isPackage,
    plugins: [resolve(false), typescript(`${core}/tsconfig.build.json`)],
    output: {
      dir: `${core}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${core}/src`,
    },
    onwarn,
  },
  // @direkthilfe/portal-backend: the server for `npm start`, one file per module; packages stay external.
  {
    // The hashing pool's worker is loaded by URL, so it is an entry of its own.
    input: {
      main: `${backend}/src/main.ts`,
      index: `${backend}/src/index.ts`,
      'auth/hash-worker': `${backend}/src/auth/hash-worker.ts`,
    },
    external: isPackage,
    plugins: [typescript(`${backend}/../../tsconfig.json`)],
    output: {
      dir: `${backend}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${backend}/src`,
    },
    onwarn,
  },
  // @direkthilfe/widgets: one minified ESM entry per element (plus the index), shared code and lazy data in chunks.
  {
    // The index is built on its own below: as an entry here, it would turn the elements it imports into
    // re-exporting facades and make each element's up-front code larger.
    input: {
      'dh-password-field': `${widgets}/src/dh-password-field/dh-password-field.ts`,
      'dh-article': `${widgets}/src/dh-article/dh-article.ts`,
    },
    plugins: [resolve(true), typescript(`${widgets}/tsconfig.json`), sizeReport({ label: 'widgets' })],
    output: {
      dir: `${widgets}/dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      plugins: [minify],
    },
    onwarn,
  },
  // index.js: every element and type from one module, for bundlers.
  {
    input: { index: `${widgets}/src/index.ts` },
    plugins: [resolve(true), typescript(`${widgets}/tsconfig.json`)],
    output: {
      dir: `${widgets}/dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'index/[name]-[hash].js',
      plugins: [minify],
    },
    onwarn,
  },
  // direkthilfe.js: the one file a portal page loads with <script type="module">; elements load lazily beside it.
  {
    input: { direkthilfe: `${widgets}/src/direkthilfe.ts` },
    plugins: [resolve(true), typescript(`${widgets}/tsconfig.json`), sizeReport({ label: 'script' })],
    output: {
      dir: `${widgets}/dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'direkthilfe/[name]-[hash].js',
      plugins: [minify],
    },
    onwarn,
  },
  // @direkthilfe/demo-portal: one script per page (shared code in chunks), the pages in their layout, the styles.
  {
    input: Object.fromEntries(
      readdirSync(`${demo}/src/scripts`).map((file) => [basename(file, '.ts'), `${demo}/src/scripts/${file}`]),
    ),
    plugins: [resolve(true), typescript('tsconfig.json'), demoPages({ root: demo })],
    output: {
      dir: `${demo}/dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: 'assets/[name].js',
      chunkFileNames: 'assets/chunks/[name]-[hash].js',
      plugins: [minify],
    },
    onwarn,
  },
];
