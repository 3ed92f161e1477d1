import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { newArticleSource } from '@direkthilfe/core/studio/frontmatter-form';
import type { StudioCatalog, StudioClient } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import { editorSession, uniqueId } from '../../../../test/helpers/studio-session.js';
import type { DhStudioEditor } from './dh-studio-editor.js';
import type { DhStudioCode } from '../dh-studio-code/dh-studio-code.js';
import type { DhStudioForm } from '../dh-studio-form/dh-studio-form.js';
import type { StudioNavigateDetail } from '../events.js';
import './dh-studio-editor.js';

let client: StudioClient;
let catalog: StudioCatalog;

before(async () => {
  client = await editorSession();
  catalog = await client.catalog();
});

const BODY = '\nÖffnen Sie `Mein Unternehmen → Arbeitsplätze verwalten`.\n';

/** A draft article of this test alone (drafts never reach the help, so other tests see nothing of it). */
async function draft(prefix: string, body = BODY) {
  const id = uniqueId(prefix);
  const source =
    newArticleSource(id, {
      title: 'Testartikel Redaktion',
      summary: 'Nur für einen Test.',
      roles: ['admin'],
      contexts: ['admin/arbeitsplaetze'],
      keywords: ['Testartikel'],
    }) + body;
  const saved = await client.save(id, 'de', source, 0, 'angelegt');
  return { id, source, revision: saved.revision };
}

const editor = async (id: string, lang: 'de' | 'en' = 'de') => {
  const el = await fixture<DhStudioEditor>(
    html`<dh-studio-editor
      .client=${client}
      .catalog=${catalog}
      article-id=${id}
      article-lang=${lang}
    ></dh-studio-editor>`,
  );
  await el.ready;
  await el.updateComplete;
  return el;
};
const root = (el: DhStudioEditor) => el.shadowRoot!;
const code = (el: DhStudioEditor) => root(el).querySelector<DhStudioCode>('dh-studio-code')!;
const form = (el: DhStudioEditor) => root(el).querySelector<DhStudioForm>('dh-studio-form')!;
const problemStatus = (el: DhStudioEditor) => root(el).querySelector('#problem-count')!.textContent!.trim();
const notice = (el: DhStudioEditor) => root(el).querySelector('.notice')!.textContent!.trim();
const checked = (el: DhStudioEditor) =>
  waitUntil(() => problemStatus(el) !== 'Wird geprüft …', 'the check did not answer');

describe('dh-studio-editor', () => {
  it('opens an article: form, text, check and the preview with the real article element', async () => {
    const { id, source } = await draft('oeffnen');
    const el = await editor(id);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Testartikel Redaktion');
    expect(code(el).text).to.equal(source);
    expect(form(el).shadowRoot!.querySelector<HTMLInputElement>('#title')!.value).to.equal('Testartikel Redaktion');
    await checked(el);
    // Only the note that the English version is missing.
    expect(problemStatus(el)).to.equal('Gefunden: 1 Hinweis.');
    const preview = root(el).querySelector('dh-studio-preview')!;
    await waitUntil(() => preview.shadowRoot!.querySelector('dh-article'), 'no preview');
    const article = preview.shadowRoot!.querySelector('dh-article')!;
    await article.updateComplete;
    expect(article.shadowRoot!.querySelector('.dh-menu-path')!.textContent).to.equal(
      'Mein Unternehmen → Arbeitsplätze verwalten',
    );
    await el.focusHeading();
    expect(root(el).activeElement).to.equal(root(el).querySelector('h1'));
    await expectAccessible(el);
  });

  it('shows a mistyped menu path at its line in German and fixes it with “Meinten Sie …?”', async () => {
    const { id, source } = await draft('menuepfad');
    const el = await editor(id);
    await checked(el);
    const line = source.split('\n').length;
    code(el).goToLine(line);
    await sendKeys({ type: 'Dann `Mein Unternehmen -> Arbeitsplaetze verwalten` öffnen.' });
    await waitUntil(() => problemStatus(el).includes('Fehler'), 'no problem reported');
    const item = [...root(el).querySelectorAll('.problems li')].find((li) =>
      li.textContent!.includes(`Zeile ${line}`),
    )!;
    expect(item.textContent).to.match(/Menüpfad/);
    await waitUntil(() => code(el).shadowRoot!.querySelector('.cm-lintRange-error'), 'the line is not marked');
    await expectAccessible(el);
    const suggestion = [...item.querySelectorAll('button')].find((b) => b.textContent!.includes('Meinten Sie'))!;
    expect(suggestion.textContent).to.contain('Mein Unternehmen → Arbeitsplätze verwalten');
    suggestion.focus();
    await sendKeys({ press: 'Enter' });
    expect(code(el).text).to.contain('Dann `Mein Unternehmen → Arbeitsplätze verwalten` öffnen.');
    // The fix puts the focus back into the text, where the editor was writing.
    expect(code(el).shadowRoot!.activeElement).to.equal(code(el).shadowRoot!.querySelector('.cm-content'));
    await waitUntil(() => !problemStatus(el).includes('Fehler'), 'the fix was not checked');
  });

  it('writes the form into the text and shows a field’s problem at the field', async () => {
    const { id } = await draft('formular');
    const el = await editor(id);
    const title = form(el).shadowRoot!.querySelector<HTMLInputElement>('#title')!;
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(
      () =>
        code(el).text.includes('title: ""') || /title:\s*\n/.test(code(el).text) || code(el).text.includes("title: ''"),
    );
    await waitUntil(() => title.getAttribute('aria-invalid') === 'true', 'no message at the title');
    await sendKeys({ type: 'Neuer Titel: mit Doppelpunkt' });
    await waitUntil(() => code(el).text.includes('title: "Neuer Titel: mit Doppelpunkt"'), `got ${code(el).text}`);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Neuer Titel: mit Doppelpunkt');
    // Typing in the field goes on there: the focus stays.
    expect(form(el).shadowRoot!.activeElement).to.equal(title);
  });

  it('saves with a change note, lists the versions, compares two and restores one', async () => {
    const { id } = await draft('versionen');
    const el = await editor(id);
    code(el).goToLine(12);
    await sendKeys({ type: 'Ein neuer Satz.' });
    root(el).querySelector<HTMLInputElement>('#save-message')!.focus();
    await sendKeys({ type: 'Satz ergänzt' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notice(el) === 'Gespeichert als Revision 2.', `notice: ${notice(el)}`);

    const versions = root(el).querySelector<HTMLButtonElement>('#versions')!;
    versions.focus();
    await sendKeys({ press: 'Enter' });
    const list = () => root(el).querySelector('dh-studio-revisions')!;
    await waitUntil(() => list()?.shadowRoot!.querySelectorAll('.table-wrap tbody tr').length === 2, 'no versions');
    expect(list().shadowRoot!.activeElement!.id).to.equal('revisions-title');
    expect(list().shadowRoot!.querySelector('tbody tr')!.textContent).to.contain('Satz ergänzt');
    list().shadowRoot!.querySelector<HTMLButtonElement>('.compare button')!.click();
    await waitUntil(() => list().shadowRoot!.querySelector('.diff'), 'no comparison');
    expect(list().shadowRoot!.querySelector('.diff tr.added code')!.textContent).to.contain('Ein neuer Satz.');
    await expectAccessible(el);

    list().shadowRoot!.querySelector<HTMLButtonElement>('tbody tr:nth-child(2) button')!.click();
    await waitUntil(() => notice(el).startsWith('Revision 1 ist jetzt der Entwurf'), `notice: ${notice(el)}`);
    expect(code(el).text).not.to.contain('Ein neuer Satz.');
    // The restored text is the draft: the focus goes there.
    await waitUntil(() => code(el).shadowRoot!.activeElement === code(el).shadowRoot!.querySelector('.cm-content'));
    await waitUntil(
      () => list().shadowRoot!.querySelectorAll('.table-wrap tbody tr').length === 3,
      'the list was not renewed',
    );
    expect(list().shadowRoot!.querySelector('.table-wrap tbody tr')!.textContent).to.contain('Wiederhergestellt');
  });

  it('shows the conflict view when someone else saved first, merges, and saves without losing anything', async () => {
    const { id, source, revision } = await draft('konflikt', '\nErster Absatz.\n\nZweiter Absatz.\n');
    const el = await editor(id);
    // Another editor's save meanwhile, at the end of the text.
    await client.save(id, 'de', source.replace('Zweiter Absatz.', 'Zweiter Absatz, von anna.'), revision, 'anna');
    code(el).goToLine(code(el).text.split('\n').indexOf('Erster Absatz.') + 1);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Mit Zusatz.' });
    root(el).querySelector<HTMLButtonElement>('.save button[type="submit"]')!.click();
    const conflict = () => root(el).querySelector('dh-studio-conflict');
    await waitUntil(() => conflict(), 'no conflict view');
    await waitUntil(
      () => conflict()!.shadowRoot!.activeElement?.id === 'conflict-title',
      'the focus is not on the view',
    );
    expect(conflict()!.shadowRoot!.textContent).to.contain('überschneiden sich nicht');
    await expectAccessible(el);
    conflict()!.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click();
    await waitUntil(() => !conflict());
    expect(code(el).text).to.contain('Erster Absatz. Mit Zusatz.');
    expect(code(el).text).to.contain('Zweiter Absatz, von anna.');
    root(el).querySelector<HTMLButtonElement>('.save button[type="submit"]')!.click();
    await waitUntil(() => notice(el) === 'Gespeichert als Revision 3.', `notice: ${notice(el)}`);
  });

  it('autosaves on leaving and offers the autosaved text when the article opens again', async () => {
    const { id } = await draft('autosave');
    const el = await editor(id);
    code(el).goToLine(12);
    await sendKeys({ type: 'Noch nicht gespeichert.' });
    await el.leave();
    el.remove();
    const again = await editor(id);
    const offer = root(again).querySelector('.offer')!;
    expect(offer.textContent).to.contain('automatisch gesicherte Fassung');
    await expectAccessible(again);
    offer.querySelector<HTMLButtonElement>('.primary')!.click();
    await again.updateComplete;
    expect(code(again).text).to.contain('Noch nicht gespeichert.');
    expect(root(again).querySelector('.offer')).to.equal(null);
  });

  it('starts a missing translation from the other language, created by its first save', async () => {
    const { id } = await draft('uebersetzung');
    const el = await editor(id, 'en');
    expect(root(el).querySelector('.meta')!.textContent).to.contain('noch nicht gespeichert');
    expect(code(el).text).to.contain('title: Testartikel Redaktion');
    expect(root(el).querySelector('nav.languages [aria-current="page"]')!.textContent).to.equal('Englisch');
    root(el).querySelector<HTMLButtonElement>('.save button[type="submit"]')!.click();
    await waitUntil(() => notice(el) === 'Gespeichert als Revision 1.', `notice: ${notice(el)}`);
    expect((await client.article(id, 'en')).revision).to.equal(1);
  });

  it('follows a link to another article in the preview to that article’s editor', async () => {
    const { id } = await draft('link', '\nSiehe [Kontakt](article:kontakt).\n');
    const el = await editor(id);
    const preview = root(el).querySelector('dh-studio-preview')!;
    const link = () =>
      preview
        .shadowRoot!.querySelector('dh-article')
        ?.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-dh-article]');
    await waitUntil(link, 'no article link in the preview');
    const navigate = oneEvent(el, 'dh-studio-navigate');
    link()!.click();
    expect(((await navigate) as CustomEvent<StudioNavigateDetail>).detail.path).to.equal('artikel/kontakt/de');
  });

  it('hands a saved draft in for review and takes it back', async () => {
    const { id } = await draft('pruefung');
    const el = await editor(id);
    const workflow = () => root(el).querySelector('dh-studio-workflow')!.shadowRoot!;
    workflow().querySelector<HTMLButtonElement>('[data-action="submit"]')!.click();
    await waitUntil(() => workflow().textContent!.includes('Der Artikel ist zur Prüfung gegeben.'), 'not submitted');
    expect(workflow().querySelector('.state')!.textContent).to.contain('In Prüfung');
    await expectAccessible(el);
    workflow().querySelector<HTMLButtonElement>('[data-action="withdraw"]')!.click();
    await waitUntil(() => workflow().textContent!.includes('Der Artikel ist wieder ein Entwurf.'), 'not withdrawn');
    // Unsaved changes first need a save.
    code(el).goToLine(1);
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(workflow().querySelector<HTMLButtonElement>('[data-action="submit"]')!.disabled).to.equal(true);
  });
});
