import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import { EDITOR_PASSWORD, editorSession } from '../../../../test/helpers/studio-session.js';
import type { DhStudioLogin } from './dh-studio-login.js';
import type { StudioSessionDetail } from '../events.js';
import './dh-studio-login.js';

const login = () => fixture<DhStudioLogin>(html`<dh-studio-login .client=${new StudioClient()}></dh-studio-login>`);
const active = (el: DhStudioLogin) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('dh-studio-login', () => {
  before(async () => {
    // The editor's password is set (by the invitation, once per test run); then signed out.
    await (await editorSession()).logout();
  });

  it('asks for what is missing at its field', async () => {
    const el = await login();
    await el.focusHeading();
    expect(active(el)!.id).to.equal('login-title');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#username-error'));
    expect(el.shadowRoot!.querySelector('#username-error')!.textContent).to.equal(
      'Bitte füllen Sie das Feld „Benutzername“ aus.',
    );
    expect(active(el)!.id).to.equal('username');
    await expectAccessible(el);
  });

  it('says in German when the sign-in data is wrong, and keeps the focus at the password', async () => {
    const el = await login();
    el.shadowRoot!.querySelector<HTMLInputElement>('#username')!.focus();
    await sendKeys({ type: 'niemand-hier' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'falsch-falsch' });
    await sendKeys({ press: 'Enter' });
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    await waitUntil(() => alert() !== '', 'no message');
    expect(alert()).to.match(/Benutzername oder Passwort/);
    expect(active(el)!.id).to.equal('password');
    await expectAccessible(el);
  });

  it('signs the editor in with the keyboard alone', async () => {
    const el = await login();
    el.shadowRoot!.querySelector<HTMLInputElement>('#username')!.focus();
    await sendKeys({ type: 'redaktion' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: EDITOR_PASSWORD });
    const signedIn = oneEvent(el, 'dh-studio-session');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await signedIn) as CustomEvent<StudioSessionDetail>;
    expect(detail.session).to.deep.include({ username: 'redaktion', role: 'editor' });
  });
});
