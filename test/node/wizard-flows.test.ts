import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { axeViolations, focusPath, tabTo, useDemoPortalInBrowser, watchedPage } from './helpers/browser.js';
import { lastMailId, TestPortalClient, waitForMail, type Mail } from './helpers/portal-server.js';

// Both onboarding wizards end to end, with the keyboard alone, against the real backend: a new admin
// from registration to the executed order and its activation mail; then the user from that mail, from
// the temporary password to the registered desk phone.

const WIZARD = 'dh-help-panel >>> dh-wizard';
/** The element `selector` inside the current step's form (the step elements are `dh-wizard-<step>`). */
const inStep = (step: string, selector: string) => `${WIZARD} >>> dh-wizard-${step} >>> ${selector}`;

/** Tabs to a field and types into it. */
async function fill(page: Page, pattern: RegExp, text: string) {
  await tabTo(page, pattern);
  await page.keyboard.type(text);
}

async function press(page: Page, buttonText: string) {
  await tabTo(
    page,
    new RegExp(`button(#[\\w-]+)?(\\.[\\w-]+)?\\[${buttonText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]$`),
  );
  await page.keyboard.press('Enter');
}

/**
 * Waits for an element behind shadow roots. Polls: puppeteer's own waiting watches mutations of the
 * document, which do not see changes inside shadow roots.
 */
async function waitFor(page: Page, selector: string, timeout = 60_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const handle = await page.$(selector);
    if (handle) return handle;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector} did not appear within ${timeout} ms`);
}

/** Selects what the focused field holds and types over it. */
async function replaceText(page: Page, value: string) {
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(value);
}

/**
 * Waits for the wizard in the panel's container for this width (a dialog on a phone, else the side panel). The new
 * container first: a check right after a resize would otherwise see the old one just before it goes.
 */
const wizardDrawnFor = (page: Page, width: number) =>
  waitFor(page, width < 640 ? 'dh-help-panel >>> dialog[open] dh-wizard' : 'dh-help-panel >>> aside dh-wizard');

/** Waits until an element behind shadow roots has a text matching `pattern`. */
// Generous limits: a loaded machine with PostgreSQL may take many seconds for a step the order worker carries out.
async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 60_000) {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    const handle = await page.$(selector);
    last = handle ? ((await handle.evaluate((el) => el.textContent)) ?? '').trim() : '';
    if (pattern.test(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector} never matched ${pattern} (last: "${last}")`);
}

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText ?? el.textContent ?? '').then((t) => t.trim());

/** Waits for a step (by its heading), checks that focus went to it, and runs axe on the page. */
async function atStep(page: Page, progress: string, heading: string) {
  await page
    .waitForFunction(
      (selector: string, expected: string) => {
        const wizard = document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-wizard');
        return wizard?.shadowRoot?.querySelector(selector)?.textContent?.trim() === expected;
      },
      { timeout: 60_000 },
      '.progress',
      progress,
    )
    .catch(async (error: unknown) => {
      // Say where the wizard stands instead, and what it says: an alert explains most waits.
      const stand = await page.evaluate(() => {
        const wizard = document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-wizard');
        const step = wizard?.shadowRoot?.querySelector('.step');
        const stepRoots = [...(step?.querySelectorAll('*') ?? [])].map((element) => element.shadowRoot);
        const alerts = [wizard?.shadowRoot, ...stepRoots]
          .flatMap((root) => [...(root?.querySelectorAll('[role="alert"]') ?? [])])
          .map((alert) => alert.textContent?.trim());
        const active = document.activeElement;
        return JSON.stringify({
          progress: wizard?.shadowRoot?.querySelector('.progress')?.textContent?.trim(),
          heading: step?.querySelector('h3')?.textContent?.trim(),
          alerts,
          focus: active ? `${active.localName}${active.shadowRoot ? ' (shadow)' : ''}` : null,
        });
      });
      throw new Error(`the wizard did not reach "${progress}": ${stand}`, { cause: error });
    });
  assert.match(await text(page, `${WIZARD} >>> .step h3`), new RegExp(`^${heading}`));
  assert.deepEqual(await axeViolations(page), [], `axe at "${heading}"`);
  await actionInView(page, heading);
}

/** Waits until "Weiter" (or "Abschließen") is enabled, then presses it with the keyboard. */
async function next(page: Page, label = 'Weiter') {
  await page.waitForFunction(
    (wanted: string) => {
      const wizard = document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dh-wizard')!;
      return [...wizard.shadowRoot!.querySelectorAll('button')].some(
        (b) => b.textContent!.trim() === wanted && !b.disabled,
      );
    },
    { timeout: 60_000 },
    label,
  );
  await press(page, label);
}

/** Waits until the start page's offer to start the wizard is hidden; fails when it stays. */
const offerHidden = (page: Page) =>
  page
    .waitForFunction(() => (document.getElementById('wizard-offer') as HTMLElement | null)?.hidden === true)
    .catch(() => assert.fail('the offer stays'));

/** Opens a page (its full URL) and starts the wizard from the start page's offer, by keyboard. */
async function startFromOffer(page: Page, url: string, button: string) {
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#wizard-offer:not([hidden])');
  await page.focus('body');
  await press(page, button);
  await waitFor(page, `${WIZARD} >>> .progress`);
  assert.match(await focusPath(page), /dh-wizard > h2#wizard-title$/, 'focus did not move into the wizard');
  // While the wizard runs, the page does not offer to start it (the page hears of the wizard by an event).
  await offerHidden(page);
}

/**
 * Opens a page (its full URL) in the same tab while the wizard runs: the wizard comes back by itself, the
 * offer stays hidden.
 */
async function reopened(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle0' });
  await waitFor(page, `${WIZARD} >>> .progress`);
  await offerHidden(page);
}

/** The page's header: the signed-in user's name, or "Nicht angemeldet". */
const headerUser = (page: Page) => text(page, '[data-user-name]');

/** Where a step's main action is, measured in the browser (CSS px of the viewport). */
interface ActionPlace {
  label: string;
  /** The action's box as the step arrives. */
  top: number;
  bottom: number;
  /** The visible part of the panel's scrolling area. */
  viewTop: number;
  viewBottom: number;
  listOpen: boolean;
  listBottom: number;
  headingTop: number;
  /** Scrolled to, as focus or a swipe would bring it: fully in view, and nothing lies over it. */
  reached: boolean;
}

/**
 * The current step's main action: its form's submit button, or else the wizard's "Weiter" / "Abschließen";
 * where it is as the step arrives, relative to the visible part of the panel, the step list and the step's
 * heading; and whether it is in view and uncovered once scrolled to (the scroll position is restored).
 */
const mainAction = (page: Page): Promise<ActionPlace> =>
  page.evaluate(() => {
    const panel = document.querySelector('dh-help-panel')!.shadowRoot!;
    const wizard = panel.querySelector('dh-wizard')!.shadowRoot!;
    const form = [...wizard.querySelectorAll('.step *')].find((e) => e.localName.startsWith('dh-wizard-'));
    const button =
      form?.shadowRoot?.querySelector<HTMLElement>('button[type="submit"].primary') ??
      wizard.querySelector<HTMLElement>('.step ~ .actions button.primary')!;
    const scroller = panel.querySelector<HTMLElement>('.scroll')!;
    // No functions inside: the compiled test would name them with a helper the page does not have.
    const { top, bottom } = button.getBoundingClientRect();
    const arrival = scroller.getBoundingClientRect();
    const list = wizard.querySelector('details')!;
    const place = {
      label: button.textContent!.trim(),
      top,
      bottom,
      viewTop: Math.max(arrival.top, 0),
      viewBottom: Math.min(arrival.bottom, innerHeight),
      listOpen: list.open,
      listBottom: list.getBoundingClientRect().bottom,
      headingTop: wizard.querySelector('.step h3')!.getBoundingClientRect().top,
    };
    const before = { panel: scroller.scrollTop, page: scrollY };
    button.scrollIntoView({ block: 'nearest' });
    const box = button.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    // The element on top at the action's centre, through the shadow roots.
    let hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const reached =
      box.top >= Math.max(view.top, 0) - 0.5 &&
      box.bottom <= Math.min(view.bottom, innerHeight) + 0.5 &&
      button.contains(hit);
    scroller.scrollTop = before.panel;
    scrollTo(scrollX, before.page);
    return { ...place, reached };
  });

/**
 * At 1280 × 800 and at 375 × 740, each step's main action is reachable without scrolling past the step list:
 * the list stays folded above the step, the step begins in view, and the action is in view as the step
 * arrives or follows only the step's own form (a long form on a phone), fully visible and uncovered once
 * scrolled to.
 */
async function actionInView(page: Page, heading: string) {
  // What the step loads (its cart, its devices) comes first: it may move the action down.
  await page.waitForFunction(() => {
    const wizard = document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dh-wizard')!.shadowRoot!;
    const form = [...wizard.querySelectorAll('.step *')].find((e) => e.localName.startsWith('dh-wizard-'));
    return !form?.shadowRoot?.textContent?.includes('Daten werden geladen');
  });
  const place = await mainAction(page);
  const where = `"${place.label}" at "${heading}" (${page.viewport()!.width} px): ${JSON.stringify(place)}`;
  assert.equal(place.listOpen, false, `the step list is unfolded: ${where}`);
  assert.ok(place.listBottom <= place.headingTop, `the step list is in the way: ${where}`);
  // The step begins in view, in the upper half: the header and the folded list above it stay short.
  const middle = (place.viewTop + place.viewBottom) / 2;
  assert.ok(place.headingTop >= place.viewTop && place.headingTop < middle, `the step begins too low: ${where}`);
  assert.ok(place.headingTop < place.top, `the action comes before the step: ${where}`);
  assert.ok(place.reached, `the action cannot be brought into view: ${where}`);
  return place;
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
] as const;
// The layout does not depend on the database: on PostgreSQL the flows run once, at the desktop size.
const SIZES_HERE = process.env.TEST_DATABASE_URL ? SIZES.slice(0, 1) : SIZES;

for (const size of SIZES_HERE) {
  // A server of its own per size: the demo company's welcome letter unlocks one admin only.
  const portal = useDemoPortalInBrowser();
  const outbox = async () => (await new TestPortalClient(portal.server.url).json('GET', '/api/dev/outbox')).body.mails;
  const state = { adminUser: '', username: '', email: '', link: '' };

  test(`${size.name} (${size.width} × ${size.height}): a new admin completes the first setup in the wizard with the keyboard, resuming after a reload`, async () => {
    const page = await watchedPage(portal.browser, portal.server.url, portal.problems, size.width);
    await page.setViewport(size);
    await startFromOffer(page, `${portal.server.url}/admin/`, 'Assistent starten');

    await atStep(page, 'Schritt 1 von 8', 'Zugang zum Business Service Portal');
    state.adminUser = 'erika.admin';
    await fill(page, /bsp-access > input#username$/, state.adminUser);
    await fill(page, /bsp-access > input#email$/, 'erika@muster-elektro.example');
    await fill(page, /dh-password-field > input#password$/, 'Werkbank.Hobel-73');
    await fill(page, /dh-password-field > input#confirm$/, 'Werkbank.Hobel-73');
    await page.keyboard.press('Enter');

    await atStep(page, 'Schritt 2 von 8', 'Berechtigung freischalten');
    assert.match(await focusPath(page), /dh-wizard > h3$/, 'focus did not go to the new step');
    assert.match(await text(page, `${WIZARD} >>> .confirmation`), /im Business Service Portal angemeldet/);
    // The page behind follows at once: the header names the new admin, the sign-in forms give way.
    await page.waitForFunction(() => document.querySelector('[data-user-name]')!.textContent!.includes('erika.admin'));
    assert.equal(await page.$eval('#view-guest', (el) => (el as HTMLElement).hidden), true, 'the login forms stay');
    assert.match(await headerUser(page), /erika\.admin/);
    const letter = (await outbox()).find((m) => m.data.kind === 'welcome-letter')!;
    await fill(page, /unlock-permission > input#customerNumber$/, letter.data.customerNumber);
    await fill(page, /unlock-permission > input#oneTimePassword$/, 'FALSCH-123');
    await page.keyboard.press('Enter');
    await waitFor(page, inStep('unlock-permission', '#oneTimePassword[aria-invalid="true"]'));
    assert.match(
      await text(page, inStep('unlock-permission', '#oneTimePassword-error')),
      /Einmal-Passwort ist falsch oder wurde schon verwendet/,
    );
    assert.match(await focusPath(page), /input#oneTimePassword$/, 'focus did not go to the field in error');
    assert.deepEqual(await axeViolations(page), []);
    await replaceText(page, letter.data.oneTimePassword);
    await page.keyboard.press('Enter');

    await atStep(page, 'Schritt 3 von 8', 'Gruppen / Standorte planen');
    assert.match(await text(page, inStep('plan-groups', 'ul')), /Standardgruppe/);
    await fill(page, /plan-groups > input#name$/, 'Standort Köln');
    await press(page, 'Gruppe anlegen');
    await waitForText(page, inStep('plan-groups', 'ul'), /Standort Köln/);
    await next(page);

    await atStep(page, 'Schritt 4 von 8', 'Ersten Arbeitsplatz einrichten');
    state.email = 'lena.neu@muster-elektro.example';
    await fill(page, /set-up-workplace > input#name$/, 'Lena Neu');
    await fill(page, /set-up-workplace > input#email$/, 'lena.neu@');
    await press(page, 'Angaben prüfen und weiter');
    await waitFor(page, inStep('set-up-workplace', '#email[aria-invalid="true"]'));
    assert.match(await focusPath(page), /input#email$/);
    await page.keyboard.type('muster-elektro.example');
    await tabTo(page, /input#devices-komfort-410$/);
    await page.keyboard.press('Space');
    await tabTo(page, /input#clients-desktop$/);
    await page.keyboard.press('Space');
    await press(page, 'Angaben prüfen und weiter');

    await atStep(page, 'Schritt 5 von 8', 'Aktivierungsdatum und Auftrag');
    assert.equal(await page.$eval(inStep('add-order', '#soonest'), (el) => (el as HTMLInputElement).checked), true);
    await press(page, 'Auftrag hinzufügen');

    await atStep(page, 'Schritt 6 von 8', 'Warenkorb kostenpflichtig bestellen');
    // A reload in the middle: the wizard comes back by itself, where it was.
    await page.waitForNetworkIdle({ idleTime: 200 });
    await reopened(page, `${portal.server.url}/admin/`);
    await atStep(page, 'Schritt 6 von 8', 'Warenkorb kostenpflichtig bestellen');
    assert.match(await headerUser(page), /erika\.admin/, 'the header lost the sign-in');
    await waitFor(page, inStep('order-cart', '.items'));
    const review = await text(page, inStep('order-cart', '.items'));
    assert.match(review, /Arbeitsplatz einrichten: Lena Neu/);
    assert.match(review, /Tischtelefon Komfort 410/);
    assert.match(review, /schnellstmöglich/);
    assert.match(await text(page, inStep('order-cart', '.hint')), /nur für diese Sitzung/);
    await press(page, 'Kostenpflichtig bestellen');

    await atStep(page, 'Schritt 7 von 8', 'Auftragsstatus verfolgen');
    await waitFor(page, inStep('follow-order', '[data-status="executed"]'));
    await next(page);

    await atStep(page, 'Schritt 8 von 8', 'Die Aktivierungsmail');
    await waitForText(
      page,
      inStep('activation-mail', '.recipients'),
      /Lena Neu.*Benutzername\s*lena\.neu\s*E-Mail-Adresse/s,
    );
    assert.match(await text(page, inStep('activation-mail', '.recipients')), /lena\.neu@muster-elektro\.example/);
    assert.match(
      await page.$eval(inStep('activation-mail', '.recipients a'), (a) => (a as HTMLAnchorElement).pathname),
      /^\/admin\/arbeitsplaetze\/\d+$/,
    );
    // The mail did not arrive: it goes out again, with a new link.
    // Mails leave the outbox on their own schedule: wait for the first, then for the one sent again.
    const mails = new TestPortalClient(portal.server.url);
    const toLena = (m: Mail) => m.data.kind === 'activation' && m.to === 'lena.neu@muster-elektro.example';
    await waitForMail(mails, toLena);
    const after = await lastMailId(mails);
    await press(page, 'Aktivierungsmail erneut senden: Lena Neu');
    await waitForText(page, inStep('activation-mail', '.success'), /erneut an lena\.neu@muster-elektro\.example/);
    await waitForMail(mails, toLena, { after });
    assert.deepEqual(await axeViolations(page), []);
    // The last step offers no "Später fortsetzen".
    assert.equal(
      await page.$$eval(`${WIZARD} >>> button`, (b) => b.some((x) => x.textContent!.trim() === 'Später fortsetzen')),
      false,
    );
    await next(page, 'Abschließen');
    await waitForText(page, `${WIZARD} >>> .finish h3`, /^Geschafft!$/);
    assert.match(await focusPath(page), /dh-wizard > h3#finish-title$/, 'focus did not go to the finish');
    assert.match(await text(page, `${WIZARD} >>> .finish`), /Weiteren Arbeitsplatz einrichten/);
    assert.deepEqual(await axeViolations(page), []);
    // Closing the finished wizard returns focus to the panel's offer that starts it.
    await press(page, 'Schließen');
    await page.waitForFunction(() => !document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dh-wizard'));
    assert.match(
      await focusPath(page),
      /^dh-help-panel > button#first-steps-start\.link\[Ersteinrichtung Schritt für Schritt\]$/,
    );

    const mail = (await outbox()).find((m) => m.data.kind === 'activation' && m.to === state.email);
    assert.ok(mail, 'the activation mail is not in the outbox');
    state.username = mail.data.username;
    const link = new URL(mail.data.firstLoginUrl);
    assert.equal(link.pathname, '/myportal/anmeldung');
    assert.equal(link.searchParams.get('username'), state.username);
    state.link = link.pathname + link.search;
    assert.deepEqual(portal.problems, []);
  });

  test(`${size.name} (${size.width} × ${size.height}): the new user from the activation mail completes the first login with the keyboard`, async () => {
    assert.ok(state.username, 'runs after the admin test');
    const page = await watchedPage(portal.browser, portal.server.url, portal.problems, size.width);
    await page.setViewport(size);
    await startFromOffer(page, portal.server.url + state.link, 'Assistent starten');

    await atStep(page, 'Schritt 1 von 7', 'Willkommen bei Cloud PBX');
    // The link's token tells what this workplace has: a desk phone and the desktop client, no mobile client.
    await waitForText(page, inStep('welcome', 'p'), /^Zu Ihrem Arbeitsplatz gehören/);
    assert.deepEqual(
      await page.$$eval(inStep('welcome', '.parts li'), (items) => items.map((li) => li.textContent!.trim())),
      ['MyPortal: Ihr Arbeitsplatz im Browser', 'Desktop-Client', 'Tischtelefon'],
    );
    await next(page);

    await atStep(page, 'Schritt 2 von 7', 'Temporäres Passwort anfordern');
    assert.equal(
      await page.$eval(inStep('request-temporary-password', '#username'), (el) => (el as HTMLInputElement).value),
      state.username,
      'the user name from the link was not filled in',
    );
    await press(page, 'Temporäres Passwort anfordern');

    await atStep(page, 'Schritt 3 von 7', 'Mit dem temporären Passwort anmelden');
    assert.equal(
      await page.$eval(inStep('enter-temporary-password', '#password'), (el) => el.getAttribute('autocomplete')),
      'one-time-code',
    );
    await fill(page, /enter-temporary-password > input#password$/, 'falsch');
    await page.keyboard.press('Enter');
    await waitFor(page, inStep('enter-temporary-password', '#password[aria-invalid="true"]'));
    assert.match(await text(page, inStep('enter-temporary-password', '#password-error')), /Passwort ist falsch/);
    assert.deepEqual(await axeViolations(page), []);
    const temporary = (await outbox()).find((m) => m.data.kind === 'temporary-password' && m.to === state.email)!;
    assert.match(await headerUser(page), /Nicht angemeldet/);
    await replaceText(page, temporary.data.temporaryPassword);
    await page.keyboard.press('Enter');

    await atStep(page, 'Schritt 4 von 7', 'Eigenes Passwort vergeben');
    // Signed in with the temporary password: the page behind says so at once, and its sign-in forms give way.
    await page.waitForFunction(
      (name: string) => document.querySelector('[data-user-name]')!.textContent!.includes(name),
      {},
      state.username,
    );
    assert.equal(await page.$eval('#request-form', (form) => (form.closest('section') as HTMLElement).hidden), true);
    // A reload in the middle, now with a session: the wizard comes back, and the server knows the step.
    await page.waitForNetworkIdle({ idleTime: 200 });
    await reopened(page, `${portal.server.url}/myportal/anmeldung`);
    await atStep(page, 'Schritt 4 von 7', 'Eigenes Passwort vergeben');
    // The policy fails once: the server's answer stands at the field.
    await fill(page, /dh-password-field > input#password$/, 'sommer2024');
    await fill(page, /dh-password-field > input#confirm$/, 'sommer2024');
    await page.keyboard.press('Enter');
    const field = inStep('set-password', 'dh-password-field');
    await waitFor(page, `${field} >>> #password[aria-invalid="true"]`);
    await waitFor(page, `${field} >>> #server-error`);
    assert.match(await text(page, `${field} >>> #server-error`), /Großbuchstaben/);
    assert.deepEqual(await axeViolations(page), []);
    const password = 'Fenster.Bank-2931';
    await tabTo(page, /dh-password-field > input#password$/);
    await replaceText(page, password);
    await tabTo(page, /dh-password-field > input#confirm$/);
    await replaceText(page, password);
    // As the customer's help says, the new password leads to the Übersicht; the wizard comes along.
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/myportal/');
    await waitFor(page, `${WIZARD} >>> .progress`);

    await atStep(page, 'Schritt 5 von 7', 'Ihre Übersicht');
    // Signed in on another device, the wizard continues at the same step: the progress is on the server.
    const laptop = new TestPortalClient(portal.server.url);
    await laptop.json('POST', '/api/auth/login', { username: state.username, password });
    for (let saved = ''; saved !== 'overview'; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const answer = await laptop.json('GET', '/api/onboarding/user-first-login');
      saved = answer.body.summary.current;
    }
    const other = await watchedPage(portal.browser, portal.server.url, portal.problems, size.width);
    await other.setViewport(size);
    await other.setCookie({ name: 'dh_session', value: laptop.cookie('dh_session')!, url: portal.server.url });
    await startFromOffer(other, `${portal.server.url}/myportal/`, 'Fortsetzen');
    await atStep(other, 'Schritt 5 von 7', 'Ihre Übersicht');
    await other.close();
    await waitFor(page, inStep('overview', 'dl'));
    const overview = await text(page, inStep('overview', 'dl'));
    assert.match(overview, /Lena Neu/);
    assert.match(overview, /Tischtelefon Komfort 410/);
    assert.match(await headerUser(page), new RegExp(state.username.replace('.', '\\.')));
    // User name, e-mail address and phone number are read as a whole: each on one line, within the panel.
    const values = await page.$$eval(inStep('overview', 'dd.value'), (dds) =>
      dds.map((dd) => {
        const range = document.createRange();
        range.selectNodeContents(dd);
        return [dd.textContent!.trim(), range.getClientRects().length, dd.scrollWidth <= dd.clientWidth];
      }),
    );
    assert.equal(values.length, 3);
    for (const [value, lines, fits] of values) {
      assert.equal(lines, 1, `"${value}" wraps`);
      assert.equal(fits, true, `"${value}" reaches beyond its place`);
    }
    // "Später fortsetzen" closes the panel, on a phone too (no other full-screen page opens instead); the
    // page offers to go on, at the same step.
    await press(page, 'Später fortsetzen');
    await page.waitForFunction(() => !window.direkthilfe!.state?.snapshot.open);
    assert.equal(await page.$('dh-help-panel >>> dh-wizard'), null, 'the wizard stays open');
    assert.equal(await page.$('dh-help-panel >>> dialog[open], dh-help-panel >>> aside'), null, 'the panel stays');
    await page.waitForSelector('#wizard-offer:not([hidden])');
    await page.focus('body');
    await press(page, 'Fortsetzen');
    await atStep(page, 'Schritt 5 von 7', 'Ihre Übersicht');
    await next(page);

    await atStep(page, 'Schritt 6 von 7', 'Am Tischtelefon anmelden');
    await waitFor(page, inStep('desk-phone', '.devices'));
    assert.match(await text(page, inStep('desk-phone', '.devices')), /nicht angemeldet/);
    const hidden = () =>
      page.$eval(inStep('desk-phone', '.devices dl'), (dl) => getComputedStyle(dl).display === 'none');
    assert.equal(await hidden(), true, 'the first-login data show before they are asked for');
    await press(page, 'Erstanmelde-Daten anzeigen');
    assert.equal(await hidden(), false);
    const data = await page.$eval(inStep('desk-phone', '.devices dl'), (el) => (el as HTMLElement).innerText);
    assert.match(data, /Benutzername/);
    assert.match(data, /Passwort/);
    // The values in monospace, each on one line, also on a phone (375 px), and the page does not scroll sideways.
    for (const width of [1280, 375]) {
      await page.setViewport({ width, height: 740 });
      // On a phone the panel becomes a dialog with the wizard drawn anew: the data are asked for again.
      await wizardDrawnFor(page, width);
      await waitFor(page, inStep('desk-phone', '.devices'));
      if (!(await page.$(inStep('desk-phone', 'code.credential')))) await press(page, 'Erstanmelde-Daten anzeigen');
      await waitFor(page, inStep('desk-phone', 'code.credential'));
      const lines = await page.$$eval(inStep('desk-phone', 'code.credential'), (codes) =>
        codes.map((code) => [code.getClientRects().length, getComputedStyle(code).fontFamily]),
      );
      assert.equal(lines.length, 2);
      for (const [count, font] of lines) {
        assert.equal(count, 1, `a value wraps at ${width} px`);
        assert.match(String(font), /mono/i);
      }
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        `overflow at ${width} px`,
      );
    }
    await page.setViewport(size);
    await wizardDrawnFor(page, size.width);
    await waitFor(page, inStep('desk-phone', '.devices'));
    if (!(await page.$(inStep('desk-phone', 'code.credential')))) await press(page, 'Erstanmelde-Daten anzeigen');
    await waitFor(page, inStep('desk-phone', 'code.credential'));
    // Copied with one button, and said politely.
    await page.browserContext().overridePermissions(portal.server.url, ['clipboard-read', 'clipboard-sanitized-write']);
    await press(page, 'Kopieren: Benutzername');
    await waitForText(page, inStep('desk-phone', '[aria-live="polite"]'), /^Benutzername kopiert\.$/);
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /@sip\.cloud-pbx\.example$/);
    // In the demo the phone signs in from here, marked as a simulation (no other page needed).
    assert.match(await text(page, inStep('desk-phone', '.simulation')), /Nur in dieser Demo/);
    await press(page, 'Tischtelefon Komfort 410 anmelden (Simulation)');
    await waitForText(page, inStep('desk-phone', '.devices strong'), /^angemeldet$/);
    // Another phone with the same data (as a device would, through the API with the user's session).
    const phone = new TestPortalClient(portal.server.url);
    assert.equal((await phone.json('POST', '/api/auth/login', { username: state.username, password })).status, 200);
    const devices = (await phone.json('GET', '/api/me/devices')).body;
    const deskPhone = devices.devices.find((d) => d.kind === 'desk-phone')!;
    const registrations = `/api/devices/${deskPhone.id}/registrations`;
    // A second phone with the same data: a double registration, shown as a problem, and the step is not done.
    await phone.json('POST', registrations, { endpoint: 'telefon-kueche' });
    await waitForText(page, inStep('desk-phone', '.devices strong'), /^Doppelanmeldung$/);
    assert.match(await text(page, inStep('desk-phone', '.devices .error:not(strong)')), /Melden Sie eines davon ab/);
    await page.waitForFunction(() =>
      [
        ...document
          .querySelector('dh-help-panel')!
          .shadowRoot!.querySelector('dh-wizard')!
          .shadowRoot!.querySelectorAll('button'),
      ].some((b) => b.textContent!.trim() === 'Weiter' && b.disabled),
    );
    assert.deepEqual(await axeViolations(page), []);
    // Both signed out, the hall phone signs in again: one registration.
    await phone.request('DELETE', registrations);
    await phone.json('POST', registrations, { endpoint: 'telefon-flur' });
    await waitForText(page, inStep('desk-phone', '.devices strong'), /^angemeldet$/);
    await next(page);

    await atStep(page, 'Schritt 7 von 7', 'Desktop- und Mobile-Client');
    // The step's link to "Hilfe & Downloads" is a detour, not the end: the wizard comes along, at this step.
    await tabTo(page, /dh-wizard > a\.action$/);
    assert.equal(
      await page.evaluate(() =>
        document.activeElement!.shadowRoot!.activeElement!.shadowRoot!.activeElement!.textContent!.trim(),
      ),
      'Zu Hilfe & Downloads',
    );
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/myportal/downloads');
    await waitFor(page, `${WIZARD} >>> .progress`);
    await atStep(page, 'Schritt 7 von 7', 'Desktop- und Mobile-Client');
    await next(page, 'Abschließen');
    await waitForText(page, `${WIZARD} >>> .finish h3`, /^Geschafft!$/);
    assert.deepEqual(await axeViolations(page), []);
    const me = await phone.json('GET', '/api/me');
    assert.equal(me.body.mustChangePassword, false);
    assert.deepEqual(portal.problems, []);
  });
}
