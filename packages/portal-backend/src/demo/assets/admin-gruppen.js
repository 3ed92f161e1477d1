// Groups / locations: list, create, rename per row.
import { api, clearErrors, showFieldErrors, validateForm } from './api.js';
import { announce, requireAdmin } from './layout.js';
import { cell, el, keepFocus } from './dom.js';

const table = document.getElementById('groups-table');
const body = document.getElementById('groups-body');
const loadingText = document.getElementById('groups-loading');
const createForm = document.getElementById('create-form');

let groups = [];
let renaming; // id of the group whose rename form is open

function renameForm(group) {
  const inputId = `rename-${group.id}`;
  const form = el(
    'form',
    { class: 'rename-form', id: `rename-form-${group.id}`, novalidate: true },
    el('div', { class: 'form-alert', role: 'alert' }),
    el(
      'div',
      { class: 'field' },
      el('label', { for: inputId, text: `Neuer Name für „${group.name}“` }),
      el('input', { id: inputId, name: 'name', type: 'text', autocomplete: 'off', required: true, value: group.name }),
    ),
    el('button', { type: 'submit', class: 'button--small', text: 'Speichern' }),
    el('button', {
      type: 'button',
      class: 'button--secondary button--small',
      text: 'Abbrechen',
      on: { click: () => toggleRename(group.id, false) },
    }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    rename(group, form);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggleRename(group.id, false);
  });
  return form;
}

function row(group) {
  const open = renaming === group.id;
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'button--secondary button--small',
      'aria-expanded': String(open),
      'aria-controls': `rename-form-${group.id}`,
      dataset: { focusKey: `rename-${group.id}` },
      on: { click: () => toggleRename(group.id, !open) },
    },
    'Umbenennen',
    el('span', { class: 'visually-hidden', text: `: ${group.name}` }),
  );
  return el(
    'tr',
    {},
    el(
      'th',
      { scope: 'row', 'data-label': 'Name' },
      group.name,
      group.isDefault ? [' ', el('span', { class: 'badge badge--neutral', text: 'Standard' })] : null,
    ),
    cell('Anschrift', group.address || '–'),
    cell('Arbeitsplätze', String(group.workplaceCount ?? 0)),
    cell('Aktion', toggle, open ? renameForm(group) : null),
  );
}

function render() {
  const restoreFocus = keepFocus(body);
  body.replaceChildren(...groups.map(row));
  restoreFocus();
  loadingText.hidden = true;
  table.hidden = false;
}

function toggleRename(id, open) {
  renaming = open ? id : undefined;
  render();
  if (open) document.getElementById(`rename-${id}`)?.focus();
  else body.querySelector(`[data-focus-key="rename-${id}"]`)?.focus();
}

async function load() {
  try {
    const data = await api.get('/api/admin/groups');
    groups = Array.isArray(data?.groups) ? data.groups : [];
    render();
  } catch (error) {
    loadingText.textContent = `Die Gruppen konnten nicht geladen werden. ${error.message}`;
  }
}

async function rename(group, form) {
  if (!validateForm(form)) return;
  const name = form.elements.name.value.trim();
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await api.patch(`/api/admin/groups/${encodeURIComponent(group.id)}`, { name });
    renaming = undefined;
    await load();
    body.querySelector(`[data-focus-key="rename-${group.id}"]`)?.focus();
    announce(`Die Gruppe „${group.name}“ heißt jetzt „${name}“.`);
  } catch (error) {
    button.disabled = false;
    showFieldErrors(form, error);
  }
}

createForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!validateForm(createForm)) return;
  const name = createForm.elements.name.value.trim();
  const address = createForm.elements.address.value.trim();
  const button = createForm.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await api.post('/api/admin/groups', address ? { name, address } : { name });
    clearErrors(createForm);
    createForm.reset();
    await load();
    announce(`Die Gruppe / der Standort „${name}“ wurde angelegt.`);
  } catch (error) {
    showFieldErrors(createForm, error);
  } finally {
    button.disabled = false;
  }
});

if (await requireAdmin()) load();
