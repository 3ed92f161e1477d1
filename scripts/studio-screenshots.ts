// `npm run screenshots:studio`: the studio's main pages as the editors' guide shows them (1280 × 800), from a
// real server with the shipped content and the seeded editor. Written to docs/images/ (run `npm run build`
// first: the server serves the built studio).
import { mkdirSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { startPortalServer, studioEditor, TestPortalClient } from '../test/node/helpers/portal-server.js';

const out = 'docs/images';
/** Each page is ready when all of its `ready` selectors match somewhere (shadow roots included). */
const SHOTS: { name: string; path: string; ready: string[] }[] = [
  { name: 'studio-list', path: '/redaktion/', ready: ['tbody tr'] },
  {
    name: 'studio-editor',
    path: '/redaktion/artikel/admin-warenkorb-bestellen/de',
    ready: ['.cm-content', 'dh-article'],
  },
  { name: 'studio-reports', path: '/redaktion/auswertungen', ready: ['dh-studio-reports', 'tbody tr'] },
];

/** Whether `selector` matches anywhere in the page, shadow roots included. */
const deepMatch = (page: Page, selector: string) =>
  page.waitForFunction(
    (wanted: string) => {
      const roots: ParentNode[] = [document];
      while (roots.length) {
        const root = roots.pop()!;
        if (root.querySelector(wanted)) return true;
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
      }
      return false;
    },
    { timeout: 60_000 },
    selector,
  );

mkdirSync(out, { recursive: true });
const server = await startPortalServer();
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const editor = await studioEditor(server.url);
  // A few searches without a result, so that the reports show what editors see there.
  const reader = new TestPortalClient(server.url);
  for (let i = 0; i < 3; i++) {
    await reader.json('POST', '/api/help/searches', { lang: 'de', query: 'Faxgerät anschließen', results: 0 });
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setCookie({ name: 'dh_session', value: editor.cookie('dh_session')!, url: server.url });
  for (const shot of SHOTS) {
    await page.goto(server.url + shot.path, { waitUntil: 'networkidle0' });
    for (const selector of shot.ready) await deepMatch(page, selector);
    await page.screenshot({ path: `${out}/${shot.name}-1280x800.png` });
    console.log(`${out}/${shot.name}-1280x800.png`);
  }
} finally {
  await browser.close();
  await server.stop();
  await server.remove();
}
