import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import { editorSession } from '../../../../test/helpers/studio-session.js';
import type { DhStudioToolbar } from './dh-studio-toolbar.js';
import type { StudioInsertDetail } from '../events.js';
import './dh-studio-toolbar.js';

const PAGES = [
  {
    key: 'admin/warenkorb',
    url: '/admin/warenkorb',
    role: 'admin' as const,
    menuPath: ['Mein Unternehmen', 'Kontingente & Auftragsstatus', 'Warenkorb'],
  },
  { key: 'user/uebersicht', url: '/myportal/', role: 'user' as const, menuPath: ['Übersicht'] },
];
const ARTICLES = [
  { id: 'kontakt', title: 'Kontakt' },
  { id: 'passwortregeln', title: 'Regeln für Ihr Passwort' },
];

const toolbar = () =>
  fixture<DhStudioToolbar>(
    html`<dh-studio-toolbar .pages=${PAGES} .articles=${ARTICLES} .client=${new StudioClient()}></dh-studio-toolbar>`,
  );
const buttons = (el: DhStudioToolbar) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button'),
];
const active = (el: DhStudioToolbar) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('dh-studio-toolbar', () => {
  it('is one named toolbar with one tab stop; the arrow keys move along it', async () => {
    const el = await toolbar();
    const all = buttons(el);
    expect(all.map((b) => b.textContent!.trim())).to.deep.equal([
      'Hinweis',
      'Tipp',
      'Achtung',
      'Menüpfad…',
      'Artikel-Link…',
      'Bild…',
    ]);
    expect(all.filter((b) => b.tabIndex === 0)).to.have.length(1);
    all[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(all[1]);
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(all[5]);
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(all[0]);
    await el.updateComplete;
    expect(all[0].tabIndex).to.equal(0);
    await expectAccessible(el);
  });

  it('inserts a hint box with Enter', async () => {
    const el = await toolbar();
    buttons(el)[2].focus();
    const insert = oneEvent(el, 'dh-studio-insert');
    await sendKeys({ press: 'Enter' });
    expect(((await insert) as CustomEvent<StudioInsertDetail>).detail).to.deep.equal({ kind: 'hint', hint: 'achtung' });
    expect(buttons(el)[2].getAttribute('aria-label')).to.equal('Kasten „Achtung“ einfügen');
  });

  it('picks a menu path from the portal map: filter, Tab, Enter', async () => {
    const el = await toolbar();
    buttons(el)[3].focus();
    await sendKeys({ press: 'Enter' });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    expect(active(el)!.id).to.equal('picker-filter');
    await expectAccessible(el);
    await sendKeys({ type: 'waren' });
    await el.updateComplete;
    const choices = [...dialog.querySelectorAll('.choice-button')];
    expect(choices).to.have.length(1);
    expect(choices[0].textContent).to.contain('Mein Unternehmen → Kontingente & Auftragsstatus → Warenkorb');
    await sendKeys({ press: 'Tab' });
    const insert = oneEvent(el, 'dh-studio-insert');
    await sendKeys({ press: 'Enter' });
    expect(((await insert) as CustomEvent<StudioInsertDetail>).detail).to.deep.equal({
      kind: 'menu-path',
      path: ['Mein Unternehmen', 'Kontingente & Auftragsstatus', 'Warenkorb'],
    });
    expect(dialog.open).to.equal(false);
  });

  it('picks an article to link, and says when nothing matches', async () => {
    const el = await toolbar();
    buttons(el)[4].click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    await sendKeys({ type: 'xyz' });
    await el.updateComplete;
    expect(dialog.querySelector('[role="status"]')!.textContent).to.equal('Nichts gefunden.');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'passwort' });
    await el.updateComplete;
    const insert = oneEvent(el, 'dh-studio-insert');
    dialog.querySelector<HTMLButtonElement>('.choice-button')!.click();
    expect(((await insert) as CustomEvent<StudioInsertDetail>).detail).to.deep.equal({
      kind: 'article-link',
      id: 'passwortregeln',
      title: 'Regeln für Ihr Passwort',
    });
  });

  it('closes a picker with Escape and gives the focus back to its button', async () => {
    const el = await toolbar();
    const opener = buttons(el)[3];
    opener.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(active(el)).to.equal(opener);
  });

  it('asks for the image file and its alternative text before uploading', async () => {
    const el = await toolbar();
    buttons(el)[5].click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => dialog.querySelector('#image-alt-error'), 'no message at the alternative text');
    expect(dialog.querySelector('#image-file-error')!.textContent).to.equal('Wählen Sie eine Bilddatei.');
    expect(dialog.querySelector('#image-alt')!.getAttribute('aria-invalid')).to.equal('true');
    expect(active(el)!.id).to.equal('image-file');
    await expectAccessible(el);
  });

  it('uploads an image to the studio API and inserts it with its alternative text', async () => {
    const el = await fixture<DhStudioToolbar>(
      html`<dh-studio-toolbar
        .pages=${PAGES}
        .articles=${ARTICLES}
        .client=${await editorSession()}
      ></dh-studio-toolbar>`,
    );
    buttons(el)[5].click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    // A 1×1 PNG, as an editor's file chooser hands it over.
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const files = new DataTransfer();
    files.items.add(new File([png], 'maske.png', { type: 'image/png' }));
    dialog.querySelector<HTMLInputElement>('#image-file')!.files = files.files;
    dialog.querySelector<HTMLInputElement>('#image-alt')!.focus();
    await sendKeys({ type: 'Die Maske Warenkorb mit zwei Aufträgen' });
    const insert = oneEvent(el, 'dh-studio-insert');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await insert) as CustomEvent<StudioInsertDetail>;
    expect(detail).to.deep.include({ kind: 'image', alt: 'Die Maske Warenkorb mit zwei Aufträgen' });
    expect((detail as { url: string }).url).to.match(/^\/hilfe\/bilder\/[0-9a-f]{32}\.png$/);
    expect(dialog.open).to.equal(false);
  });

  it('shows the API’s refusal of a file that is no image at the file field', async () => {
    const el = await fixture<DhStudioToolbar>(
      html`<dh-studio-toolbar
        .pages=${PAGES}
        .articles=${ARTICLES}
        .client=${await editorSession()}
      ></dh-studio-toolbar>`,
    );
    buttons(el)[5].click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    const files = new DataTransfer();
    files.items.add(new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'bild.svg', { type: 'image/svg+xml' }));
    dialog.querySelector<HTMLInputElement>('#image-file')!.files = files.files;
    dialog.querySelector<HTMLInputElement>('#image-alt')!.value = 'Ein Bild';
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => dialog.querySelector('#image-file-error'), 'no message at the file');
    expect(el.shadowRoot!.activeElement!.id).to.equal('image-file');
    expect(dialog.open).to.equal(true);
    await expectAccessible(el);
  });
});
