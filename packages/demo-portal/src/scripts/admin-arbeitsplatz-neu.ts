// "Arbeitsplatz einrichten": the form whose "Auftrag hinzufügen" puts a workplace order into the cart.
import type { WorkplaceDraft } from '@direkthilfe/core/portal/portal-client';
import { byId, el, isoDay } from '../lib/dom.js';
import { clearErrors, showFieldErrors, validateForm } from '../lib/forms.js';
import { announce, requireAdmin } from '../lib/frame.js';
import { client } from '../lib/portal.js';

const form = byId<HTMLFormElement>('workplace-form');
const groupSelect = byId<HTMLSelectElement>('wp-group');
const dateInput = byId<HTMLInputElement>('wp-date');
const deviceOptions = byId('wp-device-options');
const clientOptions = byId('wp-client-options');

const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const onDate = () => (form.elements.namedItem('activation') as RadioNodeList).value === 'date';

function checkboxes(
  container: HTMLElement,
  name: string,
  options: { value: string; label: string }[],
  emptyText: string,
) {
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
  const [groups, models] = await Promise.all([client.groups(), client.deviceModels()]);
  groupSelect.replaceChildren(
    el('option', { value: '', text: 'Bitte wählen …' }),
    ...groups.map((group) => el('option', { value: String(group.id), text: group.name, selected: group.isDefault })),
  );
  checkboxes(
    deviceOptions,
    'devices',
    models.deskPhones.map((phone) => ({ value: phone.model, label: phone.label })),
    'Es sind keine Tischtelefone verfügbar.',
  );
  checkboxes(
    clientOptions,
    'clients',
    models.clients.map((option) => ({ value: option.id, label: option.label })),
    'Es sind keine Clients verfügbar.',
  );
}

/** The date counts only "zum Datum", and from tomorrow on. */
function updateDateState() {
  dateInput.disabled = !onDate();
  dateInput.min = isoDay(1);
}

const checkedValues = (name: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);

form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'activation') updateDateState();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  updateDateState();
  if (!validateForm(form)) return;
  const draft = {
    name: input('name').value.trim(),
    email: input('email').value.trim(),
    groupId: Number(groupSelect.value),
    devices: checkedValues('devices'),
    // The boxes' values are the client ids the API offered.
    clients: checkedValues('clients') as WorkplaceDraft['clients'],
  };
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await client.addToCart(draft, onDate() ? dateInput.value : undefined);
    clearErrors(form);
    form.reset();
    updateDateState();
    announce(
      `Der Auftrag für „${draft.name}“ wurde dem Warenkorb hinzugefügt. `,
      el('a', { href: '/admin/warenkorb', text: 'Zum Warenkorb' }),
    );
    input('name').focus();
  } catch (error) {
    showFieldErrors(form, error);
  } finally {
    button.disabled = false;
  }
});

if (await requireAdmin()) {
  updateDateState();
  loadOptions().catch((error: unknown) => showFieldErrors(form, error));
}
