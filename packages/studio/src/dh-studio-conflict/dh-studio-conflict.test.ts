import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioConflict } from './dh-studio-conflict.js';
import type { StudioMergeDetail } from '../events.js';
import './dh-studio-conflict.js';

const BASE = '# Titel\n\nEins.\n\nZwei.\n\nDrei.\n';
const REVISION = { number: 5, author: 'anna', createdAt: '2026-12-02T09:30:00Z' };

const conflict = (mine: string, theirs: string) =>
  fixture<DhStudioConflict>(
    html`<dh-studio-conflict .base=${BASE} .mine=${mine} .theirs=${theirs} .revision=${REVISION}></dh-studio-conflict>`,
  );

describe('dh-studio-conflict', () => {
  it('merges changes that do not overlap and offers the result', async () => {
    const el = await conflict(BASE.replace('Eins.', 'Eins!'), BASE.replace('Drei.', 'Drei!'));
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('überschneiden sich nicht');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.contain('Revision 5 gespeichert (anna,');
    expect(el.shadowRoot!.querySelector('.conflict')).to.equal(null);
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement!.id).to.equal('conflict-title');
    await expectAccessible(el);
    const merged = oneEvent(el, 'dh-studio-merge');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click();
    expect(((await merged) as CustomEvent<StudioMergeDetail>).detail.source).to.equal(
      BASE.replace('Eins.', 'Eins!').replace('Drei.', 'Drei!'),
    );
  });

  it('marks an overlapping place with both versions; the keyboard chooses; both by default', async () => {
    const mine = BASE.replace('Zwei.', 'Zwei von mir.');
    const theirs = BASE.replace('Zwei.', 'Zwei von anna.').replace('# Titel', '# Titel neu');
    const el = await conflict(mine, theirs);
    const place = el.shadowRoot!.querySelector('.conflict')!;
    expect(place.querySelector('h4')!.textContent).to.equal('Stelle 1 von 1');
    expect(place.querySelector('.mine pre')!.textContent).to.equal('Zwei von mir.');
    expect(place.querySelector('.theirs pre')!.textContent).to.equal('Zwei von anna.');
    expect(place.querySelector<HTMLInputElement>('#place-1-both')!.checked).to.equal(true);
    await expectAccessible(el);

    // Both versions by default: nothing is lost.
    let merged = oneEvent(el, 'dh-studio-merge');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click();
    expect(((await merged) as CustomEvent<StudioMergeDetail>).detail.source).to.equal(
      theirs.replace('Zwei von anna.', 'Zwei von mir.\nZwei von anna.'),
    );

    place.querySelector<HTMLInputElement>('#place-1-both')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(place.querySelector<HTMLInputElement>('#place-1-theirs')!.checked).to.equal(true);
    merged = oneEvent(el, 'dh-studio-merge');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click();
    expect(((await merged) as CustomEvent<StudioMergeDetail>).detail.source).to.equal(theirs);
  });

  it('takes the text with markers into the editor, or the own version as it is', async () => {
    const mine = BASE.replace('Zwei.', 'A');
    const el = await conflict(mine, BASE.replace('Zwei.', 'B'));
    const [, marked, keep] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button');
    let merged = oneEvent(el, 'dh-studio-merge');
    marked.click();
    expect(((await merged) as CustomEvent<StudioMergeDetail>).detail.source).to.contain(
      '<<<<<<< Ihre Fassung\nA\n=======\nB\n>>>>>>> Gespeicherte Fassung (Revision 5)',
    );
    merged = oneEvent(el, 'dh-studio-merge');
    keep.click();
    expect(((await merged) as CustomEvent<StudioMergeDetail>).detail.source).to.equal(mine);
  });
});
