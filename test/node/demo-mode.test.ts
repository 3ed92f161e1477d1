import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, configFromEnv } from '@direkthilfe/portal-backend';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortalServer } from './helpers/portal-server.js';

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
