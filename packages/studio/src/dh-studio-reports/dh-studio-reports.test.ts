import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioReports, StudioReports } from './dh-studio-reports.js';
import './dh-studio-reports.js';

// The reports as the studio API answers them (their shapes are the contract's), and the element loading
// them from the real backend (scripts/portal-api-middleware.mjs), where this page has no editor session.

const reports: StudioReports = {
  feedback: {
    from: '2026-11-05',
    to: '2026-12-02',
    rows: [
      {
        articleId: 'passwortregeln',
        title: 'Regeln für Ihr Passwort',
        lang: 'de',
        week: '2026-W49',
        helpful: 4,
        notHelpful: 2,
        comments: [{ day: '2026-12-01', text: 'Mir fehlt ein Beispiel.' }],
      },
      { articleId: 'alt', title: null, lang: 'en', week: '2026-W48', helpful: 1, notHelpful: 0, comments: [] },
    ],
  },
  searches: {
    from: '2026-11-05',
    to: '2026-12-02',
    minSearches: 3,
    days: [
      {
        day: '2026-12-02',
        lang: 'de',
        searches: 12,
        noResults: 5,
        queries: [
          {
            query: 'warenkorb',
            searches: 6,
            noResults: 0,
            opened: [{ articleId: 'admin-warenkorb-bestellen', title: 'Warenkorb bestellen', opens: 4 }],
          },
          { query: 'fax einrichten', searches: 4, noResults: 4, opened: [] },
        ],
      },
    ],
  },
  funnel: {
    from: '2026-11-05',
    to: '2026-12-02',
    weeks: [
      {
        flow: 'user-first-login',
        week: '2026-W49',
        users: 3,
        steps: [
          { step: 'welcome', started: 3, finished: 2 },
          { step: 'request-temporary-password', started: 2, finished: 1 },
        ],
      },
    ],
  },
};

const root = (el: DhStudioReports) => el.shadowRoot!;
const table = (el: DhStudioReports, caption: string) =>
  [...root(el).querySelectorAll('table')].find((t) => t.caption?.textContent?.trim().startsWith(caption))!;
const cells = (row: Element) => [...row.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

describe('dh-studio-reports', () => {
  it('shows feedback, searches and the funnel in tables, German first', async () => {
    const el = await fixture<DhStudioReports>(
      html`<dh-studio-reports lang="de" .reports=${reports}></dh-studio-reports>`,
    );
    const headings = [...root(el).querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).to.deep.equal([
      'Rückmeldungen zu Artikeln',
      'Suchen in der Hilfe',
      'Assistenten „Erste Schritte“',
    ]);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      'Auswertung vom 05.11.2026 bis 02.12.2026',
    );

    const feedback = table(el, 'Antworten auf');
    expect(cells(feedback.tHead!.rows[0])).to.deep.equal([
      'Artikel',
      'Sprache',
      'Woche',
      'Ja',
      'Nein',
      'Hinweise nach „Nein“',
    ]);
    expect(cells(feedback.tBodies[0].rows[0])).to.deep.equal([
      'Regeln für Ihr Passwort passwortregeln',
      'Deutsch',
      'KW 49/2026',
      '4',
      '2',
      '01.12.2026: Mir fehlt ein Beispiel.',
    ]);
    expect(cells(feedback.tBodies[0].rows[1]).slice(0, 3)).to.deep.equal([
      'nicht mehr veröffentlicht alt',
      'Englisch',
      'KW 48/2026',
    ]);

    expect(cells(table(el, 'Häufigste Suchen').tBodies[0].rows[0])).to.deep.equal(['warenkorb', 'Deutsch', '6', '0']);
    expect(cells(table(el, 'Geöffnete Ergebnisse').tBodies[0].rows[0])).to.deep.equal([
      'warenkorb',
      'Deutsch',
      'Warenkorb bestellen',
      '4',
    ]);
    expect(cells(table(el, 'Suchen pro Tag').tBodies[0].rows[0])).to.deep.equal(['02.12.2026', 'Deutsch', '12', '5']);
    expect(root(el).textContent).to.contain('12 Suchen, davon 5 ohne Treffer.');
    expect(root(el).textContent).to.contain('mindestens 3-mal');

    const funnel = table(el, 'Erstanmeldung in MyPortal, KW 49/2026: 3 Personen');
    expect(cells(funnel.tBodies[0].rows[0])).to.deep.equal(['Willkommen bei Cloud PBX', '3', '2']);
    expect(cells(funnel.tBodies[0].rows[1])).to.deep.equal(['Temporäres Passwort anfordern', '2', '1']);
    await expectAccessible(el);
  });

  it('"Artikel anlegen" for a search without results: a typed event with the query as keyword, by keyboard', async () => {
    const el = await fixture<DhStudioReports>(html`<dh-studio-reports .reports=${reports}></dh-studio-reports>`);
    const withoutResults = table(el, 'Suchen ohne Treffer');
    expect(cells(withoutResults.tBodies[0].rows[0]).slice(0, 3)).to.deep.equal(['fax einrichten', 'Deutsch', '4']);
    const create = withoutResults.querySelector('button')!;
    expect(create.textContent!.replace(/\s+/g, ' ')).to.contain('Artikel anlegen zu „fax einrichten“');
    create.focus();
    const event = oneEvent(el, 'dh-create-article');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ keyword: 'fax einrichten', lang: 'de' });
  });

  it('without an editor session the studio API refuses: its message, and a way to load again', async () => {
    const el = await fixture<DhStudioReports>(html`<dh-studio-reports lang="de" days="7"></dh-studio-reports>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('Bitte melden Sie sich an.');
    expect(root(el).querySelector('select')!.value).to.equal('7');
    const reload = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Erneut laden')!;
    expect(reload).to.exist;
    await expectAccessible(el);
  });

  it('in English, with empty reports', async () => {
    const empty: StudioReports = {
      feedback: { ...reports.feedback, rows: [] },
      searches: { ...reports.searches, days: [] },
      funnel: { ...reports.funnel, weeks: [] },
    };
    const el = await fixture<DhStudioReports>(
      html`<dh-studio-reports lang="en" .reports=${empty}></dh-studio-reports>`,
    );
    expect(root(el).querySelector('label')!.textContent).to.contain('Period');
    expect(root(el).textContent).to.contain('Nobody rated an article in this period.');
    expect(root(el).textContent).to.contain('Nobody searched in this period.');
    expect(root(el).textContent).to.contain('Nobody used a wizard in this period.');
    await expectAccessible(el);
  });
});
