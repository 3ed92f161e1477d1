import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import {
  axeViolations,
  focusPath,
  showsArticle,
  tabTo,
  useDemoPortalInBrowser,
  watchedPage,
} from './helpers/browser.js';
import { TestPortalClient, invitationToken, studioEditor, unlockedAdmin } from './helpers/portal-server.js';

// The editors' studio in Chromium against the real server, under the portal's strict CSP: the invitation's
// first password, an edit with a mistyped menu path fixed by its suggestion, the preview, saving and
// publishing, and the new text in a portal page's panel without a restart; two editors on one article; a
// new article found by the panel's search. The keyboard alone drives the editor's path; axe checks each state.

const portal = useDemoPortalInBrowser();
const PASSWORD = 'Nordsee.Welle-73';

/** A studio page in a fresh browser context. */
async function studio(path: string): Promise<Page> {
  const page = await watchedPage(portal.browser, portal.server.url, portal.problems);
  page.setDefaultTimeout(30_000);
  await page.goto(`${portal.server.url}/redaktion/${path}`, { waitUntil: 'networkidle0' });
  return page;
}

/** Waits until the focus is where the pattern says (after a navigation the studio moves it to the heading). */
const focusAt = (page: Page, pattern: RegExp) =>
  page.waitForFunction(
    (source: string) => {
      const path: string[] = [];
      let active: Element | null = document.activeElement;
      while (active) {
        path.push(active.localName + (active.id ? `#${active.id}` : ''));
        active = active.shadowRoot?.activeElement ?? null;
      }
      return new RegExp(source).test(path.join(' > '));
    },
    {},
    pattern.source,
  );

/** The text of an element deep in the studio's shadow roots, by a chain of selectors. */
const deepText = (page: Page, ...selectors: string[]) =>
  page.evaluate((chain: string[]) => {
    let node: Element | ShadowRoot | null | undefined = document.querySelector(chain[0]);
    for (const selector of chain.slice(1)) node = (node as Element | null)?.shadowRoot?.querySelector(selector);
    return (node as Element | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }, selectors);

const waitForText = (page: Page, expected: RegExp, ...selectors: string[]) =>
  page.waitForFunction(
    (chain: string[], source: string) => {
      let node: Element | ShadowRoot | null | undefined = document.querySelector(chain[0]);
      for (const selector of chain.slice(1)) node = (node as Element | null)?.shadowRoot?.querySelector(selector);
      return new RegExp(source).test((node as Element | null)?.textContent?.replace(/\s+/g, ' ') ?? '');
    },
    {},
    selectors,
    expected.source,
  );

const EDITOR = ['dh-studio-app', 'dh-studio-editor'];

/** Signs in on the sign-in page with the keyboard; the studio then shows the page asked for. */
async function signIn(page: Page, then: RegExp) {
  await focusAt(page, /dh-studio-login > h1/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('redaktion');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await focusAt(page, then);
}

/** Clicks an element deep in the shadow roots, by a chain of selectors. */
const deepClick = (page: Page, ...selectors: string[]) =>
  page.evaluate((chain: string[]) => {
    let node: Element | null | undefined = document.querySelector(chain[0]);
    for (const selector of chain.slice(1)) node = node?.shadowRoot?.querySelector(selector);
    if (!node) throw new Error(`nothing at ${chain.join(' › ')}`);
    (node as HTMLElement).click();
  }, selectors);

test('the studio is served under the portal’s strict CSP, its chunks cached for good', async () => {
  const url = portal.server.url;
  const page = await fetch(`${url}/redaktion/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  const csp = page.headers.get('content-security-policy')!;
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const html = await page.text();
  assert.match(html, /<script type="module" src="\/redaktion\/assets\/studio.js"><\/script>/);
  assert.doesNotMatch(html, /<script>|style=/, 'nothing inline');
  for (const path of ['anmelden', 'einladung', 'neu', 'auswertungen', 'artikel/kontakt/de'])
    assert.equal((await fetch(`${url}/redaktion/${path}`)).status, 200, path);
  assert.equal((await fetch(`${url}/redaktion/artikel/kontakt`)).status, 404);
  const redirect = await fetch(`${url}/redaktion`, { redirect: 'manual' });
  assert.equal(redirect.headers.get('location'), '/redaktion/');
  const script = await fetch(`${url}/redaktion/assets/studio.js`);
  assert.equal(script.headers.get('cache-control'), 'no-cache');
  const chunk = /\.\/chunks\/[^"']+\.js/.exec(await script.text())![0];
  const cached = await fetch(`${url}/redaktion/assets/${chunk.slice(2)}`);
  assert.equal(cached.status, 200);
  assert.equal(cached.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('an account of the portal cannot sign in to the studio, and its session does not open it', async () => {
  const admin = await unlockedAdmin(portal.server.url, 'chefin.studio');
  const page = await studio('');
  await focusAt(page, /dh-studio-login > h1/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('chefin.studio');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nordsee.Welle-73');
  await page.keyboard.press('Enter');
  // Editors' accounts are a name space of their own: the admin's name is unknown there.
  await waitForText(page, /Benutzername oder Passwort/, 'dh-studio-app', 'dh-studio-login', '[role="alert"]');
  // Signed in to the portal as an admin, the studio says it is not for this account.
  await page.setCookie({ name: 'dh_session', value: admin.cookie('dh_session')!, url: portal.server.url });
  await page.goto(`${portal.server.url}/redaktion/`, { waitUntil: 'networkidle0' });
  await waitForText(page, /Mit diesem Zugang können Sie keine Artikel bearbeiten/, 'dh-studio-app', 'main');
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('keyboard only: invitation, an article with a mistyped menu path fixed, preview, save, publish, and the panel shows it', async () => {
  const api = new TestPortalClient(portal.server.url);
  const topic = (await api.json('GET', '/api/help/context/admin/warenkorb?role=admin')).body;
  const id = topic.primary!.id;
  const title = topic.primary!.title;

  // The invitation mail's link: a first password with <dh-password-field>, then the article list.
  const page = await studio(`einladung#token=${await invitationToken(portal.server.url)}`);
  await focusAt(page, /dh-studio-invitation > h1/);
  assert.doesNotMatch(page.url(), /token/, 'the token left the address bar');
  assert.deepEqual(await axeViolations(page), []);
  await tabTo(page, /dh-password-field > input#password/);
  await page.keyboard.type(PASSWORD);
  await tabTo(page, /dh-password-field > input#confirm/);
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await focusAt(page, /dh-studio-list > h1#list-title/);
  assert.equal(new URL(page.url()).pathname, '/redaktion/');
  assert.deepEqual(await axeViolations(page), []);

  // Find the article and open it.
  await tabTo(page, /dh-studio-list > input#query/);
  await page.keyboard.type(title);
  await tabTo(page, /dh-studio-list > a$/);
  await page.keyboard.press('Enter');
  await focusAt(page, /dh-studio-editor > h1/);
  assert.equal(new URL(page.url()).pathname, `/redaktion/artikel/${id}/de`);
  await waitForText(page, /Gefunden|keine Probleme/, ...EDITOR, '#problem-count');
  assert.deepEqual(await axeViolations(page), []);

  // A new last line with a menu path typed with an ASCII arrow and without umlauts.
  await tabTo(page, /dh-studio-code > div/);
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Den Stand sehen Sie unter `Mein Unternehmen -> Kontingente & Auftragsstatus`.');
  const line = await page.evaluate(
    () =>
      document
        .querySelector('dh-studio-app')!
        .shadowRoot!.querySelector('dh-studio-editor')!
        .shadowRoot!.querySelector<HTMLElement & { text: string }>('dh-studio-code')!
        .text.split('\n').length,
  );
  await waitForText(page, /Fehler/, ...EDITOR, '#problem-count');
  const problems = await deepText(page, ...EDITOR, '.problems ul');
  assert.match(problems, new RegExp(`Zeile ${line}: .*Menüpfad`), problems);
  // Marked at its line in the editor too.
  await page.waitForFunction(() =>
    document
      .querySelector('dh-studio-app')!
      .shadowRoot!.querySelector('dh-studio-editor')!
      .shadowRoot!.querySelector('dh-studio-code')!
      .shadowRoot!.querySelector('.cm-lintRange-error'),
  );
  assert.deepEqual(await axeViolations(page), []);

  // "Meinten Sie …?" puts the right path in, and the focus back into the text.
  await tabTo(page, /dh-studio-editor > button.*\[Meinten Sie/);
  assert.match(await focusedText(page), /Meinten Sie „Mein Unternehmen → Kontingente & Auftragsstatus“\?/);
  await page.keyboard.press('Enter');
  assert.match(await focusPath(page), /dh-studio-code > div/);
  await page.waitForFunction(
    () =>
      !/Fehler/.test(
        document
          .querySelector('dh-studio-app')!
          .shadowRoot!.querySelector('dh-studio-editor')!
          .shadowRoot!.querySelector('#problem-count')!.textContent!,
      ),
  );
  // The preview shows the new sentence with the menu path as the panel will.
  await page.waitForFunction(() => {
    const article = document
      .querySelector('dh-studio-app')!
      .shadowRoot!.querySelector('dh-studio-editor')!
      .shadowRoot!.querySelector('dh-studio-preview')!
      .shadowRoot!.querySelector('dh-article');
    return [...(article?.shadowRoot?.querySelectorAll('.dh-menu-path') ?? [])].some(
      (a) => a.textContent === 'Mein Unternehmen → Kontingente & Auftragsstatus',
    );
  });
  const link = await page.evaluate(
    () =>
      document
        .querySelector('dh-studio-app')!
        .shadowRoot!.querySelector('dh-studio-editor')!
        .shadowRoot!.querySelector('dh-studio-preview')!
        .shadowRoot!.querySelector('.open a')
        ?.getAttribute('href') ?? '',
  );
  assert.equal(link, `/admin/warenkorb?dh-preview=${id}&dh-lang=de`);

  // Save with a change note, then publish.
  await tabTo(page, /dh-studio-editor > input#save-message/);
  await page.keyboard.type('Menüpfad zum Auftragsstatus ergänzt');
  await page.keyboard.press('Enter');
  await waitForText(page, /Gespeichert als Revision 2\./, ...EDITOR, '.notice');
  await tabTo(page, /dh-studio-workflow > button.*\[Veröffentlichen\]/);
  await page.keyboard.press('Enter');
  await waitForText(page, /Der Artikel ist veröffentlicht\./, ...EDITOR, 'dh-studio-workflow', '[role="status"]');
  assert.deepEqual(await axeViolations(page), []);

  // Another browser, a portal page: its panel shows the new text, without a restart.
  const reader = await watchedPage(portal.browser, portal.server.url, portal.problems);
  await reader.goto(`${portal.server.url}/admin/warenkorb`, { waitUntil: 'networkidle0' });
  await reader.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
  await reader.focus('dh-help-launcher');
  await reader.keyboard.press('Enter');
  await showsArticle(reader, title);
  await reader.waitForFunction(() =>
    /Den Stand sehen Sie unter/.test(
      document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dh-article')!.shadowRoot!.textContent!,
    ),
  );
  await reader.close();
  await page.close();
});

/** The text of the focused control. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });

test('two editors on one article: the second save gets the conflict view, the merge keeps both; a restore', async () => {
  const client = await studioEditor(portal.server.url);
  const { body: start } = await client.json('GET', '/api/studio/articles/kontakt/de');
  const [first, second] = [await studio('artikel/kontakt/de'), await studio('artikel/kontakt/de')];
  for (const page of [first, second]) await signIn(page, /dh-studio-editor > h1/);
  const typeAtLine = async (page: Page, line: number, text: string) => {
    await page.evaluate((n: number) => {
      const code = document
        .querySelector('dh-studio-app')!
        .shadowRoot!.querySelector('dh-studio-editor')!
        .shadowRoot!.querySelector<HTMLElement & { goToLine(n: number): void }>('dh-studio-code')!;
      code.goToLine(n);
    }, line);
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  };
  const lines = start.source.split('\n');
  const last = lines.length - 1;
  await typeAtLine(first, last, ' (erste Redakteurin)');
  await deepClick(first, ...EDITOR, '.save button[type="submit"]');
  await waitForText(first, /Gespeichert als Revision/, ...EDITOR, '.notice');

  await typeAtLine(second, lines.findIndex((l) => l.startsWith('title:')) + 1, ' und Hilfe');
  await deepClick(second, ...EDITOR, '.save button[type="submit"]');
  await focusAt(second, /dh-studio-conflict > h2#conflict-title/);
  assert.match(await deepText(second, ...EDITOR, 'dh-studio-conflict', '.summary'), /überschneiden sich nicht/);
  assert.deepEqual(await axeViolations(second), []);
  await deepClick(second, ...EDITOR, 'dh-studio-conflict', '.primary');
  await deepClick(second, ...EDITOR, '.save button[type="submit"]');
  await waitForText(second, /Gespeichert als Revision/, ...EDITOR, '.notice');
  const { body: merged } = await client.json('GET', '/api/studio/articles/kontakt/de');
  assert.match(merged.source, /\(erste Redakteurin\)/);
  assert.match(merged.source, /^title: .* und Hilfe$/m);

  // "Versionen": the first revision back as the newest draft.
  await deepClick(second, ...EDITOR, '#versions');
  await focusAt(second, /dh-studio-revisions > h2/);
  await second.waitForFunction(
    () =>
      document
        .querySelector('dh-studio-app')!
        .shadowRoot!.querySelector('dh-studio-editor')!
        .shadowRoot!.querySelector('dh-studio-revisions')!
        .shadowRoot!.querySelectorAll('.table-wrap tbody tr').length >= 3,
  );
  assert.deepEqual(await axeViolations(second), []);
  await deepClick(second, ...EDITOR, 'dh-studio-revisions', '.table-wrap tbody tr:last-child button');
  await waitForText(second, /Revision 1 ist jetzt der Entwurf/, ...EDITOR, '.notice');
  const { body: restored } = await client.json('GET', '/api/studio/articles/kontakt/de');
  assert.equal(restored.source, start.source);
  await first.close();
  await second.close();
});

test('a new article with a new keyword is found by the panel’s search once published', async () => {
  const page = await studio('neu');
  await signIn(page, /dh-studio-new > h1/);
  await tabTo(page, /dh-studio-new > input#title/);
  await page.keyboard.type('Faxgerät anschließen');
  await tabTo(page, /dh-studio-new > input#keywords/);
  await page.keyboard.type('Quokkafax, Telefax');
  await page.keyboard.press('Enter');
  await focusAt(page, /dh-studio-editor > h1/);
  assert.equal(new URL(page.url()).pathname, '/redaktion/artikel/faxgeraet-anschliessen/de');
  // The form shows what the check misses: the summary.
  await page.waitForFunction(() =>
    document
      .querySelector('dh-studio-app')!
      .shadowRoot!.querySelector('dh-studio-editor')!
      .shadowRoot!.querySelector('dh-studio-form')!
      .shadowRoot!.querySelector('#summary[aria-invalid="true"]'),
  );
  assert.deepEqual(await axeViolations(page), []);
  await tabTo(page, /dh-studio-form > textarea#summary/);
  await page.keyboard.type('So schließen Sie ein Faxgerät an Ihre Cloud PBX an.');
  await tabTo(page, /dh-studio-code > div/);
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type('Ein Faxgerät braucht einen Adapter.');
  await tabTo(page, /dh-studio-editor > input#save-message/);
  await page.keyboard.press('Enter');
  await waitForText(page, /Gespeichert als Revision 2\./, ...EDITOR, '.notice');
  await deepClick(page, ...EDITOR, 'dh-studio-workflow', '[data-action="publish"]');
  await waitForText(page, /Der Artikel ist veröffentlicht\./, ...EDITOR, 'dh-studio-workflow', '[role="status"]');

  const reader = await watchedPage(portal.browser, portal.server.url, portal.problems);
  await reader.goto(`${portal.server.url}/admin/`, { waitUntil: 'networkidle0' });
  await reader.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
  await reader.focus('dh-help-launcher');
  await reader.keyboard.press('Enter');
  await reader.waitForFunction(() =>
    document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-help-search'),
  );
  await tabTo(reader, /dh-help-search > input/);
  await reader.keyboard.type('Quokkafax');
  await reader.waitForFunction(() =>
    /Faxgerät anschließen/.test(
      document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dh-help-search')!.shadowRoot!.textContent!,
    ),
  );
  await reader.close();
  await page.close();
});

test('nothing went wrong in any page', () => {
  assert.deepEqual(portal.problems, []);
});
