import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { newArticleSource } from '@direkthilfe/core/studio/frontmatter-form';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import { EDITOR_PASSWORD, editorSession, uniqueId } from '../../../../test/helpers/studio-session.js';
import { routeOf, type DhStudioApp } from './dh-studio-app.js';
import './dh-studio-app.js';

const start = location.pathname + location.search;
afterEach(() => history.replaceState(null, '', start));

/** The app at a path of the studio, as a browser opening that address. */
async function app(path = '') {
  history.replaceState(null, '', `/redaktion/${path}`);
  return fixture<DhStudioApp>(html`<dh-studio-app></dh-studio-app>`);
}
const root = (el: DhStudioApp) => el.shadowRoot!;
/** The focused element's chain through the shadow roots, e.g. `dh-studio-list > h1#list-title`. */
function focusPath(el: DhStudioApp) {
  const path: string[] = [];
  let active: Element | null | undefined = root(el).activeElement;
  while (active) {
    path.push(active.localName + (active.id ? `#${active.id}` : ''));
    active = active.shadowRoot?.activeElement;
  }
  return path.join(' > ');
}
const focused = (el: DhStudioApp, pattern: RegExp) =>
  waitUntil(() => pattern.test(focusPath(el)), `the focus is not at ${pattern}`);

describe('dh-studio-app', () => {
  before(async () => {
    await (await editorSession()).logout();
  });
  after(() => localStorage.removeItem('dh-studio-lang'));

  it('reads its pages from the path', () => {
    expect(routeOf('')).to.deep.equal({ name: 'list' });
    expect(routeOf('artikel/kontakt/en')).to.deep.equal({ name: 'editor', id: 'kontakt', lang: 'en' });
    expect(routeOf('einladung')).to.deep.equal({ name: 'invitation' });
    expect(routeOf('artikel/Kontakt/fr').name).to.equal('not-found');
  });

  it('signs in with the keyboard, then goes to the article list, the focus at each heading', async () => {
    const el = await app('');
    await focused(el, /dh-studio-login > h1#login-title/);
    expect(location.pathname).to.equal('/redaktion/anmelden');
    expect(document.title).to.equal('Anmelden – Redaktion – Direkthilfe');
    await expectAccessible(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'redaktion' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: EDITOR_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await focused(el, /dh-studio-list > h1#list-title/);
    expect(location.pathname).to.equal('/redaktion/');
    const list = root(el).querySelector('dh-studio-list')!;
    expect(list.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(10);
    expect(root(el).querySelector('.user')!.textContent).to.equal('Angemeldet als redaktion');
    await expectAccessible(el);
  });

  it('opens an article from the list with Enter, and goes back with the browser', async () => {
    const client = await editorSession();
    const id = uniqueId('app');
    await client.save(
      id,
      'de',
      newArticleSource(id, { title: 'App-Testartikel', summary: 'Test.', keywords: ['Apptest'] }) + '\nText.\n',
      0,
    );
    const el = await app('');
    await focused(el, /dh-studio-list > h1/);
    const list = root(el).querySelector('dh-studio-list')!;
    list.shadowRoot!.querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({ type: 'App-Testartikel' });
    await waitUntil(() => list.shadowRoot!.querySelectorAll('tbody tr').length === 1);
    list.shadowRoot!.querySelector<HTMLAnchorElement>('tbody th a')!.focus();
    await sendKeys({ press: 'Enter' });
    await focused(el, /dh-studio-editor > h1/);
    expect(location.pathname).to.equal(`/redaktion/artikel/${id}/de`);
    const editor = root(el).querySelector('dh-studio-editor')!;
    expect(editor.shadowRoot!.querySelector('h1')!.textContent).to.equal('App-Testartikel');
    await expectAccessible(el);
    history.back();
    await focused(el, /dh-studio-list > h1/);
    expect(location.pathname).to.equal('/redaktion/');
  });

  it('has "Neuer Artikel" in its navigation, and a way back from a page it does not have', async () => {
    const el = await app('nirgendwo');
    await focused(el, /^main > h1|^h1/);
    expect(root(el).querySelector('main h1')!.textContent).to.equal('Diese Seite gibt es in der Redaktion nicht.');
    await expectAccessible(el);
    root(el).querySelector<HTMLAnchorElement>('nav a[href="/redaktion/neu"]')!.click();
    await focused(el, /dh-studio-new > h1#new-title/);
    expect(location.pathname).to.equal('/redaktion/neu');
    expect(root(el).querySelector('nav a[aria-current="page"]')!.textContent).to.equal('Neuer Artikel');
  });

  it('opens the reports from its navigation, the focus at their heading', async () => {
    const el = await app('');
    await focused(el, /dh-studio-list > h1/);
    const link = root(el).querySelector<HTMLAnchorElement>('nav a[href="/redaktion/auswertungen"]')!;
    expect(link.textContent).to.equal('Auswertungen');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await focused(el, /^h1$/);
    expect(root(el).querySelector('main h1')!.textContent).to.equal('Auswertungen');
    expect(root(el).querySelector('dh-studio-reports')).to.exist;
    expect(location.pathname).to.equal('/redaktion/auswertungen');
    expect(document.title).to.equal('Auswertungen – Redaktion – Direkthilfe');
  });

  it('starts a new article with the search term of the address', async () => {
    const el = await app('neu?suchbegriff=Quallenfax');
    await focused(el, /dh-studio-new > h1/);
    const form = root(el).querySelector('dh-studio-new')!;
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#keywords')!.value).to.equal('Quallenfax');
  });

  it('speaks English when chosen, and remembers it', async () => {
    const el = await app('');
    await focused(el, /dh-studio-list > h1/);
    const select = root(el).querySelector<HTMLSelectElement>('#ui-language')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => root(el).querySelector('nav a')!.textContent === 'Articles');
    expect(document.documentElement.lang).to.equal('en');
    expect(localStorage.getItem('dh-studio-lang')).to.equal('en');
    const list = root(el).querySelector('dh-studio-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('h1')!.textContent === 'Articles');
    await expectAccessible(el);
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => document.documentElement.lang === 'de');
  });

  it('signs out to the sign-in page', async () => {
    const el = await app('');
    await focused(el, /dh-studio-list > h1/);
    root(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await focused(el, /dh-studio-login > h1/);
    expect(location.pathname).to.equal('/redaktion/anmelden');
    await waitUntil(async () => {
      try {
        await new StudioClient().articles();
        return false;
      } catch {
        return true;
      }
    }, 'still signed in');
  });

  it('takes the invitation token out of the address at once', async () => {
    history.replaceState(null, '', '/redaktion/einladung#token=abcdefghijklmnopqrstuvwxyz0123456789');
    const el = await fixture<DhStudioApp>(html`<dh-studio-app></dh-studio-app>`);
    await focused(el, /dh-studio-invitation > h1/);
    expect(location.hash).to.equal('');
    expect(location.pathname).to.equal('/redaktion/einladung');
    await expectAccessible(el);
  });
});
