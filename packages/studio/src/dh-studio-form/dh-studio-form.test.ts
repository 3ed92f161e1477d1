import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FrontmatterFields } from '@direkthilfe/core/studio/frontmatter-form';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioForm, FieldMessage } from './dh-studio-form.js';
import type { StudioFieldsDetail, StudioLineDetail, StudioSuggestionDetail } from '../events.js';
import './dh-studio-form.js';

const FIELDS: FrontmatterFields = {
  title: 'Warenkorb bestellen',
  summary: 'Prüfen und bestellen.',
  roles: ['admin'],
  contexts: ['admin/warenkorb'],
  keywords: ['Warenkorb', 'Bestellung'],
  synonyms: [],
  guide: '',
  order: null,
  updated: '2026-11-29',
};
const PAGES = [
  {
    key: 'admin/warenkorb',
    url: '/admin/warenkorb',
    role: 'admin' as const,
    menuPath: ['Mein Unternehmen', 'Warenkorb'],
  },
  { key: 'user/uebersicht', url: '/myportal/', role: 'user' as const, menuPath: ['Übersicht'] },
];

const form = (messages: FieldMessage[] = [], fields: FrontmatterFields = FIELDS) =>
  fixture<DhStudioForm>(
    html`<dh-studio-form
      article-id="warenkorb"
      .fields=${fields}
      .pages=${PAGES}
      .messages=${messages}
    ></dh-studio-form>`,
  );
const input = (el: DhStudioForm, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;

describe('dh-studio-form', () => {
  it('shows every field with its label, the pages by their menu paths', async () => {
    const el = await form();
    expect(input(el, 'title').value).to.equal('Warenkorb bestellen');
    expect(input(el, 'keywords').value).to.equal('Warenkorb, Bestellung');
    expect(input(el, 'role-admin').checked).to.equal(true);
    expect(input(el, 'role-user').checked).to.equal(false);
    expect(input(el, 'page-admin/warenkorb').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('label[for="page-admin/warenkorb"]')!.textContent).to.contain(
      'Mein Unternehmen → Warenkorb',
    );
    expect(input(el, 'updated').value).to.equal('2026-11-29');
    await expectAccessible(el);
  });

  it('sends a typed title as the changed field', async () => {
    const el = await form();
    input(el, 'title').focus();
    const change = oneEvent(el, 'dh-studio-fields');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '!' });
    const { detail } = (await change) as CustomEvent<StudioFieldsDetail>;
    expect(detail.fields).to.deep.equal({ title: 'Warenkorb bestellen!' });
  });

  it('keeps what is typed into a list while it means the same, a trailing comma included', async () => {
    const el = await form();
    input(el, 'keywords').focus();
    await sendKeys({ press: 'End' });
    const change = oneEvent(el, 'dh-studio-fields');
    await sendKeys({ type: ',' });
    expect(((await change) as CustomEvent<StudioFieldsDetail>).detail.fields).to.deep.equal({
      keywords: ['Warenkorb', 'Bestellung'],
    });
    // The editor answers with the same list: the comma stays for the next word.
    el.fields = { ...FIELDS };
    await el.updateComplete;
    expect(input(el, 'keywords').value).to.equal('Warenkorb, Bestellung,');
    el.fields = { ...FIELDS, keywords: ['Neu'] };
    await el.updateComplete;
    expect(input(el, 'keywords').value).to.equal('Neu');
  });

  it('ticks a view with the space key, in the usual order', async () => {
    const el = await form();
    input(el, 'role-user').focus();
    const change = oneEvent(el, 'dh-studio-fields');
    await sendKeys({ press: 'Space' });
    expect(((await change) as CustomEvent<StudioFieldsDetail>).detail.fields).to.deep.equal({
      roles: ['admin', 'user'],
    });
  });

  it('shows the check’s messages at their fields, with “Meinten Sie …?”', async () => {
    const el = await form(
      [
        {
          field: 'contexts',
          line: 5,
          message: 'Die Seite „admin/warenkorbb“ gibt es nicht.',
          suggestion: 'admin/warenkorb',
        },
        { field: 'title', message: 'Das Feld „title“ fehlt oder ist leer.' },
        { field: 'draft', line: 11, message: 'Das Feld „draft“ ist true oder false.' },
      ],
      { ...FIELDS, title: '', contexts: ['admin/warenkorbb'] },
    );
    const title = input(el, 'title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(title.getAttribute('aria-describedby')!)!.textContent).to.contain('fehlt');
    // The unknown page key stays visible, ticked, so that it can be unticked.
    expect(input(el, 'page-admin/warenkorbb').checked).to.equal(true);
    const suggestion = el.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion')!;
    expect(suggestion.textContent!.trim()).to.equal('Meinten Sie „admin/warenkorb“?');
    suggestion.focus();
    const chosen = oneEvent(el, 'dh-studio-suggestion');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as CustomEvent<StudioSuggestionDetail>).detail).to.deep.equal({
      line: 5,
      suggestion: 'admin/warenkorb',
    });
    // A message at no field of the form is listed above it, with the way to its line.
    expect(el.shadowRoot!.querySelector('.other')!.textContent).to.contain('„draft“');
    await expectAccessible(el);
  });

  it('says why a broken frontmatter is no form, and leads to its line', async () => {
    const el = await fixture<DhStudioForm>(
      html`<dh-studio-form
        .broken=${{ line: 3, message: 'Der Kopfbereich ist kein gültiges YAML.' }}
      ></dh-studio-form>`,
    );
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('(Zeile 3)');
    const go = oneEvent(el, 'dh-studio-go-to-line');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(((await go) as CustomEvent<StudioLineDetail>).detail.line).to.equal(3);
    await expectAccessible(el);
  });

  it('speaks English', async () => {
    const el = await fixture<DhStudioForm>(
      html`<dh-studio-form lang="en" .fields=${FIELDS} .pages=${PAGES}></dh-studio-form>`,
    );
    expect(el.shadowRoot!.querySelector('label[for="title"]')!.textContent).to.equal('Title');
    expect(el.shadowRoot!.querySelector('label[for="role-user"]')!.textContent).to.equal('User view');
  });
});
