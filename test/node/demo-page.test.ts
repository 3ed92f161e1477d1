import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { startDemo } from '../../scripts/serve-demo.mjs';

// The demo page as `npm start` serves it: the built single-file bundle, under the strict CSP.
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const violations: string[] = [];
const requests: string[] = [];

before(async () => {
  assert.ok(existsSync('packages/widgets/dist/direkthilfe.js'), 'the bundle is missing: run npm run build first');
  ({ server, url } = await startDemo({ port: 0, host: '127.0.0.1' }));
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.log(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${url}/`, { waitUntil: 'networkidle0' });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const fieldState = (p: Page, rule: string) =>
  p.$eval(
    'dh-password-field',
    (el, id) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-rule="${id}"]`)!.dataset.state,
    rule,
  );

test('the demo page renders the password field in the "Neues Passwort vergeben" form', async () => {
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Neues Passwort vergeben');
  const label = await page.$eval('dh-password-field', (el) => el.shadowRoot!.querySelector('label')!.textContent);
  assert.equal(label, 'Neues Passwort');
});

test('a user can set a password with the keyboard alone, and the form refuses a weak one first', async () => {
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sommer2024');
  await page.waitForFunction(
    () =>
      document
        .querySelector('dh-password-field')!
        .shadowRoot!.querySelector('li[data-rule="notCommon"]')!
        .getAttribute('data-state') !== 'pending',
  );
  assert.equal(await fieldState(page, 'notCommon'), 'failed');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('form-status')!.textContent !== '');
  assert.match(
    await page.$eval('#form-status', (s) => s.textContent!),
    /kann noch nicht gespeichert werden: Dieses Passwort ist zu bekannt/,
  );

  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type('Kaffee.Tasse-42');
  await page.keyboard.press('Tab'); // the "show password" toggle
  await page.keyboard.press('Tab'); // the confirmation
  await page.keyboard.type('Kaffee.Tasse-42');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Weiter');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.getElementById('form-status')!.textContent!.includes('erfüllt alle Regeln'),
  );
});

test('the page works under its strict Content-Security-Policy and requests nothing from elsewhere', () => {
  assert.deepEqual(violations, []);
  const foreign = requests.filter((r) => !r.startsWith(url));
  assert.deepEqual(foreign, []);
  assert.ok(
    requests.some((r) => /\/direkthilfe\/strength-[\w-]+\.js$/.test(r)),
    'the strength chunk was not loaded lazily',
  );
});
