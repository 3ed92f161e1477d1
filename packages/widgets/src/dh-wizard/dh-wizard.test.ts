import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PortalClient } from '@direkthilfe/core/portal/portal-client';
import type { DhPasswordField } from '../dh-password-field/dh-password-field.js';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhWizard } from './dh-wizard.js';
import '../dh-wizard.js';

const none = {
  bspAccount: false,
  permissionUnlocked: false,
  groupsPlanned: false,
  workplaceInCart: false,
  cartOrdered: false,
  orderExecuted: false,
};
const root = (el: DhWizard) => el.shadowRoot!;
const next = (el: DhWizard) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Weiter')!;

describe('dh-wizard', () => {
  it('shows the steps as an ordered list with the current one, and waits for the backend before "Weiter"', async () => {
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup" .derived=${none}></dh-wizard>`);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Ersteinrichtung für Administratoren');
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Schritt 1 von 8');
    const current = root(el).querySelector('li[aria-current="step"]')!;
    expect(current.textContent).to.contain('Zugang zum Business Service Portal').and.to.contain('aktueller Schritt');
    expect(next(el).disabled).to.equal(true);
    expect(next(el).getAttribute('aria-describedby')).to.equal('reason');
    expect(root(el).querySelector('#reason')!.textContent).to.contain('sobald dieser Schritt erledigt ist');
    // The step embeds the real form: register, or log in with an existing access.
    const form = root(el).querySelector('dh-wizard-bsp-access')!.shadowRoot!;
    expect(form.querySelector<HTMLInputElement>('#access-register')!.checked).to.equal(true);
    expect(form.querySelector('label[for="username"]')!.textContent).to.equal('Benutzername');
    expect(form.querySelector('dh-password-field[name="password"][confirm]')).to.exist;
    await expectAccessible(el);
  });

  it('goes on once the backend confirms the step, focuses the new step and announces it', async () => {
    const el = await fixture<DhWizard>(
      html`<dh-wizard flow="admin-first-setup" .derived=${{ ...none, bspAccount: true }}></dh-wizard>`,
    );
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Schritt 2 von 8');
    expect(next(el).disabled).to.equal(true);
    // The admin unlocks the permission in the portal; the wizard asks the backend again.
    el.derived = { ...none, bspAccount: true, permissionUnlocked: true };
    await el.updateComplete;
    expect(next(el).disabled).to.equal(false);
    next(el).click();
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('.progress')!.textContent === 'Schritt 3 von 8');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(root(el).querySelector('.step h3'));
    expect(root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.equal(
      'Schritt 3 von 8: Gruppen / Standorte planen',
    );
    expect(root(el).querySelectorAll('li[data-status="done"]')).to.have.length(2);
    await expectAccessible(el);
  });

  it('lets optional steps be skipped', async () => {
    const derived = { ...none, bspAccount: true, permissionUnlocked: true };
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup" .derived=${derived}></dh-wizard>`);
    const skip = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Überspringen')!;
    expect(root(el).querySelector('.step h3')!.textContent).to.contain('(optional)');
    skip.click();
    await el.updateComplete;
    expect(root(el).querySelector('.step h3')!.textContent!.trim()).to.equal('Ersten Arbeitsplatz einrichten');
    expect(root(el).querySelector('li[data-status="skipped"]')).to.exist;
  });

  it('resumes where the user left off, but not ahead of the backend', async () => {
    const el = await fixture<DhWizard>(
      html`<dh-wizard
        flow="admin-first-setup"
        .derived=${{ ...none, bspAccount: true }}
        .progress=${{ current: 'order-cart' }}
      ></dh-wizard>`,
    );
    expect(root(el).querySelector('.step h3')!.textContent!.trim()).to.equal('Berechtigung freischalten');
  });

  it('leaves out the desk-phone step for workplaces without a desk phone, and speaks English', async () => {
    const derived = {
      temporaryPasswordRequested: false,
      temporaryLoginDone: false,
      passwordSet: false,
      deviceRegistered: false,
      hasDeskPhone: false,
    };
    const el = await fixture<DhWizard>(
      html`<dh-wizard lang="en" flow="user-first-login" .derived=${derived}></dh-wizard>`,
    );
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Step 1 of 6');
    expect(root(el).querySelector('h2')!.textContent).to.equal('First sign-in to MyPortal');
    await expectAccessible(el);
  });

  it("registers through its form on the real backend, goes on, and shows the backend's errors at the field", async function () {
    // Two real calls with password hashing: room for a busy machine.
    this.timeout(20_000);
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup"></dh-wizard>`);
    await waitUntil(() => root(el).querySelector('dh-wizard-bsp-access')?.shadowRoot?.querySelector('form'));
    const step = () => root(el).querySelector('.step')!;
    const register = root(el).querySelector('dh-wizard-bsp-access')!.shadowRoot!;
    register.querySelector<HTMLInputElement>('#username')!.value = `wtr.admin.${Date.now()}`;
    register.querySelector<HTMLInputElement>('#email')!.value = 'wtr.admin@muster-elektro.example';
    const password = register.querySelector<DhPasswordField>('dh-password-field')!;
    password.value = 'Werkbank.Hobel-73';
    password.confirmation = 'Werkbank.Hobel-73';
    await password.updateComplete;
    register.querySelector('form')!.requestSubmit();
    await waitUntil(
      () => step().querySelector('h3')!.textContent!.includes('Berechtigung freischalten'),
      'the wizard did not go on after registering',
      { timeout: 5000 },
    );
    await waitUntil(() => root(el).activeElement === step().querySelector('h3'), 'focus did not go to the new step');

    await waitUntil(() => root(el).querySelector('dh-wizard-unlock-permission')?.shadowRoot?.querySelector('form'));
    const unlock = root(el).querySelector('dh-wizard-unlock-permission')!.shadowRoot!;
    unlock.querySelector<HTMLInputElement>('#customerNumber')!.value = '4711-0815-42';
    unlock.querySelector<HTMLInputElement>('#oneTimePassword')!.value = 'FALSCH-1';
    unlock.querySelector('form')!.requestSubmit();
    await waitUntil(() => unlock.querySelector('#oneTimePassword[aria-invalid="true"]'), '', { timeout: 5000 });
    expect(unlock.querySelector('#oneTimePassword')!.getAttribute('aria-describedby')).to.contain(
      'oneTimePassword-error',
    );
    expect(unlock.querySelector('#oneTimePassword-error')!.textContent).to.equal(
      'Kundennummer oder Einmal-Passwort ist falsch oder wurde schon verwendet.',
    );
    expect(unlock.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
      'Bitte prüfen Sie die markierten Eingaben.',
    );
    expect(unlock.activeElement).to.equal(unlock.querySelector('#oneTimePassword'));
    await expectAccessible(el);
    await new PortalClient().request('POST', '/api/auth/logout', {});
  });

  it('checks required fields before anything is sent, in German', async () => {
    const derived = { ...none, bspAccount: true };
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup" .derived=${derived}></dh-wizard>`);
    await waitUntil(() => root(el).querySelector('dh-wizard-unlock-permission')?.shadowRoot?.querySelector('form'));
    const unlock = root(el).querySelector('dh-wizard-unlock-permission')!.shadowRoot!;
    unlock.querySelector('form')!.requestSubmit();
    await waitUntil(() => unlock.querySelector('#customerNumber-error'));
    expect(unlock.querySelector('#customerNumber-error')!.textContent).to.equal(
      'Bitte füllen Sie das Feld „Kundennummer“ aus.',
    );
    expect(unlock.activeElement).to.equal(unlock.querySelector('#customerNumber'));
    await expectAccessible(el);
  });

  it('says so when the server cannot be reached, and tries again on request', async () => {
    // Nothing listens on the discard port: a real network failure.
    const client = new PortalClient('http://127.0.0.1:9');
    const el = await fixture<DhWizard>(html`<dh-wizard flow="user-first-login" .client=${client}></dh-wizard>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), '', { timeout: 5000 });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('konnte nicht geladen werden');
    expect(root(el).querySelector('[role="alert"] button')!.textContent!.trim()).to.equal('Erneut versuchen');
    await expectAccessible(el);
  });

  it("says when a step's data could not be loaded, offers to try again, and claims neither loading nor an empty cart", async () => {
    // Nothing listens on the discard port: a real network failure.
    const offline = new PortalClient('http://127.0.0.1:9');
    const derived = { ...none, bspAccount: true, permissionUnlocked: true, groupsPlanned: true, workplaceInCart: true };
    for (const [current, tag] of [
      ['set-up-workplace', 'dh-wizard-set-up-workplace'],
      ['order-cart', 'dh-wizard-order-cart'],
    ]) {
      const el = await fixture<DhWizard>(
        html`<dh-wizard flow="admin-first-setup" .client=${offline} .derived=${derived} .progress=${{ current }}>
        </dh-wizard>`,
      );
      const step = () => root(el).querySelector(tag)!.shadowRoot!;
      await waitUntil(() => step().querySelector('[role="alert"] p'), `${tag} showed no alert`);
      expect(step().querySelector('[role="alert"]')!.textContent).to.contain('konnten nicht geladen werden');
      expect(step().querySelector('[role="alert"] button')!.textContent!.trim()).to.equal('Erneut versuchen');
      expect(step().textContent).not.to.contain('Daten werden geladen').and.not.to.contain('Warenkorb ist leer');
    }
  });
});
