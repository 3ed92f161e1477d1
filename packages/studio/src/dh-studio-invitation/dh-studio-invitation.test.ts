import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { StudioClient } from '@direkthilfe/core/studio/studio-client';
import type { DhPasswordField } from '@direkthilfe/widgets/dh-password-field.js';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhStudioInvitation } from './dh-studio-invitation.js';
import './dh-studio-invitation.js';

const invitation = (token: string) =>
  fixture<DhStudioInvitation>(
    html`<dh-studio-invitation .client=${new StudioClient()} .token=${token}></dh-studio-invitation>`,
  );
const field = (el: DhStudioInvitation) => el.shadowRoot!.querySelector<DhPasswordField>('dh-password-field')!;

describe('dh-studio-invitation', () => {
  it('offers the password field with its rules under the heading', async () => {
    const el = await invitation('x'.repeat(43));
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement!.id).to.equal('invitation-title');
    await field(el).updateComplete;
    expect(field(el).shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(2);
    await expectAccessible(el);
  });

  it('says so when the link is incomplete', async () => {
    const el = await invitation('');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Der Link ist unvollständig.');
    await expectAccessible(el);
  });

  it('asks for a password, and names the repetition when it differs', async () => {
    const el = await invitation('x'.repeat(43));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => field(el).serverError === 'Bitte vergeben Sie ein Passwort.');
    field(el).focus();
    await sendKeys({ type: 'Nordsee.Welle-73' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(el).shadowRoot!.activeElement?.id === 'confirm', 'the repetition is not focused');
  });

  it('tells an unknown or used link apart from the password', async () => {
    const el = await invitation('y'.repeat(43));
    field(el).value = 'Nordsee.Welle-73';
    field(el).confirmation = 'Nordsee.Welle-73';
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    await waitUntil(() => alert() !== '', 'no message');
    expect(alert()).to.match(/Einladung|Link/);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[role="alert"]'));
    await expectAccessible(el);
  });
});
