// The demo form: reports the field's validity instead of sending anything, since no backend runs yet.
const form = document.getElementById('new-password-form');
const status = document.getElementById('form-status');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const field = form.querySelector('dh-password-field');
  if (!field.checkValidity()) {
    status.textContent = `Das Passwort kann noch nicht gespeichert werden: ${field.validationMessage}`;
    field.focus();
    return;
  }
  status.textContent = 'Das neue Passwort erfüllt alle Regeln. (Demo: es wurde nichts gespeichert.)';
});
