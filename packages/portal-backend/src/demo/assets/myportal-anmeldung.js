// MyPortal first login: step 1 requests a temporary password, a dialog leads to step 2 (login with it).
// The same login endpoint serves users who already have their own password.
import { api, clearErrors, showLoginError, submitting, validateForm } from './api.js';
import { loadMe, onSessionChange } from './layout.js';

const requestForm = document.getElementById('request-form');
const tempForm = document.getElementById('temp-login-form');
const loginForm = document.getElementById('login-form');
const step2 = document.getElementById('step2');
const dialog = document.getElementById('sent-dialog');

// The activation mail may link here with ?username=… (or ?benutzer=…).
const params = new URLSearchParams(location.search);
const givenUsername = params.get('username') ?? params.get('benutzer');
if (givenUsername) {
  for (const form of [requestForm, tempForm, loginForm]) form.elements.username.value = givenUsername;
}

function showStep2() {
  const username = requestForm.elements.username.value.trim();
  if (username) tempForm.elements.username.value = username;
  step2.hidden = false;
  (tempForm.elements.username.value ? tempForm.elements.password : tempForm.elements.username).focus();
}

requestForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(requestForm)) return;
  submitting(requestForm, async () => {
    await api.post('/api/auth/temporary-password', { username: requestForm.elements.username.value.trim() });
    clearErrors(requestForm);
    dialog.showModal();
  });
});

document.getElementById('skip-to-step2').addEventListener('click', showStep2);
document.getElementById('to-step2').addEventListener('click', () => dialog.close('step2'));
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'step2') showStep2();
  else requestForm.querySelector('button[type="submit"]').focus();
  dialog.returnValue = '';
});

/** Logs in and goes on: to "Neues Passwort vergeben" when the password must change, else to the overview. */
function login(form) {
  if (!validateForm(form)) return;
  submitting(
    form,
    async () => {
      const result = await api.post('/api/auth/login', {
        username: form.elements.username.value.trim(),
        password: form.elements.password.value,
      });
      clearErrors(form);
      location.assign(result?.mustChangePassword ? '/myportal/passwort' : '/myportal/');
    },
    showLoginError,
  );
}

for (const form of [tempForm, loginForm]) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    login(form);
  });
}

/** Signed in: say so, and the sign-in forms give way. */
function showSignedIn(me) {
  if (!me) return;
  document.getElementById('already-text').textContent = `Sie sind bereits als „${me.username}“ angemeldet.`;
  document.getElementById('already').hidden = false;
  for (const form of [requestForm, tempForm, loginForm]) form.closest('section').hidden = true;
}

loadMe().then(showSignedIn);
onSessionChange(showSignedIn);
