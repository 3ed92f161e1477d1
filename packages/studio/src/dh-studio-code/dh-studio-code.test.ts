import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { EditorView } from '@codemirror/view';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { ContentProblem } from '@direkthilfe/core/studio/studio-client';
import type { DhStudioCode } from './dh-studio-code.js';
import type { StudioInputDetail } from '../events.js';
import './dh-studio-code.js';

const TEXT = '---\nid: beispiel\n---\n\nÖffnen Sie `Mein Unternehmen -> Gruppen`.\n';
const content = (el: DhStudioCode) => el.shadowRoot!.querySelector<HTMLElement>('.cm-content')!;

describe('dh-studio-code', () => {
  it('shows the text as an accessible, named text box', async () => {
    const el = await fixture<DhStudioCode>(
      html`<dh-studio-code label="Text des Artikels" .value=${TEXT}></dh-studio-code>`,
    );
    expect(content(el).getAttribute('role')).to.equal('textbox');
    expect(content(el).getAttribute('aria-label')).to.equal('Text des Artikels');
    expect(el.text).to.equal(TEXT);
    await expectAccessible(el);
  });

  it('reports typing as dh-studio-input with the whole text', async () => {
    const el = await fixture<DhStudioCode>(html`<dh-studio-code label="Text" .value=${'Hallo'}></dh-studio-code>`);
    el.goToLine(1);
    const input = oneEvent(el, 'dh-studio-input');
    await sendKeys({ type: 'Neu: ' });
    const { detail } = (await input) as CustomEvent<StudioInputDetail>;
    expect(detail.value.startsWith('N')).to.equal(true);
    await waitUntil(() => el.value === 'Neu: Hallo', `got ${el.value}`);
  });

  it('takes a new value from outside without moving the cursor before the change, and without an input event', async () => {
    const el = await fixture<DhStudioCode>(
      html`<dh-studio-code label="Text" .value=${'eins\nzwei\ndrei'}></dh-studio-code>`,
    );
    el.goToLine(2);
    const inputs: string[] = [];
    el.addEventListener('dh-studio-input', (e) => inputs.push(e.detail.value));
    el.value = 'eins\nzwei\ndrei und vier';
    await el.updateComplete;
    expect(inputs).to.deep.equal([]);
    expect(el.text).to.equal('eins\nzwei\ndrei und vier');
    expect(el.selection).to.deep.equal({ from: 5, to: 5 });
  });

  it('applies an edit, selects what it names and keeps the focus in the text', async () => {
    const el = await fixture<DhStudioCode>(html`<dh-studio-code label="Text" .value=${'Absatz'}></dh-studio-code>`);
    el.applyEdit({ from: 6, to: 6, insert: '\n\n:::tipp\nText\n:::\n', selection: { anchor: 16, head: 20 } });
    expect(el.text).to.equal('Absatz\n\n:::tipp\nText\n:::\n');
    expect(el.selection).to.deep.equal({ from: 16, to: 20 });
    expect(el.shadowRoot!.activeElement).to.equal(content(el));
  });

  it('marks problems at their lines and offers the suggestion as an action', async () => {
    const problems: ContentProblem[] = [
      {
        line: 5,
        severity: 'error',
        message: 'Den Menüpfad „Mein Unternehmen -> Gruppen“ gibt es nicht.',
        suggestion: 'Mein Unternehmen → Gruppen / Standorte verwalten',
      },
    ];
    const el = await fixture<DhStudioCode>(
      html`<dh-studio-code label="Text" .value=${TEXT} .problems=${problems}></dh-studio-code>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.cm-lintRange-error'), 'no problem marked');
    expect(el.shadowRoot!.querySelector('.cm-lintRange-error')!.textContent).to.contain('Mein Unternehmen -> Gruppen');
    expect(el.shadowRoot!.querySelector('.cm-lint-marker-error')).to.exist;
    await expectAccessible(el);
  });

  it('reads the frontmatter as a block of its own, not as a heading', async () => {
    const el = await fixture<DhStudioCode>(
      html`<dh-studio-code label="Text" .value=${'---\nid: a\ntitle: B\n---\n\n## Echt\n'}></dh-studio-code>`,
    );
    const { syntaxTree } = await import('@codemirror/language');
    const view = (el as unknown as { view: EditorView }).view;
    const names: string[] = [];
    syntaxTree(view.state).iterate({ enter: (node) => void names.push(node.name) });
    expect(names).to.include('Frontmatter');
    expect(names.filter((n) => /Heading/.test(n))).to.deep.equal(['ATXHeading2']);
  });

  it('leaves the text with Tab, as every other control', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><dh-studio-code label="Text" .value=${'x'}></dh-studio-code><button>Danach</button></div>`,
    );
    const el = wrapper.querySelector<DhStudioCode>('dh-studio-code')!;
    el.goToLine(1);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });
});
