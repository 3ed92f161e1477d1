import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
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
const search = (el: DhHelpPanel) => root(el).querySelector('dh-help-search')!;
const resultTitles = (el: DhHelpPanel) =>
  [...(search(el)?.shadowRoot?.querySelectorAll('.result-title') ?? [])].map((e) => e.textContent);
const button = (el: DhHelpPanel, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);

/** The focused element, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A panel wired like `window.direkthilfe` wires it: its own state changes come back into `state`. */
async function panel(change: Partial<HelpSnapshot> = {}, apiBase = '') {
  const el = await fixture<DhHelpPanel>(html`<dh-help-panel no-dock api-base=${apiBase}></dh-help-panel>`);
  el.addEventListener(
    'dh-state-change',
    (e) => (el.state = { ...el.state, ...(e as CustomEvent<Partial<HelpSnapshot>>).detail }),
  );
  el.state = state(change);
  await el.updateComplete;
  return el;
}

async function typeSearch(el: DhHelpPanel, text: string) {
  await waitUntil(() => search(el)?.index, 'the index did not load');
  search(el).shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
}

describe('dh-help-panel', () => {
  beforeEach(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens on its home view: search, first steps, the help for this page with its menu path, topics, contact', async () => {
    const el = await panel();
    const aside = root(el).querySelector('aside')!;
    expect(aside.getAttribute('aria-labelledby')).to.equal('title');
    expect(aside.matches(':popover-open'), 'in the top layer').to.equal(true);
    expect(root(el).querySelector('#title')!.textContent).to.equal('Direkthilfe');
    await waitUntil(() => articleTitle(el) === 'Warenkorb prüfen und kostenpflichtig bestellen', 'topic not shown');
    expect(root(el).querySelector('.eyebrow')!.textContent).to.equal('Hilfe zu dieser Seite');
    const crumbs = [...root(el).querySelectorAll('nav.breadcrumb li')].map((li) => li.textContent);
    expect(crumbs).to.deep.equal(['Mein Unternehmen', 'Kontingente & Auftragsstatus', 'Warenkorb']);
    expect(button(el, 'Ersteinrichtung Schritt für Schritt')).to.exist;
    expect(root(el).querySelector('.contact h3')!.textContent).to.equal('Kontakt');
    // Icon buttons with names; no back arrow at home.
    expect(root(el).querySelector('.close')!.textContent!.trim()).to.equal('Schließen');
    expect(root(el).querySelector('.language')!.textContent!.trim()).to.equal('English');
    expect(root(el).querySelector('.back')).to.equal(null);
    // Article sections sit below the article's title (h3).
    await waitUntil(() => article(el)?.shadowRoot?.querySelector('.content h4'), 'sections are not h4');
    expect(article(el)!.shadowRoot!.querySelector('.content h2, .content h3')).to.equal(null);
    await waitUntil(() => root(el).querySelector('.all-topics'));
    await expectAccessible(el);
  });

  it('a page without a topic says so and lists every topic of the view', async () => {
    const el = await panel({ page: 'demo/start' });
    await waitUntil(() => root(el).querySelector('.state')?.textContent?.includes('keinen eigenen Hilfeartikel'));
    await waitUntil(() => root(el).querySelector<HTMLDetailsElement>('details.all-topics')?.open);
    expect(root(el).querySelectorAll('.all-topics li').length).to.be.greaterThan(5);
    await expectAccessible(el);
  });

  it('moves through a guide with Weiter, focus on the new title, and back with the arrow', async () => {
    const el = await panel();
    await waitUntil(() => article(el)?.shadowRoot?.querySelector('.next'));
    article(el)!.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
    await waitUntil(() => articleTitle(el) === 'Auftragsstatus verfolgen', `got ${articleTitle(el)}`);
    await waitUntil(() => deepActive()?.classList.contains('title'), 'focus is not on the new title');
    expect(root(el).querySelector('.breadcrumb'), 'the page’s menu path is not above another article').to.equal(null);
    await expectAccessible(el);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => articleTitle(el) === 'Warenkorb prüfen und kostenpflichtig bestellen');
    expect(root(el).querySelector('.back')).to.equal(null);
  });

  it('opens a search hit with focus on its title, and goes back to the same results, then home', async () => {
    const el = await panel();
    await typeSearch(el, 'aktivirungsmail');
    await waitUntil(() => search(el).shadowRoot!.querySelector('.result'));
    await expectAccessible(el);
    await sendKeys({ press: 'ArrowDown' });
    const viewed = oneEvent(el, 'dh-article-view');
    await sendKeys({ press: 'Enter' });
    const id = ((await viewed) as CustomEvent<{ id: string }>).detail.id;
    expect(id).to.match(/^admin-aktivierungsmail/);
    await waitUntil(() => deepActive()?.classList.contains('title'), 'focus is not on the article title');
    expect(el.state.query, 'the results are kept').to.equal('aktivirungsmail');
    await expectAccessible(el);

    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => search(el)?.shadowRoot?.querySelector('.result'), 'the results are not back');
    await waitUntil(() => deepActive()?.classList.contains('result'), 'focus is not on the opened result');
    expect(search(el).shadowRoot!.querySelector('input')!.value).to.equal('aktivirungsmail');
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => el.state.query === '' && articleTitle(el) !== '', 'not home');
  });

  it('says how many hits the other view has, and switches to it', async () => {
    const el = await panel();
    await typeSearch(el, 'doppelt angemeldet');
    await waitUntil(() => search(el).shadowRoot!.querySelector('.other-view button'), 'no hint to the other view');
    const hint = search(el).shadowRoot!.querySelector<HTMLButtonElement>('.other-view button')!;
    expect(hint.textContent!.trim()).to.match(/^In der Anwender-Ansicht gibt es \d+ Treffer\.$/);
    expect(search(el).shadowRoot!.querySelector('.count')!.textContent).to.contain('Keine Treffer');
    await expectAccessible(el);
    hint.click();
    await waitUntil(() => el.state.role === 'user');
    await waitUntil(() => resultTitles(el).length > 0, 'no results in the user view');
    expect(el.state.query).to.equal('doppelt angemeldet');
  });

  it('with no results offers searches that find something, not words of titles', async () => {
    const el = await panel({ query: 'Zebrastreifen' });
    await waitUntil(() => search(el)?.shadowRoot?.querySelector('.suggestion'), 'no suggestions');
    const words = [...search(el).shadowRoot!.querySelectorAll('.suggestion')].map((b) => b.textContent);
    expect(words).to.include('Warenkorb');
    expect(words.every((w) => !['Die', 'Zwischen', 'Anmeldung'].includes(w!))).to.equal(true);
    expect(root(el).querySelector('.contact')).to.exist;
    await expectAccessible(el);
  });

  it('finds the desk-phone article for a compound word and ranks a question by its topic', async () => {
    const el = await panel({ role: 'user', page: 'user/endgeraete', query: 'Tischtelefonanmeldung' });
    await waitUntil(() => resultTitles(el).length > 0, 'no results');
    expect(resultTitles(el)[0]).to.equal('Am Tischtelefon anmelden');
    el.state = { ...el.state, query: 'wie ändere ich mein passwort' };
    await waitUntil(() => resultTitles(el)[0]?.includes('Passwort'), `got ${resultTitles(el).join(', ')}`);
    expect(resultTitles(el).some((t) => t!.includes('Aktivierungsdatum'))).to.equal(false);
  });

  it('opens a help link of a wizard step inside the panel and comes back to the same wizard', async () => {
    const el = await panel();
    button(el, 'Ersteinrichtung Schritt für Schritt')!.click();
    const wizard = () => root(el).querySelector('dh-wizard');
    await waitUntil(() => wizard()?.shadowRoot?.querySelector('.progress'), 'no wizard');
    expect(wizard()!.getAttribute('flow')).to.equal('admin-first-setup');
    await expectAccessible(el);
    const instance = wizard();
    const help = [...wizard()!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      /Hilfe/.test(b.textContent!),
    )!;
    help.click();
    await waitUntil(() => articleTitle(el) !== '', 'the article did not open');
    expect(el.state.wizard, 'the wizard stays').to.equal('admin-first-setup');
    expect(wizard()!.hidden).to.equal(true);
    const bar = root(el).querySelector<HTMLButtonElement>('.wizard-return button')!;
    expect(bar.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Zurück zum Assistenten · Schritt \d von 8$/);
    await expectAccessible(el);
    bar.click();
    await waitUntil(() => el.state.articleId === null && !wizard()!.hidden);
    expect(wizard(), 'the same wizard, with whatever was typed').to.equal(instance);
  });

  it('closes with an icon button named "Schließen", on the title’s row', async () => {
    const el = await panel();
    await waitUntil(() => articleTitle(el) !== '');
    const close = root(el).querySelector<HTMLButtonElement>('.close')!;
    expect(close.querySelector('svg.icon')).to.exist;
    expect(close.querySelector('.visually-hidden')!.textContent).to.equal('Schließen');
    const box = close.getBoundingClientRect();
    expect(box.width, 'a square icon button').to.equal(box.height);
    expect(box.top).to.be.below(root(el).querySelector('#title')!.getBoundingClientRect().bottom);
    await expectAccessible(el);
  });

  it('slides in and settles each view, unless the reader asks for less motion', async () => {
    const animation = (el: DhHelpPanel) =>
      ['aside', '.view'].map((selector) => getComputedStyle(root(el).querySelector(selector)!).animationName);
    const moving = await panel();
    expect(animation(moving)).to.deep.equal(['slide-in', 'settle']);
    moving.remove();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await panel();
      expect(animation(still)).to.deep.equal(['none', 'none']);
      await expectAccessible(still);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
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

  it('is a full-screen modal dialog on a phone, with a header of one row', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await panel();
    await waitUntil(() => root(el).querySelector('dialog[open]'));
    expect(root(el).querySelector('dialog')!.matches(':modal')).to.equal(true);
    expect(root(el).querySelector('dialog')!.getBoundingClientRect().width).to.equal(360);
    expect(root(el).querySelector('header')!.getBoundingClientRect().height).to.be.at.most(64);
    const close = root(el).querySelector('.close')!.getBoundingClientRect();
    const title = root(el).querySelector('#title')!.getBoundingClientRect();
    expect(close.top, 'the close button is on the title’s row').to.be.below(title.bottom);
    await waitUntil(() => articleTitle(el) !== '');
    // Each view's name on one line ("Anwender-" / "Ansicht" was broken at its hyphen).
    const options = [...root(el).querySelector('dh-role-switch')!.shadowRoot!.querySelectorAll('label')];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Anwender-Ansicht', 'Administrator-Ansicht']);
    for (const option of options) {
      // The label's text only (its radio button is drawn apart).
      const text = document.createRange();
      text.selectNodeContents(
        [...option.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!,
      );
      const lines = new Set([...text.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      expect(lines.size, option.textContent!).to.equal(1);
    }
    await expectAccessible(el);
  });

  it('lies over the page as a side sheet where docking would leave the page under 480 px', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await panel();
    await waitUntil(() => root(el).querySelector('dialog[open]'));
    const box = root(el).querySelector('dialog')!.getBoundingClientRect();
    expect(box.width).to.equal(416);
    expect(box.right).to.equal(800);
  });

  it('switches language with its own button: the whole panel, view switch included', async () => {
    const el = await panel();
    await waitUntil(() => articleTitle(el) !== '');
    root(el).querySelector<HTMLButtonElement>('.language')!.click();
    await waitUntil(() => articleTitle(el) === 'Checking the cart and placing a paid order', `got ${articleTitle(el)}`);
    await waitUntil(
      () => root(el).querySelector('.close')!.textContent!.trim() === 'Close',
      'English strings did not load',
    );
    expect(root(el).querySelector('.language')!.textContent!.trim()).to.equal('Deutsch');
    const roleSwitch = root(el).querySelector('dh-role-switch')!;
    await waitUntil(() => roleSwitch.shadowRoot!.textContent!.includes('Administrator view'));
    expect(deepActive()).to.equal(root(el).querySelector('.language'));
    await expectAccessible(el);
  });

  it('says that an article does not exist (any more), and stays usable', async () => {
    const el = await panel({ articleId: 'gibt-es-nicht' });
    await waitUntil(() => root(el).querySelector('.missing'));
    expect(root(el).querySelector('.missing-title')!.textContent).to.equal('Diesen Artikel gibt es nicht (mehr).');
    await expectAccessible(el);
    button(el, 'Zur Startseite der Hilfe')!.click();
    await waitUntil(() => articleTitle(el) === 'Warenkorb prüfen und kostenpflichtig bestellen');
  });

  it('says that a wizard does not exist (any more)', async () => {
    const el = await panel({ wizard: 'gibt-es-nicht' });
    await waitUntil(() => root(el).querySelector('.missing'));
    expect(root(el).querySelector('.missing-title')!.textContent).to.equal('Diesen Assistenten gibt es nicht (mehr).');
    expect(root(el).querySelector('dh-wizard')).to.equal(null);
    await expectAccessible(el);
  });

  it('offers the wizards only where the help API is the page itself, unless turned off', async () => {
    const offered = (el: DhHelpPanel) => root(el).querySelector('#first-steps-start') !== null;
    const own = await panel();
    await waitUntil(() => articleTitle(own) !== '');
    expect(offered(own)).to.equal(true);
    own.wizards = 'off';
    await own.updateComplete;
    expect(offered(own)).to.equal(false);

    // Another origin (nothing listens there: the topic fails, the home view stays).
    const other = await panel({}, 'http://127.0.0.1:9');
    await waitUntil(() => root(other).querySelector('.error'));
    expect(offered(other)).to.equal(false);
    // A wizard asked for all the same leaves the panel on its home view.
    other.state = { ...other.state, wizard: 'admin-first-setup' };
    await other.updateComplete;
    expect(other.state.wizard).to.equal(null);
    expect(root(other).querySelector('dh-wizard')).to.equal(null);
    expect(search(other)).to.exist;
  });

  it('shows no stale topic when the page key is unknown or removed', async () => {
    const el = await panel();
    await waitUntil(() => articleTitle(el) !== '');
    el.state = { ...el.state, page: 'admin/unbekannt' };
    await waitUntil(() => root(el).querySelector('.state')?.textContent?.includes('keinen eigenen Hilfeartikel'));
    expect(article(el)).to.equal(null);
    el.state = { ...el.state, page: null };
    await el.updateComplete;
    expect(article(el)).to.equal(null);
    expect(search(el)).to.exist;
  });

  it('after "Nein" on feedback asks what was missing, and offers other searches, related topics and contact', async () => {
    const el = await panel();
    await waitUntil(() => article(el)?.shadowRoot?.querySelector('.feedback button'));
    const no = [...article(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.feedback button')].find(
      (b) => b.textContent!.trim() === 'Nein',
    )!;
    no.click();
    await waitUntil(() => root(el).querySelector('.unhelpful'));
    // The comment form loads now; the pressed button is gone, so focus goes to its text field.
    const comment = root(el).querySelector('dh-feedback-comment')!;
    await waitUntil(() => comment.shadowRoot?.querySelector('textarea'), 'the comment form did not load');
    expect(comment.getAttribute('article')).to.equal(article(el)!.article!.id);
    expect(deepActive()).to.equal(comment.shadowRoot!.querySelector('textarea'));
    expect(comment.shadowRoot!.querySelector('label')!.textContent).to.contain('Was hat Ihnen gefehlt?');
    await expectAccessible(el);
    expect(button(el, 'Anders suchen')).to.exist;
    button(el, 'Kontakt aufnehmen')!.click();
    expect(root(el).activeElement).to.equal(root(el).querySelector('#contact'));
    await expectAccessible(el);
  });

  it('shows an error with a retry when the help cannot be reached', async () => {
    const el = await panel({}, '/unreachable');
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('Die Hilfe ist gerade nicht erreichbar.');
    expect(button(el, 'Erneut versuchen')).to.exist;
    await expectAccessible(el);
  });

  it('mirrors its arrows in right-to-left pages and opens at the left edge', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const el = await panel({ articleId: 'admin-auftragsstatus' });
      await waitUntil(() => root(el).querySelector('.back'));
      const arrow = root(el).querySelector('.back svg')!;
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const aside = root(el).querySelector('aside')!;
      await Promise.all(aside.getAnimations().map((a) => a.finished));
      expect(aside.getBoundingClientRect().left).to.equal(0);
    } finally {
      document.documentElement.dir = '';
    }
  });
});
