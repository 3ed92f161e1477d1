import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, configFromEnv } from '@direkthilfe/portal-backend';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILD_OUTPUTS, buildIsCurrent, recordBuild } from '../../scripts/build-stamp.mjs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, startPortalServer } from './helpers/portal-server.js';

// What only the demo has: its mailbox page and the links to it; and a console that stays readable.

const PAGES_WITH_MAILBOX_LINKS = ['/', '/admin/', '/myportal/anmeldung'];

async function get(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

test('the demo serves its mailbox and links to it', async () => {
  const server = await startPortalServer();
  try {
    assert.equal((await get(`${server.url}/demo/postfach`)).status, 200);
    for (const path of PAGES_WITH_MAILBOX_LINKS)
      assert.match((await get(server.url + path)).body, /href="\/demo\/postfach"/, path);
  } finally {
    await server.stop();
    await server.remove();
  }
});

test('in production there is no mailbox page and no link to it', async () => {
  const server = await startPortalServer({ mode: 'production' });
  try {
    assert.equal((await get(`${server.url}/demo/postfach`)).status, 404);
    for (const path of PAGES_WITH_MAILBOX_LINKS) {
      const { status, body } = await get(server.url + path);
      assert.equal(status, 200, path);
      assert.doesNotMatch(body, /postfach|data-demo-only/i, path);
      assert.match(body, /<\/html>/, `${path} is whole`);
    }
  } finally {
    await server.stop();
    await server.remove();
  }
});

test('request logs are off in demo mode unless LOG_LEVEL asks for them; a wrong level is named', () => {
  assert.equal(configFromEnv({}).logLevel, 'warn');
  assert.equal(configFromEnv({ LOG_LEVEL: 'info' }).logLevel, 'info');
  assert.throws(
    () => configFromEnv({ LOG_LEVEL: 'loud' }),
    (error: unknown) => error instanceof ConfigError && /LOG_LEVEL/.test(error.message),
  );
});

test('the demo started as `npm start` runs it: the welcome letter comes last and framed, requests log nothing', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dh-start-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  // As `npm start` runs it: demo mode, no LOG_LEVEL.
  delete env.LOG_LEVEL;
  delete env.NODE_ENV;
  const server = spawn(process.execPath, ['packages/portal-backend/dist/main.js'], { env });
  let stdout = '';
  let stderr = '';
  server.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', () => stdout.includes('└') && resolve());
      server.on('exit', (code) => reject(new Error(`the server ended (${code}): ${stderr}`)));
    });
    // Requests after the start, a refused one among them: nothing more on the console.
    for (const path of ['/', '/admin/', '/api/me', '/api/help/search?q=warenkorb'])
      await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
    server.kill('SIGTERM');
    await once(server, 'exit');
    // The frame is all the console shows: nothing before it, nothing after it.
    const frame = stdout.trimEnd().split('\n');
    assert.match(frame[0], /^┌─+┐$/);
    assert.match(frame.at(-1)!, /^└─+┘$/, 'the frame is not the last output');
    assert.ok(frame.slice(1, -1).every((line) => /^│ .* │$/.test(line)));
    assert.match(frame.join('\n'), /Willkommensbrief an .+\n│ +Kundennummer: +\S+.*\n│ +Einmal-Passwort: +\S+/);
    assert.equal(stderr, '');
    assert.doesNotMatch(stdout, /"level"|"reqId"/, 'request logs in demo mode');
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('`npm start` builds only when something the build reads changed, or an output is missing', () => {
  const root = mkdtempSync(join(tmpdir(), 'dh-stamp-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  try {
    for (const output of BUILD_OUTPUTS) write(output.endsWith('dist') ? `${output}/de/articles.json` : output, '');
    write('content/de/kontakt.md', 'Kontakt');
    assert.equal(buildIsCurrent(root), false, 'never built');
    recordBuild(root);
    assert.equal(buildIsCurrent(root), true);
    write('packages/widgets/dist/direkthilfe.js', 'built again');
    write('node_modules/.cache/other', 'x');
    assert.equal(buildIsCurrent(root), true, 'outputs and node_modules are no inputs');
    write('content/de/kontakt.md', 'Kontakt, geändert');
    assert.equal(buildIsCurrent(root), false, 'a changed article');
    recordBuild(root);
    rmSync(join(root, BUILD_OUTPUTS[0]));
    assert.equal(buildIsCurrent(root), false, 'a missing output');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('after a content rebuild the running demo serves the changed article, without a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-watch-'));
  const contentDir = join(dir, 'content');
  const contentBuildDir = join(dir, 'dist');
  cpSync('content', contentDir, { recursive: true });
  const server = await startPortalServer({ contentDir, contentBuildDir });
  try {
    const file = join(contentDir, 'de', 'kontakt.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Kontakt nach dem Neubau'));
    // What `npm run content:watch` does after a change: it writes the rebuilt content.
    writeFileSync(join(contentBuildDir, 'articles.json'), '{}');
    const deadline = Date.now() + 30_000;
    let title = '';
    while (title !== 'Kontakt nach dem Neubau' && Date.now() < deadline) {
      title = ((await (await fetch(`${server.url}/api/help/articles/kontakt?lang=de`)).json()) as { title: string })
        .title;
      if (title !== 'Kontakt nach dem Neubau') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(title, 'Kontakt nach dem Neubau');
  } finally {
    await server.stop();
    await server.remove();
    rmSync(dir, { recursive: true, force: true });
  }
});
