import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioWorkflow } from './dh-studio-workflow.js';
import type { StudioWorkflowDetail } from '../events.js';
import './dh-studio-workflow.js';

type State = DhStudioWorkflow['state'];
const DRAFT: State = { status: 'draft', revision: 4, publishedRevision: null, publishAt: null };

const workflow = (state: State, dirty = false) =>
  fixture<DhStudioWorkflow>(html`<dh-studio-workflow .state=${state} ?dirty=${dirty}></dh-studio-workflow>`);
const actions = (el: DhStudioWorkflow) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-action]')].map((b) => b.dataset.action);

describe('dh-studio-workflow', () => {
  it('offers a draft for review, to publish now or later', async () => {
    const el = await workflow(DRAFT);
    expect(actions(el)).to.deep.equal(['submit', 'publish']);
    expect(el.shadowRoot!.querySelector('.state')!.textContent).to.contain('Status: Entwurf');
    expect(el.shadowRoot!.querySelector('.state')!.textContent).to.contain('Die Hilfe zeigt diesen Artikel nicht.');
    expect(el.shadowRoot!.querySelector('#publish-at')).to.exist;
    await expectAccessible(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="submit"]')!.focus();
    const step = oneEvent(el, 'dh-studio-workflow');
    await sendKeys({ press: 'Enter' });
    expect(((await step) as CustomEvent<StudioWorkflowDetail>).detail).to.deep.equal({ action: 'submit' });
  });

  it('offers each state its steps', async () => {
    expect(actions(await workflow({ ...DRAFT, status: 'review' }))).to.deep.equal(['publish', 'withdraw']);
    expect(actions(await workflow({ ...DRAFT, status: 'published', publishedRevision: 4 }))).to.deep.equal([
      'unpublish',
    ]);
    const scheduled = await workflow({ ...DRAFT, status: 'scheduled', publishAt: '2030-01-15T08:00:00Z' });
    expect(actions(scheduled)).to.deep.equal(['publish', 'withdraw']);
    expect(scheduled.shadowRoot!.textContent).to.contain('Wird am 15.01.2030');
    // A newer draft of a live article: the live one can still be taken out.
    const newer = await workflow({ ...DRAFT, publishedRevision: 2 });
    expect(actions(newer)).to.deep.equal(['submit', 'publish', 'unpublish']);
    expect(newer.shadowRoot!.textContent).to.contain('In der Hilfe ist Revision 2 zu sehen.');
    await expectAccessible(newer);
  });

  it('waits for a save while there are unsaved changes, and says so', async () => {
    const el = await workflow(DRAFT, true);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.every((b) => b.disabled)).to.equal(true);
    expect(el.shadowRoot!.querySelector('#save-first')!.textContent).to.contain('Speichern Sie zuerst');
    await expectAccessible(el);
  });

  it('schedules a time in the future and refuses one in the past', async () => {
    const el = await workflow(DRAFT);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#publish-at')!;
    input.value = '2020-01-01T10:00';
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#publish-at-error')!.textContent).to.equal(
      'Wählen Sie einen Zeitpunkt in der Zukunft.',
    );
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
    input.value = '2030-01-15T09:00';
    const step = oneEvent(el, 'dh-studio-workflow');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = (await step) as CustomEvent<StudioWorkflowDetail>;
    expect(detail.action).to.equal('schedule');
    expect(new Date(detail.publishAt!).getTime()).to.equal(new Date('2030-01-15T09:00').getTime());
  });

  it('offers nothing before the first save', async () => {
    const el = await workflow({ ...DRAFT, revision: 0 });
    expect(el.shadowRoot!.childElementCount).to.equal(0);
  });
});
