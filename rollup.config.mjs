import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy as templateStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { transformSync } from 'esbuild';
import { demoPages } from './packages/demo-portal/build/demo-pages.mjs';
import { sizeReport } from './scripts/rollup-size-report.mjs';

const core = 'packages/core';
const backend = 'packages/portal-backend';
const widgets = 'packages/widgets';
const demo = 'packages/demo-portal';
const studio = 'packages/studio';

/** Package builds leave npm packages to the consumer's resolution (Node's or the app's bundler's). */
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Resolve workspace packages to their sources, so one build needs no other built first. */
const resolve = (browser) => nodeResolve({ browser, exportConditions: ['source'], extensions: ['.ts', '.mjs', '.js'] });
const typescript = (tsconfig) => esbuild({ target: 'es2022', tsconfig, sourceMap: true });
const minify = terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });
/**
 * Lit's `html` and `css` templates, minified. CSS through esbuild: lightningcss, the plugin's default, rounds
 * numbers in `var()` fallbacks to six digits (`2147483000` → `2147480000`). Templates with a static tag name
 * (lit/static-html, imported as `staticHtml`) stay as they are: the minifier cannot parse a tag expression.
 */
const templateMinification = {
  shouldMinify: ({ tag }) => tag === 'html' || tag === 'svg',
  // `<path …/>` without its slash opens an element: the next shape would nest inside it and not be drawn.
  minifyOptions: { keepClosingSlash: true },
  strategy: {
    ...templateStrategy,
    minifyCSS: (text) => transformSync(text, { loader: 'css', minify: true }).code.trim(),
  },
};
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

/** The studio's one HTML page and its page style sheet, as they are, beside the scripts. */
const studioPage = () => ({
  name: 'dh-studio-page',
  generateBundle() {
    for (const [source, fileName] of [
      ['index.html', 'index.html'],
      ['studio.css', 'assets/studio.css'],
    ])
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`${studio}/src/page/${source}`, 'utf8') });
  },
});

export default [
  // @direkthilfe/core: one ESM file per module, importable from Node and bundlers; dependencies stay external.
  // No source maps: the package ships readable ESM and no sources for maps to point at.
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
      preserveModules: true,
      preserveModulesRoot: `${core}/src`,
    },
    onwarn,
  },
  // @direkthilfe/portal-backend: the server for `npm start`, one file per module; packages stay external.
  {
    // The hashing pool's and the index build's workers are loaded by URL, so they are entries of their own.
    input: {
      main: `${backend}/src/main.ts`,
      index: `${backend}/src/index.ts`,
      'auth/hash-worker': `${backend}/src/auth/hash-worker.ts`,
      'content/src/search-worker': 'packages/content/src/search-worker.ts',
    },
    // The content pipeline ships as TypeScript sources: it is bundled in, its dependencies stay external.
    external: (id) => isPackage(id) && !id.startsWith('@direkthilfe/content'),
    plugins: [resolve(false), typescript(`${backend}/../../tsconfig.json`)],
    output: {
      dir: `${backend}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${backend}/src`,
    },
    onwarn,
  },
  // @direkthilfe/widgets for bundlers: unbundled ESM, one file per module, with bare imports of Lit and the
  // other packages so that the app's bundler loads each once. The script-tag build is below.
  {
    input: readdirSync(`${widgets}/src`, { recursive: true })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'direkthilfe.ts')
      .map((file) => `${widgets}/src/${file}`),
    external: isPackage,
    plugins: [typescript(`${widgets}/tsconfig.json`)],
    output: { dir: `${widgets}/lib`, format: 'es', preserveModules: true, preserveModulesRoot: `${widgets}/src` },
    onwarn,
  },
  // direkthilfe.js: the one file a portal page loads with <script type="module">, the launcher included; the
  // elements load lazily beside it. Lit and everything else bundled and minified, templates included. Its
  // source maps are for decoding reported stack traces: not referenced from the code, not published.
  {
    input: { direkthilfe: `${widgets}/src/direkthilfe.ts` },
    plugins: [
      resolve(true),
      typescript(`${widgets}/tsconfig.json`),
      minifyTemplates({ failOnError: true, options: templateMinification }),
      sizeReport({ label: 'script' }),
    ],
    output: {
      dir: `${widgets}/dist`,
      format: 'es',
      sourcemap: 'hidden',
      entryFileNames: '[name].js',
      chunkFileNames: 'direkthilfe/[name]-[hash].js',
      // Tiny shared modules join a chunk that loads anyway, rather than each costing a request.
      experimentalMinChunkSize: 1000,
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
  // @direkthilfe/studio: the editors' studio at /redaktion/. The entry holds the application, the list and the
  // sign-in; the editor with CodeMirror and the invitation with the password field are chunks of their own,
  // loaded on first use. Nothing of it enters the widget bundles above.
  {
    input: { studio: `${studio}/src/studio.ts` },
    plugins: [
      resolve(true),
      typescript(`${studio}/tsconfig.json`),
      minifyTemplates({ failOnError: true, options: templateMinification }),
      studioPage(),
      sizeReport({ label: 'studio' }),
    ],
    output: {
      dir: `${studio}/dist`,
      format: 'es',
      sourcemap: 'hidden',
      entryFileNames: 'assets/[name].js',
      chunkFileNames: 'assets/chunks/[name]-[hash].js',
      experimentalMinChunkSize: 1000,
      plugins: [minify],
    },
    onwarn,
  },
];
