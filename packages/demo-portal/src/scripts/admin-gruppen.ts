// Groups / locations: list, create, rename per row.
import type { Group } from '@direkthilfe/core/portal/portal-client';
import { byId, cell, el, keepFocus } from '../lib/dom.js';
import { clearErrors, errorMessage, showFieldErrors, validateForm } from '../lib/forms.js';
import { announce, requireAdmin } from '../lib/frame.js';
import { client } from '../lib/portal.js';

const table = byId('groups-table');
const body = byId('groups-body');
const loadingText = byId('groups-loading');
const createForm = byId<HTMLFormElement>('create-form');

let groups: Group[] = [];
let renaming: number | undefined; // id of the group whose rename form is open

const nameInput = (form: HTMLFormElement) => form.elements.namedItem('name') as HTMLInputElement;

function renameForm(group: Group) {
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
    void rename(group, form);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggleRename(group.id, false);
  });
  return form;
}

function row(group: Group) {
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
    cell('Arbeitsplätze', String(group.workplaceCount)),
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

function toggleRename(id: number, open: boolean) {
  renaming = open ? id : undefined;
  render();
  if (open) document.getElementById(`rename-${id}`)?.focus();
  else body.querySelector<HTMLElement>(`[data-focus-key="rename-${id}"]`)?.focus();
}

async function load() {
  try {
    groups = await client.groups();
    render();
  } catch (error) {
    loadingText.textContent = `Die Gruppen konnten nicht geladen werden. ${errorMessage(error)}`;
  }
}

async function rename(group: Group, form: HTMLFormElement) {
  if (!validateForm(form)) return;
  const name = nameInput(form).value.trim();
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await client.renameGroup(group, name);
    renaming = undefined;
    await load();
    body.querySelector<HTMLElement>(`[data-focus-key="rename-${group.id}"]`)?.focus();
    announce(`Die Gruppe „${group.name}“ heißt jetzt „${name}“.`);
  } catch (error) {
    button.disabled = false;
    showFieldErrors(form, error);
  }
}

createForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!validateForm(createForm)) return;
  const name = nameInput(createForm).value.trim();
  const address = (createForm.elements.namedItem('address') as HTMLInputElement).value.trim();
  const button = createForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await client.createGroup(name, address);
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

if (await requireAdmin()) void load();
