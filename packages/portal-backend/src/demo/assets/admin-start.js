// Start page of the admin portal: login and registration, then "Berechtigung freischalten", then the sections.
import { api, clearErrors, showFieldErrors, showLoginError, submitting, validateForm } from './api.js';
import { announce, loadMe, meLoadError, onSessionChange, refreshUser, showNotice } from './layout.js';

const views = {
  guest: document.getElementById('view-guest'),
  activate: document.getElementById('view-activate'),
  home: document.getElementById('view-home'),
};
const loading = document.getElementById('loading');
const notice = document.getElementById('access-notice');

const loginForm = document.getElementById('login-form');
const registerForm = document.getElementById('register-form');
const activateForm = document.getElementById('activate-form');
const passwordField = registerForm.querySelector('dh-password-field');

function show(name, { focus = false } = {}) {
  loading.hidden = true;
  notice.hidden = true;
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
  if (focus) views[name]?.querySelector('h2')?.focus();
}

/** Shows the part that fits the logged-in user. */
function render(me, options) {
  if (!me) {
    if (meLoadError()) {
      loading.hidden = true;
      showNotice(meLoadError().message, { href: '/admin/', text: 'Seite neu laden' });
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
  document.getElementById('company-name').textContent = me.company?.name ?? '–';
  document.getElementById('company-number').textContent = me.company?.customerNumber ?? '–';
  show('home', options);
}

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(loginForm)) return;
  const { username, password } = loginForm.elements;
  submitting(
    loginForm,
    async () => {
      await api.post('/api/auth/login', { username: username.value.trim(), password: password.value });
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
registerForm.elements.username.addEventListener('input', (event) => {
  passwordField.setAttribute('username', event.target.value.trim());
});

registerForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const formValid = validateForm(registerForm);
  if (typeof passwordField.checkValidity !== 'function') {
    showFieldErrors(registerForm, {
      message: 'Das Passwortfeld wird noch geladen. Bitte versuchen Sie es gleich noch einmal.',
    });
    return;
  }
  if (!passwordField.checkValidity()) {
    if (formValid) {
      showFieldErrors(registerForm, { message: passwordField.validationMessage || 'Bitte prüfen Sie das Passwort.' });
      passwordField.reportValidity();
    }
    return;
  }
  if (!formValid) return;
  const { username, email } = registerForm.elements;
  const body = { username: username.value.trim(), email: email.value.trim(), password: passwordField.value };
  submitting(registerForm, async () => {
    await api.post('/api/admin/register', body);
    clearErrors(registerForm);
    registerForm.reset();
    const me = await refreshUser();
    if (me) {
      announce('Ihr Zugang wurde registriert. Schalten Sie jetzt Ihre Berechtigung frei.');
      render(me, { focus: true });
    } else {
      announce('Ihr Zugang wurde registriert. Bitte melden Sie sich jetzt an.');
      loginForm.elements.username.value = body.username;
      loginForm.elements.password.focus();
    }
  });
});

activateForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(activateForm)) return;
  const { customerNumber, oneTimePassword } = activateForm.elements;
  submitting(activateForm, async () => {
    await api.post('/api/admin/activate', {
      customerNumber: customerNumber.value.trim(),
      oneTimePassword: oneTimePassword.value.trim(),
    });
    clearErrors(activateForm);
    activateForm.reset();
    const me = await refreshUser();
    announce('Ihre Berechtigung ist freigeschaltet. Sie können jetzt Ihre Cloud PBX einrichten.');
    render(me, { focus: true });
  });
});

loadMe().then((me) => render(me));
// Registered or signed in through the wizard: the forms give way at once.
onSessionChange((me) => render(me));
