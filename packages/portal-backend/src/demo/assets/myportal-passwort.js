// "Neues Passwort vergeben": <dh-password-field> with the user name from /api/me, then POST /api/auth/password.
import { api, clearErrors, showFieldErrors } from './api.js';
import { flash, requireUser } from './layout.js';

const form = document.getElementById('password-form');
const field = form.querySelector('dh-password-field');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (typeof field.checkValidity !== 'function') {
    showFieldErrors(form, {
      message: 'Das Passwortfeld wird noch geladen. Bitte versuchen Sie es gleich noch einmal.',
    });
    return;
  }
  if (!field.checkValidity()) {
    showFieldErrors(form, { message: field.validationMessage || 'Bitte prüfen Sie das neue Passwort.' });
    field.reportValidity();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await api.post('/api/auth/password', { newPassword: field.value });
    clearErrors(form);
    flash('Ihr neues Passwort ist gespeichert.');
    location.assign('/myportal/');
  } catch (error) {
    // 422 password_policy brings `messages`, which showFieldErrors lists in the alert.
    showFieldErrors(form, error);
    button.disabled = false;
    field.focus();
  }
});

const me = await requireUser({ allowPasswordChange: true });
if (me) {
  document.getElementById('username').textContent = me.username ?? '';
  field.setAttribute('username', me.username ?? '');
  // Names the user is known by make a password easier to guess; the strength estimate takes them into account.
  const known = [me.workplace?.name, me.workplace?.email, me.email].filter(Boolean);
  customElements.whenDefined('dh-password-field').then(() => {
    field.userInputs = known;
  });
}
