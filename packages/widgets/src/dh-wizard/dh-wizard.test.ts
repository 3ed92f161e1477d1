import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { PortalClient } from '@direkthilfe/core/portal/portal-client';
import type { DhPasswordField } from '../dh-password-field/dh-password-field.js';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import {
  CART_ITEM,
  ORDERS,
  WORKPLACES,
  demoRoutes,
  devices,
  mockPortalClient,
  mockPortalFetch,
  ok,
} from '../../../../stories/mocks/portal-api.js';
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
const button = (parent: ParentNode, text: string) =>
  [...parent.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
const next = (el: DhWizard) => button(root(el), 'Weiter')!;
const all = { ...none, bspAccount: true, permissionUnlocked: true, groupsPlanned: true, workplaceInCart: true };
const stepOf = (el: DhWizard, step: string) => root(el).querySelector(`dh-wizard-${step}`)!.shadowRoot!;

describe('dh-wizard', () => {
  it('shows the steps as an ordered list with the current one, and waits for the backend before "Weiter"', async () => {
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup" .derived=${none}></dh-wizard>`);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Ersteinrichtung für Administratoren');
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Schritt 1 von 8');
    const current = root(el).querySelector('li[aria-current="step"]')!;
    expect(current.textContent).to.contain('Zugang zum Business Service Portal').and.to.contain('aktueller Schritt');
    expect(next(el).disabled).to.equal(true);
    expect(next(el).getAttribute('aria-describedby')).to.equal('reason');
    expect(root(el).querySelector('#reason')!.textContent).to.contain('sobald Sie registriert oder angemeldet sind');
    // A compact header: the bar and the position, the list of all steps folded away.
    expect(root(el).querySelector('progress')!.getAttribute('aria-labelledby')).to.equal('wizard-position');
    expect(root(el).querySelector('details')!.open).to.equal(false);
    expect(root(el).querySelector('details summary')!.textContent).to.equal('Alle Schritte anzeigen');
    // Disabled buttons are solid and muted, not dashed.
    expect(getComputedStyle(next(el)).borderStyle).to.equal('solid');
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
    // What the backend confirmed is said at the top of the next step, and announced with it.
    expect(root(el).querySelector('.confirmation')!.textContent).to.contain(
      'Die Administrator-Berechtigung ist freigeschaltet.',
    );
    expect(root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.equal(
      'Erledigt: Die Administrator-Berechtigung ist freigeschaltet. Schritt 3 von 8: Gruppen / Standorte planen',
    );
    expect(root(el).querySelectorAll('li[data-status="done"]')).to.have.length(2);
    await expectAccessible(el);
  });

  it('lets an optional step go on with "Weiter" (it is skipped), without a waiting reason', async () => {
    const derived = { ...none, bspAccount: true, permissionUnlocked: true };
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup" .derived=${derived}></dh-wizard>`);
    expect(root(el).querySelector('.step h3')!.textContent).to.contain('(optional)');
    expect(next(el).disabled).to.equal(false);
    expect(root(el).querySelector('#reason')).to.equal(null);
    next(el).click();
    await el.updateComplete;
    expect(root(el).querySelector('.step h3')!.textContent!.trim()).to.equal('Ersten Arbeitsplatz einrichten');
    expect(root(el).querySelector('li[data-status="skipped"]')).to.exist;
    // Skipped, not done: nothing is claimed as confirmed.
    expect(root(el).querySelector('.confirmation')).to.equal(null);
  });

  it('says what the cart step waits for, without pointing to a form it does not have', async () => {
    const el = await fixture<DhWizard>(
      html`<dh-wizard
        flow="admin-first-setup"
        .client=${mockPortalClient({ flow: 'admin-first-setup' })}
        .derived=${all}
      >
      </dh-wizard>`,
    );
    expect(root(el).querySelector('.step h3')!.textContent!.trim()).to.equal('Warenkorb kostenpflichtig bestellen');
    const reason = root(el).querySelector('#reason')!.textContent!;
    expect(reason).to.contain('sobald Sie den Warenkorb bestellt haben').and.not.to.contain('Formular');
  });

  it('shows the whole order in the order step: name, e-mail, group, desk phones and clients', async () => {
    const client = mockPortalClient({ flow: 'admin-first-setup' });
    const derived = { ...none, bspAccount: true, permissionUnlocked: true, groupsPlanned: true };
    const el = await fixture<DhWizard>(
      html`<dh-wizard
        flow="admin-first-setup"
        .client=${client}
        .derived=${derived}
        .progress=${{ current: 'add-order', draft: { ...CART_ITEM, id: undefined } }}
      ></dh-wizard>`,
    );
    await waitUntil(() => stepOf(el, 'add-order').querySelector('dl'), 'no summary');
    const summary = stepOf(el, 'add-order').querySelector('dl')!.textContent!;
    for (const fact of [
      'Anna Berger',
      'anna.berger@',
      'Hauptsitz Bonn',
      'Tischtelefon Komfort 410',
      'Desktop-Client',
      'Mobile-Client',
    ])
      expect(summary).to.contain(fact);
    expect(summary).to.contain('Gruppe / Standort').and.to.contain('Tischtelefone');
    await expectAccessible(el);
  });

  it('offers "Ändern" and "Entfernen" for each order in the cart; "Ändern" goes back to the filled-in form', async () => {
    let removed = false;
    const client = mockPortalClient(
      { flow: 'admin-first-setup', derived: all },
      {
        'DELETE /api/cart/items/:id': () => ((removed = true), ok()),
        'GET /api/cart': () => ok({ items: removed ? [] : [CART_ITEM] }),
      },
    );
    const el = await fixture<DhWizard>(
      html`<dh-wizard flow="admin-first-setup" .client=${client} .derived=${all} .progress=${{ current: 'order-cart' }}>
      </dh-wizard>`,
    );
    const cart = () => stepOf(el, 'order-cart');
    await waitUntil(() => cart().querySelector('.items'), 'no cart');
    expect(cart().querySelector('.items')!.textContent).to.contain('Hauptsitz Bonn');
    expect(button(cart(), 'Ändern: Anna Berger')).to.exist;
    expect(button(cart(), 'Entfernen: Anna Berger')).to.exist;
    await expectAccessible(el);
    button(cart(), 'Ändern: Anna Berger')!.click();
    await waitUntil(() => root(el).querySelector('.step h3')!.textContent!.includes('Ersten Arbeitsplatz einrichten'));
    expect(removed).to.equal(true);
    await waitUntil(() => stepOf(el, 'set-up-workplace').querySelector<HTMLInputElement>('#name'));
    expect(stepOf(el, 'set-up-workplace').querySelector<HTMLInputElement>('#name')!.value).to.equal('Anna Berger');
  });

  it('reports a different repetition once, at the repetition, and leaves the valid password alone', async () => {
    const el = await fixture<DhWizard>(html`<dh-wizard flow="admin-first-setup" .derived=${none}></dh-wizard>`);
    const form = stepOf(el, 'bsp-access');
    form.querySelector<HTMLInputElement>('#username')!.value = 'erika.admin';
    form.querySelector<HTMLInputElement>('#email')!.value = 'erika@muster-elektro.example';
    const password = form.querySelector<DhPasswordField>('dh-password-field')!;
    password.value = 'Werkbank.Hobel-73';
    password.confirmation = 'Werkbank.Hobel-74';
    await password.updateComplete;
    form.querySelector('form')!.requestSubmit();
    await waitUntil(() => password.shadowRoot!.activeElement?.id === 'confirm', 'focus did not go to the repetition');
    const field = password.shadowRoot!;
    expect(field.querySelectorAll('.error')).to.have.length(1);
    expect(field.querySelector('#confirm-error')!.textContent).to.equal('Die Passwörter stimmen nicht überein.');
    expect(field.querySelector('#password')!.getAttribute('aria-invalid')).to.equal('false');
    expect(form.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
    await expectAccessible(el);
  });

  it('ends with a finish screen: ✓ for every step, next actions, focus on it, no "Später fortsetzen"', async () => {
    const client = mockPortalClient({ flow: 'admin-first-setup' });
    const done = { ...all, cartOrdered: true, orderExecuted: true };
    const el = await fixture<DhWizard>(
      html`<dh-wizard
        flow="admin-first-setup"
        .client=${client}
        .derived=${done}
        .progress=${{ current: 'activation-mail' }}
      ></dh-wizard>`,
    );
    expect(button(root(el), 'Später fortsetzen')).to.equal(undefined);
    button(root(el), 'Abschließen')!.click();
    await waitUntil(() => root(el).querySelector('.finish'), 'no finish screen');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(root(el).querySelector('#finish-title'));
    expect(root(el).querySelector('#finish-title')!.textContent).to.equal('Geschafft!');
    expect([...root(el).querySelectorAll('li .icon')].every((icon) => icon.textContent === '✓')).to.equal(true);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.finish a')].map((a) => [
      a.textContent,
      a.pathname,
    ]);
    expect(links).to.deep.equal([
      ['Weiteren Arbeitsplatz einrichten', '/admin/arbeitsplaetze/neu'],
      ['Zur Startseite', '/admin/'],
    ]);
    expect(root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('Geschafft!');
    await expectAccessible(el);
  });

  it('says what runs while a sign-in takes its seconds, and waits with its button', async () => {
    // The backend never answers: the form stays busy for as long as it takes.
    const hanging = { 'POST /api/admin/register': 'never', 'POST /api/auth/login': 'never' } as const;
    const cases = [
      { flow: 'admin-first-setup', derived: none, access: 'register', busy: 'Sie werden registriert und angemeldet.' },
      { flow: 'admin-first-setup', derived: none, access: 'existing', busy: 'Sie werden angemeldet.' },
      {
        flow: 'user-first-login',
        derived: {
          temporaryPasswordRequested: true,
          temporaryLoginDone: false,
          passwordSet: false,
          hasDeskPhone: true,
        },
        access: '',
        busy: 'Sie werden angemeldet.',
      },
    ];
    for (const { flow, derived, access, busy } of cases) {
      const client = mockPortalClient({ flow, authenticated: false }, hanging);
      const progress = { current: access ? 'bsp-access' : 'enter-temporary-password', passed: ['welcome'] };
      const el = await fixture<DhWizard>(
        html`<dh-wizard flow=${flow} .client=${client} .derived=${derived} .progress=${progress}></dh-wizard>`,
      );
      const tag = access ? 'bsp-access' : 'enter-temporary-password';
      await waitUntil(() => root(el).querySelector(`dh-wizard-${tag}`)?.shadowRoot?.querySelector('form'));
      const form = stepOf(el, tag);
      if (access === 'existing') {
        form.querySelector<HTMLInputElement>('#access-existing')!.click();
        await waitUntil(() => !form.querySelector('#email'), 'the form did not change to the login');
      }
      form.querySelector<HTMLInputElement>('#username')!.value = 'erika.admin';
      const password = form.querySelector<DhPasswordField>('dh-password-field');
      if (password) {
        password.value = 'Werkbank.Hobel-73';
        password.confirmation = 'Werkbank.Hobel-73';
        await password.updateComplete;
      } else form.querySelector<HTMLInputElement>('#password')!.value = 'Kq7mTz2L';
      const email = form.querySelector<HTMLInputElement>('#email');
      if (email) email.value = 'erika@muster-elektro.example';
      form.querySelector('form')!.requestSubmit();
      const status = () => form.querySelector('.actions [role="status"]')!.textContent!.trim();
      await waitUntil(() => status() !== '', `${flow}/${tag}: no busy status`);
      expect(status()).to.equal(`${busy} Das dauert einige Sekunden …`);
      expect(status()).not.to.contain('Wird gesendet');
      expect(form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).to.equal(true);
      await expectAccessible(el);
    }
  });

  it('stays on the next step when "Weiter" is pressed while the answer after a group was created is on its way', async () => {
    const derived = { ...none, bspAccount: true, permissionUnlocked: true };
    // The backend's answers to "where does the user stand" are held back until the test lets them go: asked
    // for after the group was saved, one arrives only after "Weiter" was pressed, and still says step 3.
    const answers = mockPortalFetch(demoRoutes({ flow: 'admin-first-setup', authenticated: true, derived }));
    const held: (() => void)[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const answer = await answers(input, init);
      if ((init?.method ?? 'GET') === 'GET' && String(input).includes('/api/onboarding/'))
        await new Promise<void>((resolve) => held.push(resolve));
      return answer;
    };
    /** Counts the answers the wizard has read. */
    class CountingClient extends PortalClient {
      read = 0;
      override async onboarding(...args: Parameters<PortalClient['onboarding']>) {
        try {
          return await super.onboarding(...args);
        } finally {
          this.read++;
        }
      }
    }
    const client = new CountingClient('', fetchImpl);
    // Signed in, at the groups step: what the wizard reads first is let go at once.
    const el = await fixture<DhWizard>(
      html`<dh-wizard flow="admin-first-setup" .client=${client} .progress=${{ current: 'plan-groups' }}></dh-wizard>`,
    );
    await waitUntil(() => held.length === 1, 'the wizard did not ask where the user stands');
    held.shift()!();
    await waitUntil(() => root(el).querySelector('dh-wizard-plan-groups')?.shadowRoot?.querySelector('form'));
    const form = stepOf(el, 'plan-groups');
    form.querySelector<HTMLInputElement>('#name')!.value = 'Standort Köln';
    form.querySelector('form')!.requestSubmit();
    await waitUntil(() => held.length === 1, 'the wizard did not ask again after the group was saved');
    const read = client.read;
    next(el).click();
    await waitUntil(() => root(el).querySelector('.progress')?.textContent === 'Schritt 4 von 8');
    held.shift()!();
    await waitUntil(() => client.read > read, 'the held answer was not read');
    await el.updateComplete;
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Schritt 4 von 8');
    expect(root(el).querySelector('.step h3')!.textContent!.trim()).to.equal('Ersten Arbeitsplatz einrichten');
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
    let session: { authenticated: boolean } | undefined;
    document.addEventListener('dh-session-change', (e) => (session = (e as CustomEvent).detail), { once: true });
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
    );
    await waitUntil(() => root(el).activeElement === step().querySelector('h3'), 'focus did not go to the new step');
    expect(root(el).querySelector('.confirmation')!.textContent).to.contain('im Business Service Portal angemeldet');
    expect(session?.authenticated, 'the page behind was not told of the sign-in').to.equal(true);

    await waitUntil(() => root(el).querySelector('dh-wizard-unlock-permission')?.shadowRoot?.querySelector('form'));
    const unlock = root(el).querySelector('dh-wizard-unlock-permission')!.shadowRoot!;
    unlock.querySelector<HTMLInputElement>('#customerNumber')!.value = '4711-0815-42';
    unlock.querySelector<HTMLInputElement>('#oneTimePassword')!.value = 'FALSCH-1';
    unlock.querySelector('form')!.requestSubmit();
    await waitUntil(() => unlock.querySelector('#oneTimePassword[aria-invalid="true"]'), '');
    expect(unlock.querySelector('#oneTimePassword')!.getAttribute('aria-describedby')).to.contain(
      'oneTimePassword-error',
    );
    expect(unlock.querySelector('#oneTimePassword-error')!.textContent).to.equal(
      'Kundennummer oder Einmal-Passwort ist falsch oder wurde schon verwendet.',
    );
    // One field is wrong: the alert says why, not only that something is.
    expect(unlock.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
      'Kundennummer oder Einmal-Passwort ist falsch oder wurde schon verwendet.',
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
    await waitUntil(() => root(el).querySelector('[role="alert"]'), '');
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

  it('names whom the activation mail went to, with the user name, and sends it again on request', async () => {
    let resent = 0;
    const client = mockPortalClient(
      { flow: 'admin-first-setup' },
      {
        'GET /api/orders': ok({ orders: [ORDERS.executed] }),
        'POST /api/admin/workplaces/:id/activation-mail': () => (resent++, ok({ sentTo: WORKPLACES[0].email }, 202)),
      },
    );
    const done = { ...all, cartOrdered: true, orderExecuted: true };
    const el = await fixture<DhWizard>(
      html`<dh-wizard
        flow="admin-first-setup"
        .client=${client}
        .derived=${done}
        .progress=${{ current: 'activation-mail' }}
      >
      </dh-wizard>`,
    );
    const mail = () => stepOf(el, 'activation-mail');
    await waitUntil(() => mail().querySelector('.recipients'), 'no recipients');
    const recipient = mail().querySelector('.recipients li')!;
    expect(recipient.textContent).to.contain('Benutzername').and.to.contain('anna.berger');
    const edit = recipient.querySelector<HTMLAnchorElement>('a')!;
    expect(edit.pathname).to.equal(`/admin/arbeitsplaetze/${WORKPLACES[0].id}`);
    expect(edit.textContent).to.contain('Arbeitsplatz anzeigen / bearbeiten');
    expect(mail().textContent).to.contain('Bitten Sie den neuen Benutzer');
    button(recipient, 'Aktivierungsmail erneut senden: Anna Berger')!.click();
    await waitUntil(() => mail().querySelector('.success[role="status"]')!.textContent!.includes('erneut an'));
    expect(resent).to.equal(1);
    await expectAccessible(el);
  });

  it('shows the desk phone data in monospace, unbroken, with copy and print, and the simulation in the demo', async () => {
    let registered = '';
    const derived = {
      temporaryPasswordRequested: true,
      temporaryLoginDone: true,
      passwordSet: true,
      hasDeskPhone: true,
    };
    const progress = { current: 'desk-phone', passed: ['welcome', 'overview'] };
    const client = mockPortalClient(
      { flow: 'user-first-login', demo: true, derived, progress },
      {
        'POST /api/devices/:id/registrations': ({ body }) => (
          (registered = (body as { endpoint: string }).endpoint),
          ok({ id: 31, status: 'registered', registrations: 1 }, 201)
        ),
        'GET /api/me/devices': () => ok({ devices: devices(registered ? 'registered' : 'unregistered') }),
      },
    );
    const wrapper = await fixture(
      html`<div style="inline-size: 375px"><dh-wizard flow="user-first-login" .client=${client}></dh-wizard></div>`,
    );
    const el = wrapper.querySelector('dh-wizard')!;
    await waitUntil(() => root(el).querySelector('dh-wizard-desk-phone'), 'not at the desk-phone step');
    const phone = () => stepOf(el, 'desk-phone');
    await waitUntil(() => button(phone(), 'Erstanmelde-Daten anzeigen'), 'no reveal button');
    button(phone(), 'Erstanmelde-Daten anzeigen')!.click();
    await waitUntil(() => phone().querySelector('code.credential'));
    const terms = [...phone().querySelectorAll('.credentials dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(['Benutzername', 'Passwort']);
    for (const code of phone().querySelectorAll<HTMLElement>('code.credential')) {
      expect(getComputedStyle(code).fontFamily).to.match(/mono/i);
      // One line box: the value never wraps, not even at the hyphens of "anna.berger-1@sip.cloud-pbx.example".
      expect(code.getClientRects()).to.have.length(1);
      expect(code.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(code).fontSize) * 2.2);
    }
    // Print: a sheet of its own in the page; only it prints.
    const print = window.print;
    let printed = false;
    window.print = () => (printed = true);
    try {
      button(phone(), 'Erstanmelde-Daten drucken')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(true);
    const sheet = document.querySelector('[data-dh-print-sheet]')!;
    expect(sheet.textContent).to.contain('anna.berger-1@sip.cloud-pbx.example').and.to.contain('Kq7mTz2Lw9Rb');
    expect(getComputedStyle(sheet).display).to.equal('none');
    sheet.remove();
    // The demo's phone signs in from here, marked as a simulation.
    const simulate = button(phone(), 'Tischtelefon Komfort 410 anmelden (Simulation)')!;
    expect(phone().querySelector('.simulation')!.textContent).to.contain('Nur in dieser Demo');
    simulate.click();
    await waitUntil(() => phone().querySelector('.devices strong')!.textContent!.trim() === 'angemeldet');
    expect(registered).to.equal('demo-telefon-1');
    await expectAccessible(el);
  });
});
