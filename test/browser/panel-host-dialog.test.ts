import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';
import { expectAccessible } from '../helpers/a11y.js';
import { openPanelState } from '../helpers/help-snapshot.js';
import '../../packages/widgets/src/dh-help-panel.js';
import type { DhHelpPanel } from '../../packages/widgets/src/dh-help-panel/dh-help-panel.js';

// A host page that shows its own modal <dialog> (showModal(): the top layer, everything else inert) and a
// help button inside it. The panel must open above that dialog, usable by pointer and keyboard, and give
// focus back to the host's button when it closes. The help API is the real backend.

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('dh-help-panel above a host modal dialog', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('opens as its own modal dialog on top, is usable, and returns focus into the host dialog', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <dialog id="host-dialog" aria-label="Bestellung">
          <p>Ein Dialog der Seite.</p>
          <button id="host-help" type="button">Hilfe</button>
        </dialog>
        <dh-help-panel></dh-help-panel>
      </div>`,
    );
    const dialog = host.querySelector<HTMLDialogElement>('#host-dialog')!;
    const helpButton = host.querySelector<HTMLButtonElement>('#host-help')!;
    dialog.showModal();
    helpButton.focus();

    const panel = host.querySelector<DhHelpPanel>('dh-help-panel')!;
    panel.addEventListener(
      'dh-state-change',
      (e) => (panel.state = { ...panel.state, ...(e as CustomEvent<Partial<HelpSnapshot>>).detail }),
    );
    panel.returnFocusTo = helpButton;
    panel.state = openPanelState();

    await waitUntil(() => panel.shadowRoot!.querySelector('dialog[open]'), 'the panel is not a dialog');
    const own = panel.shadowRoot!.querySelector('dialog')!;
    expect(own.matches(':modal')).to.equal(true);
    await waitUntil(() => panel.shadowRoot!.querySelector('dh-article'), 'no article');

    // Focus is in the panel, and the pointer reaches it: the host's dialog is what is inert now.
    // Booleans: chai would describe the elements of a failed comparison at length.
    expect(deepActive() === panel.shadowRoot!.querySelector('#title'), 'focus on the panel title').to.equal(true);
    const close = panel.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.getBoundingClientRect();
    const hit = document.elementFromPoint(close.x + close.width / 2, close.y + close.height / 2);
    expect(hit?.localName, 'what the pointer hits').to.equal('dh-help-panel');
    const inner = panel.shadowRoot!.elementFromPoint(close.x + close.width / 2, close.y + close.height / 2);
    expect(inner?.closest('button')?.className, 'what the pointer hits inside').to.equal('icon-button close');
    await expectAccessible(panel);

    // The keyboard reaches the search inside the panel.
    const search = panel.shadowRoot!.querySelector('dh-help-search')!;
    await waitUntil(() => search.index, 'no index');
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'warenkorb' });
    await waitUntil(() => search.shadowRoot!.querySelector('.result'), 'no results');

    await sendKeys({ press: 'Escape' }); // clears the search
    await sendKeys({ press: 'Escape' }); // closes the panel
    await waitUntil(() => !panel.state.open, 'the panel did not close');
    expect(dialog.open, 'the host dialog stays open').to.equal(true);
    expect(document.activeElement?.id, 'focus back on the host’s button').to.equal('host-help');
    dialog.close();
  });
});
