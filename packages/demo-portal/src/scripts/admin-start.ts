// Start page of the admin portal: login and registration, then "Berechtigung freischalten", then the sections.
import type { Me } from '@direkthilfe/core/portal/portal-client';
import type { DhPasswordField } from '@direkthilfe/widgets';
import { byId } from '../lib/dom.js';
import { clearErrors, passwordFieldValid, showLoginError, submitting, validateForm } from '../lib/forms.js';
import { announce, loadMe, meLoadError, onSessionChange, refreshUser, showNotice } from '../lib/frame.js';
import { client } from '../lib/portal.js';

type View = 'guest' | 'activate' | 'home';

const views: Record<View, HTMLElement> = {
  guest: byId('view-guest'),
  activate: byId('view-activate'),
  home: byId('view-home'),
};
const loading = byId('loading');
const notice = byId('access-notice');

const loginForm = byId<HTMLFormElement>('login-form');
const registerForm = byId<HTMLFormElement>('register-form');
const activateForm = byId<HTMLFormElement>('activate-form');
const passwordField = registerForm.querySelector<DhPasswordField>('dh-password-field')!;

const input = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;
const value = (form: HTMLFormElement, name: string) => input(form, name).value.trim();

function show(name: View, { focus = false } = {}) {
  loading.hidden = true;
  notice.hidden = true;
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
  if (focus) views[name].querySelector('h2')?.focus();
}

/** Shows the part that fits the logged-in user. */
function render(me: Me | null, options?: { focus?: boolean }) {
  if (!me) {
    const error = meLoadError();
    if (error) {
      loading.hidden = true;
      showNotice(error, { href: '/admin/', text: 'Seite neu laden' });
      return;
    }
    show('guest', options);
    return;
  }
  if (me.role !== 'admin') {
    loading.hidden = true;
    for (const view of Object.values(views)) view.hidden = true;
    showNotice(
      `Sie sind als Anwender „${me.username}“ angemeldet. Das Administrations-Portal steht nur Administratoren zur Verfügung.`,
      { href: '/myportal/', text: 'Zu MyPortal' },
    );
    return;
  }
  if (me.permissionUnlocked === false) {
    show('activate', options);
    return;
  }
  byId('company-name').textContent = me.company?.name ?? '–';
  byId('company-number').textContent = me.company?.customerNumber ?? '–';
  show('home', options);
}

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(loginForm)) return;
  void submitting(
    loginForm,
    async () => {
      await client.login(value(loginForm, 'username'), input(loginForm, 'password').value, 'admin');
      clearErrors(loginForm);
      loginForm.reset();
      const me = await refreshUser();
      announce('Sie sind angemeldet.');
      render(me, { focus: true });
    },
    showLoginError,
  );
});

// The password must not contain the user name: tell the field while the user types it.
input(registerForm, 'username').addEventListener('input', () => {
  passwordField.setAttribute('username', value(registerForm, 'username'));
});

registerForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const formValid = validateForm(registerForm);
  if (!passwordFieldValid(registerForm, passwordField, formValid) || !formValid) return;
  const username = value(registerForm, 'username');
  void submitting(registerForm, async () => {
    await client.register(username, value(registerForm, 'email'), passwordField.value);
    clearErrors(registerForm);
    registerForm.reset();
    const me = await refreshUser();
    if (me) {
      announce('Ihr Zugang wurde registriert. Schalten Sie jetzt Ihre Berechtigung frei.');
      render(me, { focus: true });
    } else {
      announce('Ihr Zugang wurde registriert. Bitte melden Sie sich jetzt an.');
      input(loginForm, 'username').value = username;
      input(loginForm, 'password').focus();
    }
  });
});

activateForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(activateForm)) return;
  void submitting(activateForm, async () => {
    await client.unlockPermission(value(activateForm, 'customerNumber'), value(activateForm, 'oneTimePassword'));
    clearErrors(activateForm);
    activateForm.reset();
    const me = await refreshUser();
    announce('Ihre Berechtigung ist freigeschaltet. Sie können jetzt Ihre Cloud PBX einrichten.');
    render(me, { focus: true });
  });
});

void loadMe().then((me) => render(me));
// Registered or signed in through the wizard: the forms give way at once.
onSessionChange((me) => render(me));
