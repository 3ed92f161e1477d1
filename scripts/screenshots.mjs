// `npm run screenshots`: the panel's and the wizards' main states as the docs show them, at a desktop
// (1280 × 800) and a phone (375 × 740) size, from the built Storybook (run `npm run build-storybook` first).
// Written to docs/images/; the stories use the same mocked answers every time, so the images only change
// when the product does.
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from './find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';

const dir = 'storybook-static';
const out = 'docs/images';
/** Image name → story id. */
const SHOTS = {
  'panel-home': 'elements-dh-help-panel--admin-view',
  'panel-article': 'elements-dh-help-panel--article-with-guide',
  'panel-no-results': 'elements-dh-help-panel--no-results',
  'wizard-admin-first-step': 'wizard-admin-first-setup--bsp-access-empty',
  'wizard-admin-middle-step': 'wizard-admin-first-setup--set-up-workplace-empty',
  'wizard-admin-last-step': 'wizard-admin-first-setup--activation-mail',
  'wizard-admin-finish': 'wizard-admin-first-setup--complete',
  'wizard-user-first-step': 'wizard-user-first-login--welcome-before-login',
  'wizard-user-middle-step': 'wizard-user-first-login--desk-phone-first-login-data',
  'wizard-user-last-step': 'wizard-user-first-login--clients',
  'wizard-user-finish': 'wizard-user-first-login--complete',
};
const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];

if (!existsSync(`${dir}/index.json`)) {
  console.error(`${dir}/index.json is missing: run npm run build-storybook first.`);
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const { server, url } = await startStaticServer({ mounts: [{ prefix: '/', dir }] });
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  for (const { width, height } of SIZES) {
    await page.setViewport({ width, height });
    for (const [name, id] of Object.entries(SHOTS)) {
      await page.goto(`${url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
      // Rendered, with every element inside settled (lazy chunks, mocked answers).
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root *')].some(
            (e) => e.localName.startsWith('dh-') && e.shadowRoot?.childElementCount,
          ),
        { timeout: 30_000 },
      );
      await page.evaluate(async () => {
        const deep = (root) =>
          [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);
        for (const element of deep(document)) await element.updateComplete;
        await document.fonts.ready;
      });
      const file = `${out}/${name}-${width}x${height}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.close();
}
