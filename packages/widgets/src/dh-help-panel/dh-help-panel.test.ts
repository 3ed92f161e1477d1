import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import { openPanelState } from '../../../../test/helpers/help-snapshot.js';
import type { DhHelpPanel } from './dh-help-panel.js';
import '../dh-help-panel.js';

// The help API is the real backend with the published content (see scripts/portal-api-middleware.mjs).

const state = openPanelState;

const root = (el: DhHelpPanel) => el.shadowRoot!;
const article = (el: DhHelpPanel) => root(el).querySelector('dh-article');
const articleTitle = (el: DhHelpPanel) => article(el)?.shadowRoot?.querySelector('.title')?.textContent ?? '';

/** A panel wired like `window.direkthilfe` wires it: its own state changes come back into `state`. */
async function panel(change: Partial<HelpSnapshot> = {}) {
  const el = await fixture<DhHelpPanel>(html`<dh-help-panel no-dock></dh-help-panel>`);
  el.addEventListener(
    'dh-state-change',
    (e) => (el.state = { ...el.state, ...(e as CustomEvent<Partial<HelpSnapshot>>).detail }),
  );
  el.state = state(change);
  await el.updateComplete;
  return el;
}

describe('dh-help-panel', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a labelled complementary region showing the topic of the current page, with its menu path', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await panel();
    const aside = root(el).querySelector('aside')!;
    expect(aside.getAttribute('aria-labelledby')).to.equal('title');
    expect(root(el).querySelector('#title')!.textContent).to.equal('Direkthilfe');
    await waitUntil(() => articleTitle(el) === 'Warenkorb prüfen und kostenpflichtig bestellen', 'topic not shown');
    const crumbs = [...root(el).querySelectorAll('nav.breadcrumb li')].map((li) => li.textContent);
    expect(crumbs).to.deep.equal(['Mein Unternehmen', 'Kontingente & Auftragsstatus', 'Warenkorb']);
    expect(root(el).querySelector('.contact h3')!.textContent).to.equal('Kontakt');
    await expectAccessible(el);
  });

  it('says so when a page has no topic of its own', async () => {
    const el = await panel({ page: 'demo/start' });
    await waitUntil(() => root(el).querySelector('.state')?.textContent?.includes('keinen eigenen Hilfeartikel'));
    await expectAccessible(el);
  });

  it('moves through a guide with Zurück and Weiter', async () => {
    const el = await panel();
    await waitUntil(() => article(el)?.shadowRoot?.querySelector('.next'));
    article(el)!.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
    await waitUntil(() => articleTitle(el) === 'Auftragsstatus verfolgen', `got ${articleTitle(el)}`);
    expect(root(el).querySelector('.link')!.textContent).to.contain('Zurück zur Hilfe für diese Seite');
    await expectAccessible(el);
  });

  it('searches in the current view and opens a result', async () => {
    const el = await panel();
    const search = root(el).querySelector('dh-help-search')!;
    await waitUntil(() => search.index, 'the index did not load');
    const input = search.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'aktivirungsmail' });
    await waitUntil(() => search.shadowRoot!.querySelector('.result'));
    await expectAccessible(el);
    await sendKeys({ press: 'ArrowDown' });
    const viewed = oneEvent(el, 'dh-article-view');
    await sendKeys({ press: 'Enter' });
    expect(((await viewed) as CustomEvent<{ id: string }>).detail.id).to.match(/^admin-aktivierungsmail/);
  });

  it('switches to the user view and filters by it', async () => {
    const el = await panel({ page: 'user/endgeraete' });
    await waitUntil(() => root(el).querySelector('.state')?.textContent?.includes('keinen eigenen Hilfeartikel'));
    const radios = root(el).querySelector('dh-role-switch')!.shadowRoot!.querySelectorAll('input');
    radios[0].click();
    await waitUntil(() => el.state.role === 'user');
    await waitUntil(() => articleTitle(el) === 'Am Tischtelefon anmelden', `got ${articleTitle(el)}`);
  });

  it('offers the first-steps wizard of the current view', async () => {
    const el = await panel();
    const offer = [...root(el).querySelectorAll<HTMLButtonElement>('button.link')].find(
      (b) => b.textContent!.trim() === 'Ersteinrichtung Schritt für Schritt',
    )!;
    offer.click();
    await waitUntil(() => root(el).querySelector('dh-wizard'));
    expect(el.state.wizard).to.equal('admin-first-setup');
    expect(root(el).querySelector('dh-wizard')!.getAttribute('flow')).to.equal('admin-first-setup');
    // The wizard asks the real backend where this visitor stands; without a session, at the first step.
    const wizard = () => root(el).querySelector('dh-wizard')!.shadowRoot!;
    await waitUntil(() => root(el).querySelector('dh-wizard')?.shadowRoot?.querySelector('.progress'), 'no wizard', {
      timeout: 4000,
    });
    expect(wizard().querySelector('.progress')!.textContent).to.match(/^Schritt \d von 8$/);
    await expectAccessible(el);
  });

  it('closes with Escape and fires dh-close', async () => {
    const el = await panel();
    await waitUntil(() => articleTitle(el) !== '');
    root(el).querySelector<HTMLElement>('#title')!.focus();
    const closed = oneEvent(el, 'dh-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(el.state.open).to.equal(false);
    expect(root(el).querySelector('aside')).to.equal(null);
  });

  it('is a modal dialog on narrow screens', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await panel();
    await waitUntil(() => root(el).querySelector('dialog[open]'));
    expect(root(el).querySelector('dialog')!.matches(':modal')).to.equal(true);
    await waitUntil(() => articleTitle(el) !== '');
    await expectAccessible(el);
  });

  it('speaks English', async () => {
    const el = await panel({ lang: 'en' });
    await waitUntil(() => articleTitle(el) === 'Checking the cart and placing a paid order', `got ${articleTitle(el)}`);
    expect(root(el).querySelector('.close')!.textContent).to.equal('Close');
    await expectAccessible(el);
  });

  it('shows an error with a retry when the help cannot be reached', async () => {
    const el = await panel({ articleId: 'gibt-es-nicht', page: null });
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('Die Hilfe ist gerade nicht erreichbar.');
    expect(root(el).querySelector('.link')!.textContent!.trim()).to.equal('Erneut versuchen');
    await expectAccessible(el);
  });
});
