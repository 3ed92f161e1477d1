import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhHelpLauncher } from './dh-help-launcher.js';
import '../dh-help-launcher.js';

const button = (el: DhHelpLauncher) => el.shadowRoot!.querySelector('button')!;

describe('dh-help-launcher', () => {
  afterEach(() => window.direkthilfe?.close());

  it('is a button named exactly "Direkthilfe", fixed at the top right by default', async () => {
    const el = await fixture<DhHelpLauncher>(html`<dh-help-launcher></dh-help-launcher>`);
    expect(button(el).textContent!.trim()).to.equal('Direkthilfe');
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(el.getAttribute('position')).to.equal('top-right');
    await expectAccessible(el);
  });

  it('toggles the panel state and shows it as aria-expanded', async () => {
    const el = await fixture<DhHelpLauncher>(html`<dh-help-launcher position="inline"></dh-help-launcher>`);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    button(el).click();
    await waitUntil(() => button(el).getAttribute('aria-expanded') === 'true', 'not expanded');
    expect(window.direkthilfe!.state!.snapshot.open).to.equal(true);
    window.direkthilfe!.close();
    await waitUntil(() => button(el).getAttribute('aria-expanded') === 'false');
  });
});
