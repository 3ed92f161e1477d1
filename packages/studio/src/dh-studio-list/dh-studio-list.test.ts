import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { StudioArticleListItem, StudioLanguageState } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioList } from './dh-studio-list.js';
import './dh-studio-list.js';

const state = (status: StudioLanguageState['status'], updatedAt: string, outdated = false): StudioLanguageState => ({
  status,
  revision: 2,
  publishedRevision: status === 'published' ? 2 : null,
  publishAt: null,
  updatedAt,
  updatedBy: 'redaktion',
  outdated,
});
const ARTICLES: StudioArticleListItem[] = [
  {
    id: 'admin-warenkorb-bestellen',
    title: 'Warenkorb prüfen und bestellen',
    roles: ['admin'],
    contexts: ['admin/warenkorb'],
    languages: { de: state('published', '2026-11-01T10:00:00Z'), en: state('published', '2026-10-01T10:00:00Z', true) },
  },
  {
    id: 'passwort-aendern',
    title: 'Passwort ändern',
    roles: ['admin', 'user'],
    contexts: [],
    languages: { de: state('draft', '2026-11-20T08:00:00Z'), en: null },
  },
];
const PAGES = [{ key: 'admin/warenkorb', url: '/admin/warenkorb', role: 'admin' as const, menuPath: ['Warenkorb'] }];

const list = () => fixture<DhStudioList>(html`<dh-studio-list .articles=${ARTICLES} .pages=${PAGES}></dh-studio-list>`);
const rows = (el: DhStudioList) => [...el.shadowRoot!.querySelectorAll('tbody tr')];

describe('dh-studio-list', () => {
  it('lists title, views, pages, both languages, and the last change, newest first', async () => {
    const el = await list();
    const [first, second] = rows(el);
    expect(first.querySelector('th a')!.getAttribute('href')).to.equal('/redaktion/artikel/passwort-aendern/de');
    expect(first.textContent).to.contain('Administrator, Anwender');
    expect(first.querySelectorAll('.lang')[1].textContent).to.contain('Fehlt');
    expect(first.querySelectorAll('.lang a')[1].getAttribute('href')).to.equal(
      '/redaktion/artikel/passwort-aendern/en',
    );
    expect(second.querySelector('.pages')!.textContent).to.contain('admin/warenkorb');
    expect(second.querySelectorAll('.lang')[1].textContent).to.contain('Übersetzung veraltet');
    expect(second.textContent).to.contain('01.11.2026');
    expect(second.textContent).to.contain('redaktion');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('2 von 2 Artikeln');
    await expectAccessible(el);
  });

  it('filters as the editor types, and says how many are left', async () => {
    const el = await list();
    el.shadowRoot!.querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({ type: 'warenk' });
    await waitUntil(() => rows(el).length === 1, 'the list was not filtered');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('1 von 2 Artikeln');
    await sendKeys({ type: 'xyz' });
    await waitUntil(() => rows(el).length === 0);
    expect(el.shadowRoot!.textContent).to.contain('Kein Artikel passt zu diesem Filter.');
    await expectAccessible(el);
  });

  it('filters by outdated translations and by status', async () => {
    const el = await list();
    const status = el.shadowRoot!.querySelector<HTMLSelectElement>('#status')!;
    status.value = 'outdated';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).map((r) => r.querySelector('th')!.textContent)).to.deep.equal(['Warenkorb prüfen und bestellen']);
    status.value = 'draft';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).map((r) => r.querySelector('th')!.textContent)).to.deep.equal(['Passwort ändern']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(2);
  });

  it('has a way to the first article when there is none', async () => {
    const el = await fixture<DhStudioList>(html`<dh-studio-list></dh-studio-list>`);
    expect(el.shadowRoot!.textContent).to.contain('Legen Sie mit „Neuer Artikel“ den ersten an.');
    expect(el.shadowRoot!.querySelector('a.button')!.getAttribute('href')).to.equal('/redaktion/neu');
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement!.id).to.equal('list-title');
    await expectAccessible(el);
  });
});
