import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPResponse, Page } from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, launchChromium, showsArticle, watchedPage } from './helpers/browser.js';
import { freePort, startPortalServer, TestPortalClient, type TestServer } from './helpers/portal-server.js';
import helpStrings from '../../packages/widgets/src/i18n/locales/help.de.js';

// The help embedded in a page of another site, exactly as docs/embedding.md tells a host to do it: the
// snippet with data-dh-api-base, the server's ALLOWED_ORIGINS, and the host's Content-Security-Policy with
// the lines the docs give. The host page comes from a static server of its own (`localhost`), the help from
// the portal server (`127.0.0.1`): two sites, so no cookie of one reaches the other.

const DOCS_HELP_ORIGIN = 'https://help.example';
const docs = readFileSync('docs/embedding.md', 'utf8');
const docsPolicy = docs.match(/```http\nContent-Security-Policy: ([^\n]+)\n```/)?.[1];

let help: TestServer;
let hostServer: Server;
let host: string;
let browser: Browser;
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'dh-host-'));

before(async () => {
  assert.ok(docsPolicy?.includes(DOCS_HELP_ORIGIN), 'docs/embedding.md gives no policy for a cross-origin embed');
  const hostPort = await freePort();
  host = `http://localhost:${hostPort}`;
  help = await startPortalServer({ allowedOrigins: [host] });
  const snippet = docs.match(/<script type="module" src="[^"]+" data-dh-api-base="[^"]+"><\/script>/)![0];
  const script = snippet.replaceAll(DOCS_HELP_ORIGIN, help.url);
  writeFileSync(join(dir, 'index.html'), hostPage({ script, body: '<main><h1>Warenkorb</h1></main>' }));
  // The host's own script: settings before the help has loaded anything.
  writeFileSync(join(dir, 'host.js'), "window.direkthilfe.configure({ theme: 'dark' });\n");
  writeFileSync(
    join(dir, 'dialog.html'),
    hostPage({
      script: `<script type="module" src="${help.url}/direkthilfe.js"></script>`,
      body: `<main><h1>Einstellungen</h1></main>
        <dialog aria-labelledby="dialog-title">
          <h2 id="dialog-title">Warenkorb bearbeiten</h2>
          <dh-help-launcher position="inline"></dh-help-launcher>
          <dh-help-panel api-base="${help.url}" no-dock></dh-help-panel>
        </dialog>`,
    }),
  );
  const policy = docsPolicy!.replaceAll(DOCS_HELP_ORIGIN, help.url);
  ({ server: hostServer } = await startStaticServer({
    port: hostPort,
    mounts: [{ prefix: '/', dir }],
    headers: { 'content-security-policy': policy },
  }));
  browser = await launchChromium();
});

beforeEach(() => {
  problems.length = 0;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
  await help?.stop();
  await help?.remove();
  rmSync(dir, { recursive: true, force: true });
});

function hostPage({ script, body }: { script: string; body: string }) {
  return `<!doctype html>
<html lang="de" data-dh-page="admin/warenkorb" data-dh-roles="admin user">
  <head>
    <meta charset="utf-8" />
    <title>Intranet</title>
    ${script}
    <script type="module" src="/host.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

const api = () => new TestPortalClient(help.url);

/** Types the search, picks the result with `title` (a real click), waits for the article. */
async function searchAndOpen(page: Page, query: string, title: string) {
  const input = await page.waitForSelector('dh-help-panel >>> dh-help-search >>> input');
  await input!.click();
  await page.keyboard.type(query);
  const result = await page.waitForSelector(`dh-help-panel >>> dh-help-search >>> ::-p-text(${title})`);
  await result!.click();
  await showsArticle(page, title);
}

/** "Ja" under the article, with a real click; resolves with the feedback request's answer. */
async function answerHelpful(page: Page): Promise<HTTPResponse> {
  const sent = page.waitForResponse(
    (r) => r.url() === `${help.url}/api/help/feedback` && r.request().method() === 'POST',
  );
  const yes = await page.waitForSelector('dh-help-panel >>> dh-article >>> .feedback button');
  await yes!.click();
  return sent;
}

/** Problems of the page, without the one 404 a page key unknown to the help is expected to get. */
const unexpected = (unknownPage?: string) =>
  problems.filter(
    (problem) =>
      !(
        unknownPage &&
        problem === `404 ${help.url}/api/help/context/${encodeURIComponent(unknownPage)}?lang=de&role=admin`
      ),
  );

test('the snippet on another site: launcher, panel, page topic, search, article, feedback, SPA route', async () => {
  const topic = (await api().json('GET', '/api/help/context/admin/warenkorb?role=admin')).body;
  const cart = (await api().json('GET', '/api/help/articles/admin-warenkorb-bestellen')).body;
  const page = await watchedPage(browser, [host, help.url], problems);
  await page.goto(`${host}/`, { waitUntil: 'networkidle0' });
  const launcher = await page.waitForSelector('dh-help-launcher >>> button');
  await launcher!.click();
  await showsArticle(page, topic.primary!.title);

  const panel = await page.$('dh-help-panel');
  assert.deepEqual(
    await panel!.evaluate((p) => [
      document.querySelectorAll('dh-help-panel').length,
      p.getAttribute('api-base'),
      p.getAttribute('theme'),
    ]),
    [1, help.url, 'dark'],
  );
  // The wizards drive the portal's own API with its session: not offered on another origin.
  assert.equal(await page.$('dh-help-panel >>> #first-steps-start'), null);
  // Settings after load reach the panel that is there.
  await page.evaluate(() => window.direkthilfe!.configure({ theme: 'light' }));
  await page.waitForFunction(() => document.querySelector('dh-help-panel')!.getAttribute('theme') === 'light');

  await searchAndOpen(page, 'warenkorp', cart.title);
  assert.deepEqual(await axeViolations(page), []);
  const feedback = await answerHelpful(page);
  assert.equal(feedback.status(), 204);
  assert.equal(feedback.request().headers().cookie, undefined);
  assert.equal(feedback.request().headers()['x-csrf-token'], undefined);

  // A route of the host's single-page app that the help does not know: the "no topic" state, search still there.
  await page.evaluate(() => {
    window.direkthilfe!.close();
    window.direkthilfe!.setPage('admin/unbekannt');
    // Opened again with an empty search: the home view of the new route.
    window.direkthilfe!.search('');
  });
  await page.waitForFunction(
    (text: string) =>
      document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('p.state')?.textContent === text,
    {},
    helpStrings.panel.noTopic,
  );
  assert.ok(await page.$('dh-help-panel >>> dh-help-search >>> input'));
  assert.deepEqual(unexpected('admin/unbekannt'), []);
  await page.close();
});

test("inside a host dialog opened with showModal(): the page's own panel element, above the dialog", async () => {
  const cart = (await api().json('GET', '/api/help/articles/admin-warenkorb-bestellen')).body;
  const topic = (await api().json('GET', '/api/help/context/admin/warenkorb?role=admin')).body;
  const page = await watchedPage(browser, [host, help.url], problems);
  await page.goto(`${host}/dialog.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.querySelector('dialog')!.showModal());
  const launcher = await page.waitForSelector('dialog dh-help-launcher >>> button');
  await launcher!.click();
  await showsArticle(page, topic.primary!.title);
  // The panel the page placed (with its api-base) is the one panel, and it is a modal dialog of its own.
  assert.deepEqual(
    await page.evaluate(() => [
      document.querySelectorAll('dh-help-panel').length,
      document.querySelector('dh-help-panel')!.parentElement!.localName,
      document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dialog')?.matches(':modal'),
    ]),
    [1, 'dialog', true],
  );
  // Real clicks: they reach the panel only if nothing of the host lies above it.
  await searchAndOpen(page, 'warenkorp', cart.title);
  const feedback = await answerHelpful(page);
  assert.equal(feedback.status(), 204);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(unexpected(), []);
  await page.close();
});
