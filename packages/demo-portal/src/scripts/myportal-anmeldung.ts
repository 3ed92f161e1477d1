// MyPortal first login: step 1 requests a temporary password, a dialog leads to step 2 (login with it).
// The same login endpoint serves users who already have their own password.
import { byId } from '../lib/dom.js';
import { clearErrors, showLoginError, submitting, validateForm } from '../lib/forms.js';
import type { Me } from '@direkthilfe/core/portal/portal-client';
import { loadMe, onSessionChange } from '../lib/frame.js';
import { client } from '../lib/portal.js';

const requestForm = byId<HTMLFormElement>('request-form');
const tempForm = byId<HTMLFormElement>('temp-login-form');
const loginForm = byId<HTMLFormElement>('login-form');
const step2 = byId('step2');
const dialog = byId<HTMLDialogElement>('sent-dialog');

const input = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;

// The activation mail may link here with ?username=… (or ?benutzer=…).
const params = new URLSearchParams(location.search);
const givenUsername = params.get('username') ?? params.get('benutzer');
if (givenUsername) {
  for (const form of [requestForm, tempForm, loginForm]) input(form, 'username').value = givenUsername;
}

function showStep2() {
  const username = input(requestForm, 'username').value.trim();
  if (username) input(tempForm, 'username').value = username;
  step2.hidden = false;
  input(tempForm, input(tempForm, 'username').value ? 'password' : 'username').focus();
}

requestForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!validateForm(requestForm)) return;
  void submitting(requestForm, async () => {
    await client.requestTemporaryPassword(input(requestForm, 'username').value.trim());
    clearErrors(requestForm);
    dialog.showModal();
  });
});

byId('skip-to-step2').addEventListener('click', showStep2);
byId('to-step2').addEventListener('click', () => dialog.close('step2'));
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'step2') showStep2();
  else requestForm.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
  dialog.returnValue = '';
});

/** Logs in and goes on: to "Neues Passwort vergeben" when the password must change, else to the overview. */
function login(form: HTMLFormElement) {
  if (!validateForm(form)) return;
  void submitting(
    form,
    async () => {
      const result = await client.login(input(form, 'username').value.trim(), input(form, 'password').value);
      clearErrors(form);
      location.assign(result.mustChangePassword ? '/myportal/passwort' : '/myportal/');
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
function showSignedIn(me: Me | null) {
  if (!me) return;
  byId('already-text').textContent = `Sie sind bereits als „${me.username}“ angemeldet.`;
  byId('already').hidden = false;
  for (const form of [requestForm, tempForm, loginForm]) form.closest('section')!.hidden = true;
}

void loadMe().then(showSignedIn);
onSessionChange(showSignedIn);
