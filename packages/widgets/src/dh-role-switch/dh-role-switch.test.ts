import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhRoleSwitch } from './dh-role-switch.js';
import type { RoleChangeDetail } from '../events.js';
import '../dh-role-switch.js';

const radios = (el: DhRoleSwitch) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

describe('dh-role-switch', () => {
  it('offers both views as a radio group with the chosen one checked', async () => {
    const el = await fixture<DhRoleSwitch>(
      html`<dh-role-switch view="admin" .roles=${['admin', 'user']}></dh-role-switch>`,
    );
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Ansicht');
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Anwender-Ansicht', 'Administrator-Ansicht']);
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true]);
    await expectAccessible(el);
  });

  it('switches with the arrow keys and announces the change as an event', async () => {
    const el = await fixture<DhRoleSwitch>(
      html`<dh-role-switch view="admin" .roles=${['admin', 'user']}></dh-role-switch>`,
    );
    radios(el)[1].focus();
    const event = oneEvent(el, 'dh-role-change');
    await sendKeys({ press: 'ArrowLeft' });
    const { detail } = (await event) as CustomEvent<RoleChangeDetail>;
    expect(detail.role).to.equal('user');
    expect(el.view).to.equal('user');
  });

  it('is not shown to users who only have the user view', async () => {
    const el = await fixture<DhRoleSwitch>(html`<dh-role-switch .roles=${['user']}></dh-role-switch>`);
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });

  it('speaks English', async () => {
    const el = await fixture<DhRoleSwitch>(
      html`<dh-role-switch lang="en" .roles=${['admin', 'user']}></dh-role-switch>`,
    );
    // The English strings load on first use.
    const label = () => el.shadowRoot!.querySelector('label')!.textContent!.trim();
    await waitUntil(() => label() === 'User view', `got ${label()}`);
  });
});
