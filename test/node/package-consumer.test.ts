import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import semver from 'semver';
import type { Browser } from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchChromium } from './helpers/browser.js';

// The packages as an app gets them: `npm pack`, installed from the tarballs into a temporary app, bundled
// with esbuild and opened in Chromium; and the app's TypeScript checked with `tsc --strict` against the
// packages' types.

const run = promisify(execFile);
const ROOT = resolve('.');
const PACKED_LIMIT = 600_000;
const ELEMENTS = [
  'dh-article',
  'dh-help-launcher',
  'dh-help-panel',
  'dh-help-search',
  'dh-password-field',
  'dh-role-switch',
  'dh-wizard',
];

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

interface Packed {
  name: string;
  filename: string;
  size: number;
  files: { path: string }[];
}

const work = mkdtempSync(join(tmpdir(), 'dh-consumer-'));
const app = join(work, 'app');
let packed: Packed[] = [];
let browser: Browser | undefined;
let server: Server | undefined;

before(async () => {
  assert.ok(existsSync('packages/widgets/lib/index.d.ts'), 'the package build is missing: run npm run build first');
  const { stdout } = await run(
    'npm',
    [
      'pack',
      '--json',
      '--ignore-scripts',
      `--pack-destination=${work}`,
      '-w',
      '@direkthilfe/core',
      '-w',
      '@direkthilfe/widgets',
    ],
    { cwd: ROOT },
  );
  packed = JSON.parse(stdout) as Packed[];
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }));
  // Each tarball unpacked as npm would; the dependencies it declares (and Lit, which the app imports itself)
  // linked from the workspace's node_modules, which `npm ci` filled: no registry needed. Only declared
  // dependencies are visible to the packages, as in an app.
  const dependencies = new Set(['lit']);
  for (const { name, filename } of packed) {
    const dir = join(app, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    await run('tar', ['-xzf', join(work, filename), '-C', dir, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: object };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) dependencies.add(dependency);
  }
  for (const name of dependencies) {
    if (name.startsWith('@direkthilfe/')) continue;
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('each tarball is at most 600 KB packed, with README and LICENSE, no source maps and no file twice', () => {
  assert.deepEqual(packed.map((p) => p.name).sort(), ['@direkthilfe/core', '@direkthilfe/widgets']);
  for (const { name, size, files } of packed) {
    const paths = files.map((f) => f.path);
    assert.ok(size <= PACKED_LIMIT, `${name}: ${size} B packed > ${PACKED_LIMIT} B`);
    for (const required of ['README.md', 'LICENSE', 'package.json'])
      assert.ok(paths.includes(required), `${name}: ${required}`);
    assert.deepEqual(
      paths.filter((p) => p.endsWith('.map')),
      [],
      `${name} ships source maps`,
    );
    assert.deepEqual(
      paths.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts')),
      [],
      `${name} ships TypeScript sources`,
    );
  }
  // One copy of each chunk: the strength dictionaries once in core, once in the script build.
  const widgets = packed.find((p) => p.name === '@direkthilfe/widgets')!.files.map((f) => f.path);
  assert.equal(
    widgets.filter((p) => /strength/.test(p)).length,
    1,
    'the strength chunk is in the package more than once',
  );
  for (const { name } of packed) {
    // Chunks and modules (declarations of one-line modules may well read the same).
    const files = listFiles(join(app, 'node_modules', name)).filter((file) => file.endsWith('.js'));
    const contents = files.map((file) => readFileSync(file, 'utf8'));
    const twice = files.filter((_, i) => contents.indexOf(contents[i]) !== i);
    assert.deepEqual(twice, [], `${name}: the same file twice`);
  }
});

test('every export of the widgets package has its file and its types in the package', () => {
  const installed = join(app, 'node_modules/@direkthilfe/widgets');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { types: string; default?: string }>;
    sideEffects: string[];
  };
  for (const tag of ELEMENTS) assert.ok(manifest.exports[`./${tag}.js`], `no entry for ${tag}`);
  for (const [entry, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'string') {
      assert.ok(existsSync(join(installed, target)), `${entry}: ${target} is missing`);
      continue;
    }
    assert.ok(existsSync(join(installed, target.types)), `${entry}: types ${target.types} are missing`);
    if (target.default)
      assert.ok(existsSync(join(installed, target.default)), `${entry}: ${target.default} is missing`);
  }
  assert.ok(manifest.sideEffects.includes('./lib/dh-*.js'), 'the defining modules are not named as side effects');
});

test('the bundled app loads Lit once, and the imported elements work', async () => {
  writeFileSync(
    join(app, 'src/main.js'),
    `import { LitElement, html } from 'lit';
import '@direkthilfe/widgets/dh-article.js';
import '@direkthilfe/widgets/dh-password-field.js';

customElements.define('app-greeting', class extends LitElement {
  render() {
    return html\`<p>Willkommen</p>\`;
  }
});
`,
  );
  writeFileSync(
    join(app, 'src/index.html'),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="./main.js"></script></head>
<body><app-greeting></app-greeting><dh-article></dh-article><dh-password-field username="anna.berger"></dh-password-field></body></html>`,
  );
  await build({
    absWorkingDir: app,
    entryPoints: ['src/main.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: 'dist',
    logLevel: 'silent',
  });
  writeFileSync(join(app, 'dist/index.html'), readFileSync(join(app, 'src/index.html')));
  const started = await startStaticServer({ mounts: [{ prefix: '/', dir: join(app, 'dist') }] });
  server = started.server;
  browser = await launchChromium();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push((e as Error).message));
  await page.goto(`${started.url}/index.html`);
  await page.waitForFunction(() =>
    ['app-greeting', 'dh-article', 'dh-password-field'].every((tag) => customElements.get(tag)),
  );
  assert.deepEqual(
    await page.evaluate(() => (window as unknown as { litElementVersions: string[] }).litElementVersions),
    ['4.2.2'],
  );

  // The article renders its content, sanitised.
  await page.evaluate(() => {
    const article = document.querySelector('dh-article') as HTMLElement & { article: unknown };
    article.article = {
      id: 'probe',
      title: 'Erste Schritte',
      html: '<p>Willkommen im Portal.</p><img src="x" onerror="window.hacked = true">',
      lang: 'de',
    };
  });
  await page.waitForFunction(() => document.querySelector('dh-article')!.shadowRoot!.querySelector('h2')?.textContent);
  const article = await page.evaluate(() => {
    const root = document.querySelector('dh-article')!.shadowRoot!;
    return { title: root.querySelector('h2')!.textContent, body: root.querySelector('.content')!.innerHTML };
  });
  assert.equal(article.title, 'Erste Schritte');
  assert.match(article.body, /Willkommen im Portal\./);
  assert.doesNotMatch(article.body, /onerror/);

  // The password field checks with its German strings and estimates the strength, whose data load lazily.
  await page.waitForFunction(() =>
    document.querySelector('dh-password-field')!.shadowRoot!.querySelector('input[type=password]'),
  );
  // Every estimate the field announces; the data may arrive while typing, so earlier ones rate a prefix.
  await page.evaluate(() => {
    const scores: number[] = [];
    (window as unknown as { scores: number[] }).scores = scores;
    document.addEventListener('dh-password-change', (e) => {
      const { score } = (e as CustomEvent<{ score: number | null }>).detail;
      if (score !== null) scores.push(score);
    });
  });
  const input = await page.evaluateHandle(() =>
    document.querySelector('dh-password-field')!.shadowRoot!.querySelector('input[type=password]')!,
  );
  // Within the policy's characters: while a rule fails, the meter stays at 'schwach'.
  await input.asElement()!.type('Kl4vier-Regen-Bahnhof');
  const strong = await page
    .waitForFunction(() => (window as unknown as { scores: number[] }).scores.some((score) => score >= 3), {
      timeout: 60_000,
    })
    .then(
      () => true,
      () => false,
    );
  const scores = await page.evaluate(() => (window as unknown as { scores: number[] }).scores);
  assert.ok(strong, `scores ${scores.join(', ')}`);
  const rules = await page.evaluate(() => document.querySelector('dh-password-field')!.shadowRoot!.textContent!);
  assert.match(rules, /Zeichen/);
  assert.deepEqual(errors, []);
});

test('tsc --strict accepts e.detail of every event and window.direkthilfe, from the main types and from direkthilfe.js', async () => {
  const checks = {
    'elements.ts': `import '@direkthilfe/widgets/dh-help-panel.js';
import '@direkthilfe/widgets/dh-password-field.js';
import '@direkthilfe/widgets/dh-wizard.js';
import type { Direkthilfe } from '@direkthilfe/widgets';

const seen: unknown[] = [];
document.addEventListener('dh-open', (e) => seen.push(e.detail.page?.toUpperCase()));
document.addEventListener('dh-close', (e) => seen.push(e.detail.page));
document.addEventListener('dh-article-view', (e) => seen.push(e.detail.id, e.detail.lang));
document.addEventListener('dh-state-change', (e) => seen.push(e.detail.open, e.detail.query));
document.addEventListener('dh-article-link', (e) => seen.push(e.detail.id.length));
document.addEventListener('dh-feedback', (e) => seen.push(e.detail.helpful === true));
document.addEventListener('dh-menu-path', (e) => seen.push(e.detail.page, e.detail.href, e.detail.active));
document.addEventListener('dh-search', (e) => seen.push(e.detail.query, e.detail.count + 1));
document.addEventListener('dh-result-select', (e) => seen.push(e.detail.id));
document.addEventListener('dh-query-change', (e) => seen.push(e.detail.query));
document.addEventListener('dh-role-change', (e) => seen.push(e.detail.role === 'admin'));
document.addEventListener('dh-password-change', (e) => seen.push(e.detail.valid, e.detail.failed[0], e.detail.score));
document.addEventListener('dh-wizard-step', (e) => seen.push(e.detail.flow, e.detail.step, e.detail.position / e.detail.total));
document.addEventListener('dh-wizard-close', (e) => seen.push(e.detail.complete));

const panel = document.createElement('dh-help-panel');
panel.apiBase = 'https://help.example';
panel.addEventListener('dh-open', (e) => seen.push(e.detail.page));
const field: HTMLElementTagNameMap['dh-password-field'] = document.createElement('dh-password-field');
seen.push(field.value);

panel.wizards = 'off';

const help: Direkthilfe | undefined = window.direkthilfe;
help?.configure({ apiBase: 'https://help.example', noDock: true, theme: 'dark', wizards: 'off' });
help?.setPage('admin/warenkorb');
help?.showArticle('warenkorb');
help?.search('warenkorb');
help?.setRole('admin');
help?.setLanguage('en');
help?.startWizard('admin-first-setup');
help?.toggle(document.body);
void help?.prefetch();
help?.subscribe((next) => seen.push(next.open));
void help?.ready().then((state) => seen.push(state.snapshot.role));
`,
    'script.ts': `import type {} from '@direkthilfe/widgets/direkthilfe.js';

window.direkthilfe?.configure({ apiBase: 'https://help.example' });
window.direkthilfe?.open();
window.direkthilfe?.setPage('myportal/start');
export const open: boolean | undefined = window.direkthilfe?.state?.snapshot.open;
`,
  };
  for (const [file, source] of Object.entries(checks)) writeFileSync(join(app, 'src', file), source);
  // Each file on its own: the window augmentation must come from the entry it imports.
  for (const file of Object.keys(checks)) {
    const tsconfig = join(app, `tsconfig.${file}.json`);
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom', 'dom.iterable'],
          types: [],
        },
        files: [join('src', file)],
      }),
    );
    const result = await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', tsconfig], { cwd: app }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
    );
    assert.ok(!('failed' in result), `tsc on ${file}:\n${result.stdout}`);
  }
});

test('every locked dependency runs on the oldest Node the project supports (no EBADENGINE on npm ci)', () => {
  const root = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
  const oldest = semver.minVersion(root.engines.node)!.version;
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
  };
  const refused = Object.entries(lock.packages)
    .filter(([, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range !== undefined && !semver.satisfies(oldest, range);
    })
    .map(([path, entry]) => `${path}@${entry.version}`);
  assert.deepEqual(refused, [], `need a newer Node than ${oldest}`);
});
