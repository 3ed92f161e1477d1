import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { portalResources } from '../../packages/core/src/i18n/portal-resources.js';
import { axeViolations, useDemoPortalInBrowser, watchedPage } from './helpers/browser.js';
import { TestPortalClient, waitForMail } from './helpers/portal-server.js';

// The demo portal as `npm start` serves it: real pages on the real API, in Chromium, under the strict CSP.

const PAGES: [string, string][] = [
  ['/', 'demo/start'],
  ['/demo/postfach', 'demo/postfach'],
  ['/admin/', 'admin/start'],
  ['/admin/gruppen', 'admin/gruppen'],
  ['/admin/arbeitsplaetze', 'admin/arbeitsplaetze'],
  ['/admin/arbeitsplaetze/neu', 'admin/arbeitsplatz-einrichten'],
  ['/admin/arbeitsplaetze/1', 'admin/arbeitsplatz-bearbeiten'],
  ['/admin/warenkorb', 'admin/warenkorb'],
  ['/admin/auftraege', 'admin/auftragsstatus'],
  ['/admin/passwort', 'admin/passwort-vergeben'],
  ['/myportal/anmeldung', 'user/anmeldung'],
  ['/myportal/passwort', 'user/passwort-vergeben'],
  ['/myportal/', 'user/uebersicht'],
  ['/myportal/endgeraete', 'user/endgeraete'],
  ['/myportal/downloads', 'user/hilfe-downloads'],
];

const portal = useDemoPortalInBrowser();

const newPage = () => watchedPage(portal.browser, portal.server.url, portal.problems);
const axe = axeViolations;

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');

/** Waits for a condition in the page, failing with a label that says which step did not happen. */
async function until(page: Page, label: string, condition: (...args: string[]) => unknown, ...args: string[]) {
  try {
    await page.waitForFunction(condition, {}, ...args);
  } catch {
    throw new Error(`${label} (at ${page.url()})`);
  }
}

/** Types a new password and its repetition into a `<dh-password-field>` by keyboard; waits until it is valid. */
async function typeValidPassword(page: Page, password: string, field = 'dh-password-field') {
  await page.focus(field);
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await until(
    page,
    `the password field accepts ${password}`,
    (selector: string) => (document.querySelector(selector) as unknown as { checkValidity(): boolean }).checkValidity(),
    field,
  );
}

describe('demo portal pages', () => {
  test('every page declares its page key, gets the launcher, passes axe and runs under the strict CSP', async () => {
    const page = await newPage();
    for (const [url, key] of PAGES) {
      await page.goto(portal.server.url + url, { waitUntil: url === '/admin/auftraege' ? 'load' : 'networkidle0' });
      assert.equal(await page.$eval('html', (e) => e.dataset.dhPage), key, url);
      await page.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
      const name = await page.$eval('dh-help-launcher', (e) =>
        e.shadowRoot!.querySelector('button')!.textContent!.trim(),
      );
      assert.equal(name, 'Direkthilfe', url);
      assert.deepEqual(await axe(page), [], url);
    }
    assert.deepEqual(portal.problems, []);
    await page.close();
  });

  test("the forms say what is missing with the wizard's own field messages, before anything is sent", async () => {
    const { form } = portalResources.de.core;
    const page = await newPage();
    await page.goto(`${portal.server.url}/admin/`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#login-form', { visible: true });
    await page.click('#login-form button[type="submit"]');
    await until(page, 'the missing user name is shown at its field', () =>
      document.querySelector('#login-form .field-error'),
    );
    assert.equal(await text(page, '#login-form .field-error'), form.required.replace('{{label}}', 'Benutzername'));
    assert.equal(await text(page, '#login-form [role="alert"]'), form.invalid);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-username');

    await page.type('#register-username', 'neue.admin');
    await page.type('#register-email', 'ohne-at-zeichen');
    await page.click('#register-form button[type="submit"]');
    await until(page, 'the mistyped e-mail address is shown at its field', () =>
      document.querySelector('#register-form .field-error'),
    );
    assert.equal(await text(page, '#register-form .field-error'), form.email);
    assert.deepEqual(portal.problems, []);
    await page.close();
  });

  test('a user does the first login in the browser: temporary password, new password, overview', async () => {
    const page = await newPage();
    await page.goto(`${portal.server.url}/myportal/anmeldung`, { waitUntil: 'networkidle0' });
    await page.type('#request-username', 'anna.berger');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sent-dialog[open]');
    await page.click('#to-step2');
    const mail = await waitForMail(
      new TestPortalClient(portal.server.url),
      (m) => m.data.kind === 'temporary-password' && m.data.username === 'anna.berger',
    );
    await page.type('#temp-password', mail.data.temporaryPassword);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/myportal/passwort');

    await page.waitForFunction(() => customElements.get('dh-password-field'));
    await page.focus('dh-password-field');
    await page.keyboard.type('Anna.Berger1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anna.Berger1');
    await page.waitForFunction(
      () =>
        document
          .querySelector('dh-password-field')!
          .shadowRoot!.querySelector('li[data-rule="notContainsUsername"]')
          ?.getAttribute('data-state') === 'failed',
    );
    await page.click('#password-form button[type="submit"]');
    assert.equal(new URL(page.url()).pathname, '/myportal/passwort', 'a password with the user name was accepted');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(
      loaded.some((name) => /\/direkthilfe\/strength-[\w-]+\.js$/.test(name)),
      'the strength chunk was not loaded lazily',
    );

    const field = await page.$('dh-password-field');
    await field!.evaluate((el) => {
      (el as HTMLElement & { value: string; confirmation: string }).value = '';
    });
    await page.focus('dh-password-field');
    await page.keyboard.type('Wolken.Kratzer-79');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('Wolken.Kratzer-79');
    await page.waitForFunction(() =>
      (document.querySelector('dh-password-field') as unknown as { checkValidity(): boolean }).checkValidity(),
    );
    await Promise.all([page.waitForNavigation(), page.click('#password-form button[type="submit"]')]);
    assert.equal(new URL(page.url()).pathname, '/myportal/');
    await page.waitForFunction(() => document.body.textContent!.includes('+49 228 471101-103'));

    // From the normal session, a change needs the current password as well.
    await page.goto(`${portal.server.url}/myportal/passwort`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#current-password-field:not([hidden])');
    await page.type('#currentPassword', 'Wolken.Kratzer-78');
    await page.waitForFunction(() => customElements.get('dh-password-field'));
    await typeValidPassword(page, 'Sturm.Flut-Welle-84');
    await page.click('#password-form button[type="submit"]');
    await page.waitForFunction(() => document.activeElement?.id === 'currentPassword');
    assert.match(await page.$eval('#password-form', (form) => form.textContent!), /Das aktuelle Passwort ist falsch\./);
    await page.$eval('#currentPassword', (input) => ((input as HTMLInputElement).value = ''));
    await page.type('#currentPassword', 'Wolken.Kratzer-79');
    await Promise.all([page.waitForNavigation(), page.click('#password-form button[type="submit"]')]);
    assert.equal(new URL(page.url()).pathname, '/myportal/');

    // Signed in, the sign-in page says so instead of offering its forms; a user has no administrator view.
    await page.goto(`${portal.server.url}/myportal/anmeldung`, { waitUntil: 'networkidle0' });
    await until(page, 'the page says who is signed in', () => !document.getElementById('already')!.hidden);
    assert.equal(await text(page, '#already-text'), 'Sie sind bereits als „anna.berger“ angemeldet.');
    assert.deepEqual(
      await page.$$eval('main form', (forms) => forms.filter((f) => (f as HTMLElement).offsetParent).map((f) => f.id)),
      [],
    );
    await until(page, 'the header offers no administrator view', () =>
      [...document.querySelectorAll<HTMLElement>('[data-view-switch] a')].every(
        (a) => a.offsetParent === null || a.textContent !== 'Administrator-Ansicht',
      ),
    );
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(portal.problems, []);
    await page.close();
  });

  test('a locked admin gets back in with the keyboard: temporary password from the mail, then a new password', async () => {
    const username = 'gesperrt.admin';
    const api = new TestPortalClient(portal.server.url);
    assert.equal(
      (
        await api.json('POST', '/api/admin/register', {
          username,
          email: `${username}@muster-elektro.example`,
          password: 'Kaffee.Tasse-61',
        })
      ).status,
      201,
    );
    await api.json('POST', '/api/auth/logout');
    // 100 failures in a row, as the login route counts them (the lock itself: portal-security.test.ts).
    for (let i = 0; i < 100; i++) await portal.server.app.store.loginFailures.record(`account:${username}`);

    const page = await newPage();
    await page.goto(`${portal.server.url}/admin/`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#login-form', { visible: true });
    await page.type('#login-username', username);
    await page.type('#login-password', 'Kaffee.Tasse-61');
    await page.keyboard.press('Enter');
    // The lock is said in German, and the way out opens with the focus on it.
    await until(
      page,
      'the forgot-password part opens after the lock',
      () => document.activeElement?.id === 'forgot-heading',
    );
    assert.match(await text(page, '#login-form [role="alert"]'), /temporäres Passwort/);
    assert.equal(await page.$eval('#forgot-toggle', (b) => b.getAttribute('aria-expanded')), 'true');
    assert.equal(await page.$eval('#forgot-username', (i) => (i as HTMLInputElement).value), username);
    assert.deepEqual(await axe(page), []);

    const after = (await api.json('GET', '/api/dev/outbox')).body.mails[0]?.id ?? 0;
    await page.focus('#forgot-username');
    await page.keyboard.press('Enter');
    await until(
      page,
      'the request is confirmed and the focus is back at the password',
      () => document.activeElement?.id === 'login-password' && !document.getElementById('forgot-sent')!.hidden,
    );
    const mail = await waitForMail(api, (m) => m.data.kind === 'temporary-password' && m.data.username === username, {
      after,
    });
    assert.match(String(mail.data.loginUrl), /\/admin\/$/);
    await page.keyboard.type(String(mail.data.temporaryPassword));
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/admin/passwort');

    await page.waitForSelector('#password-form', { visible: true });
    assert.equal(await text(page, '#username'), username);
    assert.equal(await page.$eval('#current-password-field', (e) => (e as HTMLElement).hidden), true);
    await page.waitForFunction(() => customElements.get('dh-password-field'));
    assert.deepEqual(await axe(page), []);
    await typeValidPassword(page, 'Neue.Leitung-73');
    await Promise.all([page.waitForNavigation(), page.click('#password-form button[type="submit"]')]);
    assert.equal(new URL(page.url()).pathname, '/admin/');
    // Signed in with the new password: the start page goes on with the permission step.
    await page.waitForSelector('#view-activate', { visible: true });
    const again = new TestPortalClient(portal.server.url);
    const login = await again.json('POST', '/api/auth/login', { username, password: 'Neue.Leitung-73', role: 'admin' });
    assert.equal(login.status, 200, 'the new password does not open the account');
    assert.deepEqual(portal.problems, []);
    await page.close();
  });

  test('a visit without a session: the page icon is found, no failed request, no script or CSP error', async () => {
    const page = await newPage();
    const logged: string[] = [];
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && logged.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && logged.push(`${r.status()} ${new URL(r.url()).pathname}`));
    for (const [url] of PAGES) {
      await page.goto(portal.server.url + url, { waitUntil: url === '/admin/auftraege' ? 'load' : 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('[data-user-name]')?.textContent === 'Nicht angemeldet');
    }
    // The pages ask GET /api/auth/session, which answers a visitor with `me: null` instead of a 401.
    assert.deepEqual(logged, []);
    assert.equal(
      await page.evaluate(async () => (await fetch('/demo/assets/favicon.svg')).headers.get('content-type')),
      'image/svg+xml',
    );
    await page.close();
  });

  test('the API reader at /api/docs works under its Content-Security-Policy: no violation, no script error', async () => {
    const page = await newPage();
    const before = portal.problems.length;
    await page.goto(`${portal.server.url}/api/docs/`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.swagger-ui .opblock');
    assert.match(await text(page, '.swagger-ui .title'), /Direkthilfe Portal-Backend/);
    assert.deepEqual(portal.problems.slice(before), []);
    await page.close();
  });

  test('an admin registers, unlocks, creates a group, orders a workplace and watches the order carried out', async () => {
    const page = await newPage();
    const letter = await waitForMail(new TestPortalClient(portal.server.url), (m) => m.data.kind === 'welcome-letter');
    await page.goto(`${portal.server.url}/admin/`, { waitUntil: 'networkidle0' });
    await page.type('#register-username', 'browser.admin');
    await page.type('#register-email', 'browser.admin@muster-elektro.example');
    await page.waitForFunction(() => customElements.get('dh-password-field'));
    await typeValidPassword(page, 'Kaffee.Tasse-52', '#register-form dh-password-field');
    await page.click('#register-form button[type="submit"]');
    await until(
      page,
      'the activation form appears after registering',
      () => (document.querySelector('#activate-otp') as HTMLElement | null)?.offsetParent,
    );
    await page.type('#activate-customer', letter.data.customerNumber);
    await page.type('#activate-otp', letter.data.oneTimePassword);
    await page.click('#activate-form button[type="submit"]');
    await until(page, 'the company shows after unlocking', () =>
      document.body.textContent!.includes('Muster Elektrotechnik GmbH'),
    );

    await page.goto(`${portal.server.url}/admin/gruppen`, { waitUntil: 'networkidle0' });
    await page.type('#group-name', 'Kundendienst');
    await page.click('#create-form button[type="submit"]');
    await until(page, 'the new group is listed', () =>
      [...document.querySelectorAll('table')].some((t) => t.textContent!.includes('Kundendienst')),
    );

    await page.goto(`${portal.server.url}/admin/arbeitsplaetze/neu`, { waitUntil: 'networkidle0' });
    await page.type('#wp-name', 'Bruno Browser');
    await page.type('#wp-email', 'bruno@muster-elektro.example');
    await until(page, 'the groups are offered', () => document.querySelectorAll('#wp-group option').length > 1);
    const groupValue = await page.$$eval('#wp-group option', (options) =>
      options.find((o) => o.textContent!.includes('Kundendienst'))!.getAttribute('value')!,
    );
    await page.select('#wp-group', groupValue);
    await page.click('#wp-device-options input[type="checkbox"]');
    assert.equal(
      await page.$eval('#wp-soonest', (e) => (e as HTMLInputElement).checked),
      true,
      '"schnellstmöglich" is not preselected',
    );
    await page.click('#workplace-form button[type="submit"]');
    await until(page, 'the order is confirmed as added to the cart', () =>
      document.body.textContent!.includes('wurde dem Warenkorb hinzugefügt'),
    );

    await page.goto(`${portal.server.url}/admin/warenkorb`, { waitUntil: 'networkidle0' });
    await until(page, 'the cart lists the workplace', () => document.body.textContent!.includes('Bruno Browser'));
    await page.click('#checkout-button');
    // The confirmation itself: the menu links to the orders page anyway, and leaving early would cancel the order.
    await until(page, 'the checkout is confirmed', () =>
      document.querySelector('#page-status')?.textContent?.includes('kostenpflichtig bestellt'),
    );
    // The orders page keeps a Server-Sent Events stream open, so the network never goes idle there.
    await page.goto(`${portal.server.url}/admin/auftraege`, { waitUntil: 'load' });
    await until(page, 'the order is shown as carried out', () =>
      document.querySelector('#orders-table')?.textContent?.includes('ausgeführt'),
    );
    assert.match(await text(page, '#orders-table'), /Bruno Browser/);
    await waitForMail(
      new TestPortalClient(portal.server.url),
      (m) => m.data.kind === 'activation' && m.to === 'bruno@muster-elektro.example',
    );
    assert.deepEqual(portal.problems, []);
    await page.close();
  });
});
