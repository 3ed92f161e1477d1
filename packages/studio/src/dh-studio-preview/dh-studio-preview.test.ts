import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { HelpArticle } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioPreview } from './dh-studio-preview.js';
import type { StudioPreviewDetail } from '../events.js';
import './dh-studio-preview.js';

const ARTICLE: HelpArticle = {
  id: 'warenkorb',
  title: 'Warenkorb bestellen',
  summary: 'Prüfen und bestellen.',
  roles: ['admin'],
  html: '<p>Öffnen Sie <a class="dh-menu-path" href="/admin/warenkorb" data-dh-page="admin/warenkorb">Mein Unternehmen → Warenkorb</a>.</p><aside class="dh-hint dh-hint-tipp"><p class="dh-hint-title"><strong>Tipp</strong></p><p>Prüfen Sie jede Position.</p></aside>',
  headings: [],
  guide: null,
  prev: null,
  next: null,
  updated: '2026-11-29',
  lang: 'de',
  fallback: false,
};
const PAGES = [
  {
    key: 'admin/warenkorb',
    url: '/admin/warenkorb',
    role: 'admin' as const,
    menuPath: ['Mein Unternehmen', 'Warenkorb'],
  },
  { key: 'admin/arbeitsplatz', url: '/admin/arbeitsplaetze/:id', role: 'admin' as const, menuPath: ['Arbeitsplatz'] },
  { key: 'user/uebersicht', url: '/myportal/', role: 'user' as const, menuPath: ['Übersicht'] },
];

const preview = (options: { page?: string; view?: 'admin' | 'user'; lang?: 'de' | 'en'; onServer?: boolean } = {}) =>
  fixture<DhStudioPreview>(
    html`<dh-studio-preview
      article-id="warenkorb"
      .article=${ARTICLE}
      .roles=${['admin']}
      .contexts=${['admin/warenkorb']}
      .pages=${PAGES}
      page=${options.page ?? 'admin/warenkorb'}
      view=${options.view ?? 'admin'}
      panel-lang=${options.lang ?? 'de'}
      ?stored=${options.onServer ?? true}
    ></dh-studio-preview>`,
  );

const article = (el: DhStudioPreview) => el.shadowRoot!.querySelector('dh-article')!;

describe('dh-studio-preview', () => {
  it('shows the article with the real dh-article inside a panel frame at the page', async () => {
    const el = await preview();
    await article(el).updateComplete;
    const content = article(el).shadowRoot!.querySelector('.content')!;
    expect(article(el).shadowRoot!.querySelector('h3')!.textContent).to.equal('Warenkorb bestellen');
    expect(content.querySelector('.dh-menu-path')!.textContent).to.equal('Mein Unternehmen → Warenkorb');
    expect(content.querySelector('.dh-hint-tipp')).to.exist;
    expect(el.shadowRoot!.querySelector('.panel-context')!.textContent).to.equal('Mein Unternehmen → Warenkorb');
    expect(el.shadowRoot!.querySelector('.notes')).to.equal(null);
    await expectAccessible(el);
  });

  it('links to the portal page with the draft and the language, in a new window', async () => {
    const el = await preview({ lang: 'en' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.open a')!;
    expect(link.getAttribute('href')).to.equal('/admin/warenkorb?dh-preview=warenkorb&dh-lang=en');
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain('(öffnet ein neues Fenster)');
    // In an English panel the German text stands in, and says so.
    await article(el).updateComplete;
    expect(article(el).shadowRoot!.querySelector('.fallback')).to.exist;
    const unsaved = await preview({ onServer: false });
    expect(unsaved.shadowRoot!.querySelector('.open')).to.equal(null);
    expect(unsaved.shadowRoot!.textContent).to.contain('Speichern Sie zuerst');
    const parameter = await preview({ page: 'admin/arbeitsplatz' });
    expect(parameter.shadowRoot!.querySelector('.open')).to.equal(null);
  });

  it('says when the chosen view or page would not show the article', async () => {
    const el = await preview({ page: 'user/uebersicht', view: 'user' });
    const notes = [...el.shadowRoot!.querySelectorAll('.notes li')].map((li) => li.textContent);
    expect(notes).to.deep.equal([
      'In der Anwender-Ansicht zeigt die Hilfe diesen Artikel nicht.',
      'Auf dieser Seite erscheint der Artikel nicht als Hilfe zur Seite, nur über die Suche.',
    ]);
    await expectAccessible(el);
  });

  it('changes the view with the arrow keys and the page with the select', async () => {
    const el = await preview();
    el.shadowRoot!.querySelector<HTMLInputElement>('#view-admin')!.focus();
    let change = oneEvent(el, 'dh-studio-preview-change');
    await sendKeys({ press: 'ArrowLeft' });
    expect(((await change) as CustomEvent<StudioPreviewDetail>).detail).to.deep.equal({
      page: 'admin/warenkorb',
      view: 'user',
      lang: 'de',
    });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#preview-page')!;
    change = oneEvent(el, 'dh-studio-preview-change');
    select.value = 'user/uebersicht';
    select.dispatchEvent(new Event('change'));
    expect(((await change) as CustomEvent<StudioPreviewDetail>).detail.page).to.equal('user/uebersicht');
  });

  it('waits for a valid frontmatter', async () => {
    const el = await fixture<DhStudioPreview>(html`<dh-studio-preview updating .pages=${PAGES}></dh-studio-preview>`);
    expect(el.shadowRoot!.querySelector('.unavailable')!.textContent).to.equal(
      'Die Vorschau erscheint, sobald der Kopfbereich gültig ist.',
    );
    await waitUntil(
      () => el.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Die Vorschau wird aktualisiert …',
    );
    await expectAccessible(el);
  });
});
