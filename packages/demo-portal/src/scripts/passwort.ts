// "Neues Passwort vergeben" in MyPortal and in the admin portal: <dh-password-field> with the user name from
// /api/me, then POST /api/auth/password. From a normal session the current password is asked too; after a
// temporary-password login it is not.
import type { DhPasswordField } from '@direkthilfe/widgets';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import { byId } from '../lib/dom.js';
import { clearErrors, passwordFieldValid, showFieldErrors, validateForm } from '../lib/forms.js';
import { flash, requireUser } from '../lib/frame.js';
import { client } from '../lib/portal.js';

const form = byId<HTMLFormElement>('password-form');
const field = form.querySelector<DhPasswordField>('dh-password-field')!;
const current = byId<HTMLInputElement>('currentPassword');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!validateForm(form) || !passwordFieldValid(form, field)) return;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await client.setPassword(field.value, current.disabled ? undefined : current.value);
    clearErrors(form);
    flash('Ihr neues Passwort ist gespeichert.');
    location.assign(me?.role === 'admin' ? '/admin/' : '/myportal/');
  } catch (error) {
    // 422 password_policy brings `messages`, which showFieldErrors lists in the alert.
    showFieldErrors(form, error);
    button.disabled = false;
    (error instanceof ApiCallError && error.fields.currentPassword ? current : field).focus();
  }
});

const me = await requireUser({ allowPasswordChange: true });
if (me) {
  byId('username').textContent = me.username;
  if (!me.mustChangePassword) {
    current.disabled = false;
    current.required = true;
    byId('current-password-field').hidden = false;
  }
  field.setAttribute('username', me.username);
  // Names the user is known by make a password easier to guess; the strength estimate takes them into account.
  const known = [me.workplace?.name, me.workplace?.email].filter((name): name is string => Boolean(name));
  void customElements.whenDefined('dh-password-field').then(() => {
    field.userInputs = known;
  });
}
