import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhWizard } from './dh-wizard.js';
import './dh-wizard.js';

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
    expect(root(el).querySelector('#reason')!.textContent).to.contain('sobald dieser Schritt im Portal erledigt ist');
    expect(root(el).querySelector<HTMLAnchorElement>('a.action')!.getAttribute('href')).to.equal('/admin/');
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
});
