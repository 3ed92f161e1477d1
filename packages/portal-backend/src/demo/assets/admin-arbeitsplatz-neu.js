// "Arbeitsplatz einrichten": the form whose "Auftrag hinzufügen" puts a workplace order into the cart.
import { api, clearErrors, setFieldError, showFieldErrors, validateForm } from './api.js';
import { announce, requireAdmin } from './layout.js';
import { el, isoDay } from './dom.js';

const form = document.getElementById('workplace-form');
const groupSelect = document.getElementById('wp-group');
const dateInput = document.getElementById('wp-date');
const deviceOptions = document.getElementById('wp-device-options');
const clientOptions = document.getElementById('wp-client-options');

function checkboxes(container, name, options, emptyText) {
  if (!options.length) {
    container.replaceChildren(el('p', { class: 'muted', text: emptyText }));
    return;
  }
  container.replaceChildren(
    ...options.map((option, index) => {
      const id = `wp-${name}-${index}`;
      return el(
        'div',
        { class: 'choice' },
        el('input', { id, name, type: 'checkbox', value: option.value }),
        el('label', { for: id, text: option.label }),
      );
    }),
  );
}

async function loadOptions() {
  const [groupData, models] = await Promise.all([api.get('/api/admin/groups'), api.get('/api/admin/device-models')]);
  const groups = Array.isArray(groupData?.groups) ? groupData.groups : [];
  groupSelect.replaceChildren(
    el('option', { value: '', text: 'Bitte wählen …' }),
    ...groups.map((group) => el('option', { value: String(group.id), text: group.name, selected: group.isDefault })),
  );
  checkboxes(
    deviceOptions,
    'devices',
    (models?.deskPhones ?? []).map((phone) => ({ value: phone.model, label: phone.label })),
    'Es sind keine Tischtelefone verfügbar.',
  );
  checkboxes(
    clientOptions,
    'clients',
    (models?.clients ?? []).map((client) => ({ value: client.id, label: client.label })),
    'Es sind keine Clients verfügbar.',
  );
}

function updateDateState() {
  const onDate = form.elements.activation.value === 'date';
  dateInput.disabled = !onDate;
  dateInput.min = isoDay(1);
}

/** Numeric ids go out as numbers, others unchanged. */
const idValue = (value) => (/^\d+$/.test(value) ? Number(value) : value);

function checkedValues(name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

function showSuccess(name) {
  announce(
    `Der Auftrag für „${name}“ wurde dem Warenkorb hinzugefügt. `,
    el('a', { href: '/admin/warenkorb', text: 'Zum Warenkorb' }),
  );
}

form.addEventListener('change', (event) => {
  if (event.target.name === 'activation') updateDateState();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  updateDateState();
  if (!validateForm(form)) return;
  const { name, email } = form.elements;
  const body = {
    name: name.value.trim(),
    email: email.value.trim(),
    groupId: idValue(groupSelect.value),
    devices: checkedValues('devices'),
    clients: checkedValues('clients'),
  };
  if (form.elements.activation.value === 'date') {
    if (dateInput.value < isoDay(1)) {
      showFieldErrors(form, { message: 'Bitte korrigieren Sie die markierten Eingaben.' });
      setFieldError(form, 'activationDate', 'Bitte wählen Sie ein Datum ab morgen.');
      dateInput.focus();
      return;
    }
    body.activationDate = dateInput.value;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await api.post('/api/cart/items', body);
    clearErrors(form);
    form.reset();
    updateDateState();
    showSuccess(body.name);
    name.focus();
  } catch (error) {
    showFieldErrors(form, error);
  } finally {
    button.disabled = false;
  }
});

if (await requireAdmin()) {
  updateDateState();
  loadOptions().catch((error) => showFieldErrors(form, error));
}
