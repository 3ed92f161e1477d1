// Start page of the admin portal: login and registration, then "Berechtigung freischalten", then the sections.
import type { Me } from '@direkthilfe/core/portal/portal-client';
import type { DhPasswordField } from '@direkthilfe/widgets';
import { byId } from '../lib/dom.js';
import {
  clearErrors,
  passwordFieldValid,
  showLoginError,
  submitting,
  validateForm,
  type FormError,
} from '../lib/forms.js';
import {
  announce,
  askForNewPassword,
  loadMe,
  meLoadError,
  onSessionChange,
  refreshUser,
  showNotice,
} from '../lib/frame.js';
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
const forgotToggle = byId<HTMLButtonElement>('forgot-toggle');
const forgot = byId('forgot');
const forgotForm = byId<HTMLFormElement>('forgot-form');
const forgotSent = byId('forgot-sent');
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
  if (me.role !== 'admin' || me.mustChangePassword) {
    loading.hidden = true;
    for (const view of Object.values(views)) view.hidden = true;
    if (me.role === 'admin') askForNewPassword(me);
    else
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
      const result = await client.login(value(loginForm, 'username'), input(loginForm, 'password').value, 'admin');
      clearErrors(loginForm);
      loginForm.reset();
      // Signed in with a temporary password: a new own password comes first.
      if (result.mustChangePassword) {
        location.assign('/admin/passwort');
        return;
      }
      const me = await refreshUser();
      announce('Sie sind angemeldet.');
      render(me, { focus: true });
    },
    (form, failure) => {
      showLoginError(form, failure);
      // Locked after too many failures: the way out is the temporary password, so offer it at once.
      if ((failure as FormError | undefined)?.code === 'login_locked') openForgot(value(loginForm, 'username'));
    },
  );
});

/** Shows "Temporäres Passwort anfordern", with the name from the login form, and moves the focus there. */
function openForgot(username = '') {
  forgot.hidden = false;
  forgotToggle.setAttribute('aria-expanded', 'true');
  if (username) input(forgotForm, 'username').value = username;
  byId('forgot-heading').focus();
}

forgotToggle.addEventListener('click', () => {
  if (forgot.hidden) openForgot(value(loginForm, 'username'));
  else {
    forgot.hidden = true;
    forgotToggle.setAttribute('aria-expanded', 'false');
  }
});

forgotForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(forgotForm)) return;
  const username = value(forgotForm, 'username');
  void submitting(forgotForm, async () => {
    await client.requestTemporaryPassword(username, 'admin');
    clearErrors(forgotForm);
    const text =
      'Ist der Benutzername bekannt, erhalten Sie in wenigen Augenblicken eine E-Mail mit einem temporären Passwort. ' +
      'Melden Sie sich damit oben an.';
    forgotSent.textContent = text;
    forgotSent.hidden = false;
    announce(text);
    input(loginForm, 'username').value = username;
    // The temporary password goes into the emptied password field.
    input(loginForm, 'password').value = '';
    input(loginForm, 'password').focus();
  });
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
