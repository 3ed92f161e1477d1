import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { RevisionInfo } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioRevisions } from './dh-studio-revisions.js';
import type { StudioRestoreDetail } from '../events.js';
import './dh-studio-revisions.js';

const REVISIONS: RevisionInfo[] = [
  {
    number: 3,
    author: 'anna',
    message: 'Tippfehler',
    origin: 'studio',
    createdAt: '2026-12-02T09:00:00Z',
    published: false,
  },
  { number: 2, author: 'redaktion', message: '', origin: 'studio', createdAt: '2026-12-01T09:00:00Z', published: true },
  {
    number: 1,
    author: 'import',
    message: 'Import',
    origin: 'import',
    createdAt: '2026-11-01T09:00:00Z',
    published: false,
  },
];
const SOURCES: Record<number, string> = { 1: 'a\nb\nc\n', 2: 'a\nb\nc\nd\n', 3: 'a\nB\nc\nd\n' };
const load = async (n: number) => SOURCES[n];

const revisions = () =>
  fixture<DhStudioRevisions>(html`<dh-studio-revisions .revisions=${REVISIONS} .load=${load}></dh-studio-revisions>`);

describe('dh-studio-revisions', () => {
  it('lists every revision with time, author, note, origin and the published one', async () => {
    const el = await revisions();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(3);
    expect(rows[1].textContent).to.contain('veröffentlicht');
    expect(rows[2].textContent).to.contain('Import');
    // The newest is the draft already: it has nothing to restore.
    expect(rows[0].querySelector('button')).to.equal(null);
    expect(rows[1].querySelector('button')!.getAttribute('aria-label')).to.equal('Revision 2 wiederherstellen');
    await expectAccessible(el);
  });

  it('restores an old revision with the keyboard', async () => {
    const el = await revisions();
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr:nth-child(3) button')!.focus();
    const restore = oneEvent(el, 'dh-studio-restore');
    await sendKeys({ press: 'Enter' });
    expect(((await restore) as CustomEvent<StudioRestoreDetail>).detail.number).to.equal(1);
  });

  it('compares the newest two by default, and any two on choice, and moves the focus to the result', async () => {
    const el = await revisions();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.compare button')!.focus();
    await sendKeys({ press: 'Enter' });
    const title = () => el.shadowRoot!.querySelector('#diff-title');
    await waitUntil(() => el.shadowRoot!.activeElement === title(), 'the focus did not go to the result');
    expect(title()!.textContent).to.equal('Revision 2 im Vergleich mit Revision 3');
    const diff = el.shadowRoot!.querySelector('.diff')!;
    expect(diff.textContent).to.contain('1 Zeile hinzugefügt, 1 Zeile entfernt.');
    expect([...diff.querySelectorAll('tr.removed code')].map((c) => c.textContent)).to.deep.equal(['b']);
    expect(diff.querySelector('tr.added .visually-hidden')!.textContent).to.equal('hinzugefügt');
    await expectAccessible(el);

    const older = el.shadowRoot!.querySelector<HTMLSelectElement>('#compare-older')!;
    older.value = '1';
    older.dispatchEvent(new Event('change'));
    const newer = el.shadowRoot!.querySelector<HTMLSelectElement>('#compare-newer')!;
    newer.value = '2';
    newer.dispatchEvent(new Event('change'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.compare button')!.click();
    await waitUntil(() => title()!.textContent === 'Revision 1 im Vergleich mit Revision 2', 'no second comparison');
    expect(el.shadowRoot!.querySelector('.diff')!.textContent).to.contain('1 Zeile hinzugefügt, 0 Zeilen entfernt.');
  });

  it('says that it loads', async () => {
    const el = await fixture<DhStudioRevisions>(html`<dh-studio-revisions></dh-studio-revisions>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Die Versionen werden geladen …');
    await expectAccessible(el);
  });
});
