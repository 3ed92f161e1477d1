import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchChromium, showsArticle, watchedPage } from './helpers/browser.js';
import { createEditor, EDITOR_PASSWORD } from './helpers/editor.js';
import { freePort, startPortalServer, TestPortalClient, type TestServer } from './helpers/portal-server.js';

// The reports end to end: readers use the panel on a page of another site (the snippet from
// docs/embedding.md), the editor reads the studio's reports view (`dh-studio-reports`) on the help server.
// A search nobody found anything for reaches the report once three readers made it that day; "Nein" with a
// comment reaches the feedback report; `data-dh-analytics="off"` (or `configure`) keeps every search report
// in the page.

const NOTHING_FOUND = 'Warteschleifenmusik';
const NORMALISED = 'warteschleifenmusik';
const COMMENT = 'Mir fehlt, wie ich die Wartemusik ändere.';
const docs = readFileSync('docs/embedding.md', 'utf8');
const policy = docs.match(/```http\nContent-Security-Policy: ([^\n]+)\n```/)![1];

let help: TestServer;
let hostServer: Server;
let host: string;
let browser: Browser;
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'dh-reports-'));

const hostPage = (script: string) => `<!doctype html>
<html lang="de" data-dh-page="admin/warenkorb" data-dh-roles="admin user">
  <head>
    <meta charset="utf-8" />
    <title>Intranet</title>
    ${script}
  </head>
  <body><main><h1>Warenkorb</h1></main></body>
</html>`;

before(async () => {
  const hostPort = await freePort();
  host = `http://localhost:${hostPort}`;
  help = await startPortalServer({ allowedOrigins: [host] });
  const snippet = (extra = '') =>
    `<script type="module" src="${help.url}/direkthilfe.js" data-dh-api-base="${help.url}"${extra}></script>`;
  writeFileSync(join(dir, 'index.html'), hostPage(snippet()));
  writeFileSync(join(dir, 'off.html'), hostPage(snippet(' data-dh-analytics="off"')));
  writeFileSync(
    join(dir, 'configured.html'),
    hostPage(`${snippet()}\n    <script type="module" src="/configure.js"></script>`),
  );
  writeFileSync(join(dir, 'configure.js'), "window.direkthilfe.configure({ analytics: 'off' });\n");
  ({ server: hostServer } = await startStaticServer({
    port: hostPort,
    mounts: [{ prefix: '/', dir }],
    headers: { 'content-security-policy': policy.replaceAll('https://help.example', help.url) },
  }));
  await createEditor(help, 'redaktion.test');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
  await help?.stop();
  await help?.remove();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * An element inside shadow roots, once shown. Waiting for visibility polls every frame: changes inside a
 * shadow root escape the document's mutation observer that a plain `waitForSelector` waits on.
 */
const shown = (page: Page, selector: string) => page.waitForSelector(selector, { visible: true });

/** A reader of its own (a fresh browser context) with the panel open on a host page; `requests` records all. */
async function reader(path = '/') {
  const page = await watchedPage(browser, [host, help.url], problems);
  const requests: HTTPRequest[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(host + path, { waitUntil: 'networkidle0' });
  const launcher = await shown(page, 'dh-help-launcher >>> button');
  await launcher!.click();
  await shown(page, 'dh-help-panel >>> dh-article');
  return { page, requests };
}

const isReport = (r: HTTPRequest) => r.url() === `${help.url}/api/help/searches` && r.method() === 'POST';

/** Types into the panel's search box as a reader does. */
async function search(page: Page, text: string) {
  const input = await shown(page, 'dh-help-panel >>> dh-help-search >>> input');
  await input!.click();
  await page.keyboard.type(text);
}

/** The panel's "no results" state for the query. */
const showsNothingFound = (page: Page) => shown(page, 'dh-help-panel >>> dh-help-search >>> [part="empty"]');

test('three readers search for what the help lacks: each search is reported once, normalised, without cookies', async () => {
  for (let i = 0; i < 3; i++) {
    const { page, requests } = await reader();
    const reported = page.waitForResponse((r) => isReport(r.request()));
    await search(page, NOTHING_FOUND);
    await showsNothingFound(page);
    const answer = await reported;
    assert.equal(answer.status(), 204);
    const request = answer.request();
    assert.deepEqual(JSON.parse(request.postData()!), { lang: 'de', query: NORMALISED, results: 0 });
    assert.equal(request.headers().cookie, undefined);
    assert.equal(request.headers()['x-csrf-token'], undefined);
    // Once, not per keystroke.
    assert.equal(requests.filter(isReport).length, 1);
    await page.browserContext().close();
  }
});

test('a reader opens a result: the search and the result opened are reported, nothing else', async () => {
  const { page, requests } = await reader();
  const cart = (await new TestPortalClient(help.url).json('GET', '/api/help/articles/admin-warenkorb-bestellen')).body;
  const opened = page.waitForResponse(
    (r) => isReport(r.request()) && (r.request().postData() ?? '').includes('opened'),
  );
  await search(page, 'warenkorp');
  const result = await shown(page, `dh-help-panel >>> dh-help-search >>> ::-p-text(${cart.title})`);
  await result!.click();
  await showsArticle(page, cart.title);
  assert.equal((await opened).status(), 204);
  const [searched, ...rest] = requests.filter(isReport).map((r) => JSON.parse(r.postData()!));
  assert.equal(searched.query, 'warenkorp');
  assert.ok(searched.results > 0);
  assert.deepEqual(rest, [{ ...searched, opened: 'admin-warenkorb-bestellen' }]);
  await page.browserContext().close();
});

test('"Nein", then what was missing: the answer and the comment go out without anything about the reader', async () => {
  const { page } = await reader();
  const answered = page.waitForResponse(
    (r) => r.url() === `${help.url}/api/help/feedback` && !(r.request().postData() ?? '').includes('comment'),
  );
  const no = await shown(page, 'dh-help-panel >>> dh-article >>> .feedback ::-p-text(Nein)');
  await no!.click();
  assert.equal((await answered).status(), 204);
  const field = await shown(page, 'dh-help-panel >>> dh-feedback-comment >>> textarea');
  // The form took the focus from the button that went away.
  assert.equal(await field!.evaluate((f) => (f.getRootNode() as ShadowRoot).activeElement === f), true);
  await page.keyboard.type(COMMENT);
  const commented = page.waitForResponse(
    (r) => r.url() === `${help.url}/api/help/feedback` && (r.request().postData() ?? '').includes('comment'),
  );
  const send = await shown(page, 'dh-help-panel >>> dh-feedback-comment >>> ::-p-text(Hinweis senden)');
  await send!.click();
  const answer = await commented;
  assert.equal(answer.status(), 204);
  assert.deepEqual(JSON.parse(answer.request().postData()!), {
    articleId: 'admin-warenkorb-bestellen',
    helpful: false,
    lang: 'de',
    comment: COMMENT,
  });
  await shown(page, 'dh-help-panel >>> dh-feedback-comment >>> ::-p-text(Danke!)');
  await page.browserContext().close();
});

test('the editor sees both in the studio’s reports view; "Artikel anlegen" carries the query', async () => {
  const { outputFiles } = await build({
    entryPoints: ['packages/studio/src/dh-studio-reports/dh-studio-reports.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    tsconfig: 'packages/widgets/tsconfig.json',
    write: false,
  });
  const page = await watchedPage(browser, help.url, problems);
  // The studio app serves this element; here it goes into a page of the help server, past its policy.
  await page.setBypassCSP(true);
  await page.goto(`${help.url}/`, { waitUntil: 'networkidle0' });
  const login = await page.evaluate(async (password: string) => {
    const { token } = await (await fetch('/api/csrf-token')).json();
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify({ username: 'redaktion.test', password, role: 'editor' }),
    });
    return response.status;
  }, EDITOR_PASSWORD);
  assert.equal(login, 200);
  await page.addScriptTag({ content: outputFiles[0].text, type: 'module' });
  await page.evaluate(() => {
    const reports = document.createElement('dh-studio-reports');
    reports.addEventListener(
      'dh-create-article',
      (e) => ((window as unknown as { created: unknown }).created = e.detail),
    );
    document.querySelector('main')!.replaceChildren(reports);
  });

  const row = await shown(page, `dh-studio-reports >>> table ::-p-text(${NORMALISED})`);
  const cells = await row!.evaluate((cell) =>
    [...cell.closest('tr')!.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
  assert.deepEqual(cells.slice(0, 4), [NORMALISED, 'Deutsch', '3', '3']);
  const create = await shown(page, `dh-studio-reports >>> ::-p-text(Artikel anlegen zu „${NORMALISED}“)`);
  await create!.click();
  assert.deepEqual(await page.evaluate(() => (window as unknown as { created: unknown }).created), {
    keyword: NORMALISED,
    lang: 'de',
  });
  const comment = await shown(page, `dh-studio-reports >>> ::-p-text(${COMMENT})`);
  const feedbackRow = await comment!.evaluate((c) =>
    [...c.closest('tr')!.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
  assert.match(feedbackRow[0], /admin-warenkorb-bestellen$/);
  assert.deepEqual(feedbackRow.slice(3, 5), ['0', '1']);
  // The opened result of the fourth reader's search is not shown: that query was made once.
  assert.equal(await page.$('dh-studio-reports >>> ::-p-text(warenkorp)'), null);
  assert.deepEqual(problems, []);
  await page.browserContext().close();
});

test('data-dh-analytics="off", or configure({ analytics: "off" }): the panel reports no search', async () => {
  const cart = (await new TestPortalClient(help.url).json('GET', '/api/help/articles/admin-warenkorb-bestellen')).body;
  for (const path of ['/off.html', '/configured.html']) {
    const { page, requests } = await reader(path);
    await search(page, NOTHING_FOUND);
    await showsNothingFound(page);
    await page.evaluate(() => window.direkthilfe!.search('warenkorp'));
    const result = await shown(page, `dh-help-panel >>> dh-help-search >>> ::-p-text(${cart.title})`);
    await result!.click();
    await showsArticle(page, cart.title);
    // A request the reader makes after all that: what the panel would have reported went out before it.
    const answered = page.waitForResponse((r) => r.url() === `${help.url}/api/help/feedback`);
    const yes = await shown(page, 'dh-help-panel >>> dh-article >>> .feedback ::-p-text(Ja)');
    await yes!.click();
    assert.equal((await answered).status(), 204);
    assert.deepEqual(
      requests.filter((r) => isReport(r) || r.url().includes('/panel-reports-')).map((r) => r.url()),
      [],
      path,
    );
    await page.browserContext().close();
  }
  assert.deepEqual(problems, []);
});
