import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { buildSearchIndex } from '@direkthilfe/core/search/build-index';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhHelpSearch } from './dh-help-search.js';
import type { ResultSelectDetail, SearchEventDetail } from '../events.js';
import '../dh-help-search.js';

const index = buildSearchIndex([
  {
    id: 'warenkorb',
    title: 'Warenkorb bestellen',
    summary: 'Bestellen Sie den Warenkorb.',
    roles: ['admin'],
    keywords: ['Warenkorb'],
    synonyms: [],
    headings: [],
    body: 'Prüfen Sie den Warenkorb und klicken Sie auf Kostenpflichtig bestellen.',
  },
  {
    id: 'auftrag',
    title: 'Auftrag hinzufügen',
    summary: 'Der Auftrag kommt in den Warenkorb.',
    roles: ['admin'],
    keywords: ['Auftrag'],
    synonyms: [],
    headings: [],
    body: 'Nach dem Formular kommt der Auftrag in den Warenkorb.',
  },
  {
    id: 'passwort',
    title: 'Passwortregeln',
    summary: 'Regeln für Ihr Passwort.',
    roles: ['user'],
    keywords: ['Passwort'],
    synonyms: [],
    headings: [],
    body: 'Das Passwort braucht acht Zeichen.',
  },
]);

const input = (el: DhHelpSearch) => el.shadowRoot!.querySelector('input')!;
const results = (el: DhHelpSearch) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.result')];

async function search(el: DhHelpSearch, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('dh-help-search', () => {
  it('is a labelled search box', async () => {
    const el = await fixture<DhHelpSearch>(html`<dh-help-search view="admin" .index=${index}></dh-help-search>`);
    expect(input(el).type).to.equal('search');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Hilfe durchsuchen');
    expect(input(el).placeholder).to.equal('Suchbegriff, z. B. Warenkorb');
    // Described by the result count only while there is one: never by an id that does not exist.
    expect(input(el).hasAttribute('aria-describedby')).to.equal(false);
    await expectAccessible(el);
    await search(el, 'Warenkorb');
    const count = el.shadowRoot!.getElementById(input(el).getAttribute('aria-describedby')!);
    expect(count!.textContent).to.equal('2 Treffer');
    await search(el, 'x');
    expect(el.shadowRoot!.getElementById(input(el).getAttribute('aria-describedby')!)).to.exist;
    el.view = 'user';
    await el.updateComplete;
    expect(input(el).placeholder).to.equal('Suchbegriff, z. B. Tischtelefon');
  });

  it('shows results while typing, with the matched words marked, respecting the view', async () => {
    const el = await fixture<DhHelpSearch>(html`<dh-help-search view="admin" .index=${index}></dh-help-search>`);
    await search(el, 'warenkorp');
    expect(results(el).map((r) => r.querySelector('.result-title')!.textContent)).to.deep.equal([
      'Warenkorb bestellen',
      'Auftrag hinzufügen',
    ]);
    expect([...results(el)[0].querySelectorAll('mark')].map((m) => m.textContent)).to.include('Warenkorb');
    await expectAccessible(el);
    el.view = 'user';
    await el.updateComplete;
    expect(results(el)).to.have.length(0);
  });

  it('announces the result count politely once typing pauses, and reports it as dh-search', async () => {
    const el = await fixture<DhHelpSearch>(html`<dh-help-search view="admin" .index=${index}></dh-help-search>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const event = oneEvent(el, 'dh-search');
    await search(el, 'Warenkorb');
    expect(region.textContent).to.equal('');
    const { detail } = (await event) as CustomEvent<SearchEventDetail>;
    expect(detail).to.deep.equal({ query: 'Warenkorb', count: 2 });
    await waitUntil(() => region.textContent === '2 Treffer');
  });

  it('moves through the results with the arrow keys, opens one with Enter and clears with Escape', async () => {
    const el = await fixture<DhHelpSearch>(html`<dh-help-search view="admin" .index=${index}></dh-help-search>`);
    await search(el, 'Warenkorb');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(results(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(results(el)[1]);
    const chosen = oneEvent(el, 'dh-result-select');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as CustomEvent<ResultSelectDetail>).detail.id).to.equal('auftrag');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(results(el)).to.have.length(0);
  });

  it('offers suggestions when nothing is found', async () => {
    const el = await fixture<DhHelpSearch>(
      html`<dh-help-search view="admin" .index=${index} .suggestions=${['Warenkorb', 'Auftrag']}></dh-help-search>`,
    );
    await search(el, 'Zebrastreifen');
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain(
      'Keine Treffer für „Zebrastreifen“.',
    );
    await expectAccessible(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion')!.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('Warenkorb');
    expect(results(el).length).to.equal(2);
  });
});
