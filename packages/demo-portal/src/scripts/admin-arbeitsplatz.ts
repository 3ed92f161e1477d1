// "Arbeitsplatz anzeigen / bearbeiten": credentials, group change (409 explains delete-and-recreate), deletion.
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import type { Group, Workplace, WorkplaceChanges } from '@direkthilfe/core/portal/portal-client';
import { byId, el, formatDate, timeElement, type Child } from '../lib/dom.js';
import { clearErrors, errorMessage, setFieldError, showFieldErrors, validateForm } from '../lib/forms.js';
import { announce, flash, requireAdmin } from '../lib/frame.js';
import { client } from '../lib/portal.js';
import { workplaceFacts } from '../lib/words.js';

const match = /^\/admin\/arbeitsplaetze\/(\d+)\/?$/.exec(location.pathname);
const id = match ? Number(match[1]) : undefined;

const content = byId('wp-content');
const loadingText = byId('wp-loading');
const errorText = byId('wp-error');
const credentialsForm = byId<HTMLFormElement>('credentials-form');
const groupForm = byId<HTMLFormElement>('group-form');
const groupSelect = byId<HTMLSelectElement>('edit-group');
const deleteButton = byId<HTMLButtonElement>('delete-button');
const deleteAlert = byId('delete-alert');
const dialog = byId<HTMLDialogElement>('delete-dialog');

let workplace: Workplace;
let groups: Group[] = [];

const input = (name: string) => credentialsForm.elements.namedItem(name) as HTMLInputElement;

function renderFacts() {
  const rows: [string, Child][] = [
    ['Name', workplace.name],
    ...workplaceFacts(workplace),
    ['Löschbar ab', timeElement(workplace.deletableFrom, formatDate(workplace.deletableFrom))],
  ];
  byId('wp-facts').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, value)]));
  byId('deletable-text').textContent =
    `Dieser Arbeitsplatz kann ab dem ${formatDate(workplace.deletableFrom)} gelöscht werden.`;
}

function render() {
  renderFacts();
  input('name').value = workplace.name;
  input('email').value = workplace.email;
  groupSelect.replaceChildren(...groups.map((group) => el('option', { value: String(group.id), text: group.name })));
  groupSelect.value = String(workplace.group.id);
  byId('delete-dialog-name').textContent = `„${workplace.name}“`;
}

function showLoadError(text: string) {
  loadingText.hidden = true;
  errorText.textContent = text;
  errorText.hidden = false;
}

async function load(id: number) {
  try {
    [workplace, groups] = await Promise.all([client.workplace(id), client.groups()]);
    render();
    loadingText.hidden = true;
    content.hidden = false;
  } catch (error) {
    showLoadError(
      error instanceof ApiCallError && error.status === 404
        ? 'Diesen Arbeitsplatz gibt es nicht (mehr).'
        : `Der Arbeitsplatz konnte nicht geladen werden. ${errorMessage(error)}`,
    );
  }
}

/** Sends the changes, named with the revision they were read at, and takes over the workplace the API answers with. */
async function update(changes: Omit<WorkplaceChanges, 'revision'>) {
  workplace = await client.updateWorkplace(workplace.id, { ...changes, revision: workplace.revision });
}

credentialsForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!validateForm(credentialsForm)) return;
  const button = credentialsForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await update({ name: input('name').value.trim(), email: input('email').value.trim() });
    clearErrors(credentialsForm);
    render();
    announce('Die Anmeldedaten wurden gespeichert.');
  } catch (error) {
    showFieldErrors(credentialsForm, error);
  } finally {
    button.disabled = false;
  }
});

groupForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const groupId = Number(groupSelect.value);
  if (groupId === workplace.group.id) {
    clearErrors(groupForm);
    announce('Der Arbeitsplatz ist bereits dieser Gruppe zugeordnet.');
    return;
  }
  const button = groupForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await update({ groupId });
    clearErrors(groupForm);
    render();
    announce(`Der Arbeitsplatz gehört jetzt zur Gruppe „${workplace.group.name}“.`);
  } catch (error) {
    showFieldErrors(groupForm, error);
    if (error instanceof ApiCallError && error.status === 409 && !error.fields.groupId) {
      setFieldError(groupForm, 'groupId', 'Die Gruppe lässt sich für einen aktivierten Arbeitsplatz nicht ändern.');
    }
    groupSelect.value = String(workplace.group.id);
  } finally {
    button.disabled = false;
  }
});

// ---- Deletion with a native dialog ----

function showDeleteError(error: unknown) {
  const message = errorMessage(error);
  deleteAlert.replaceChildren(el('p', { text: message }));
  const from = error instanceof ApiCallError ? error.data.deletableFrom : undefined;
  if (typeof from === 'string' && !/\d{1,2}\.\s?\d{1,2}\.\s?\d{4}/.test(message)) {
    deleteAlert.append(el('p', {}, 'Löschen möglich ab: ', timeElement(from, formatDate(from))));
  }
}

async function remove() {
  deleteButton.disabled = true;
  deleteAlert.replaceChildren();
  try {
    await client.deleteWorkplace(workplace.id);
    flash(`Der Arbeitsplatz „${workplace.name}“ wurde gelöscht.`);
    location.assign('/admin/arbeitsplaetze');
  } catch (error) {
    deleteButton.disabled = false;
    showDeleteError(error);
    deleteButton.focus();
  }
}

deleteButton.addEventListener('click', () => {
  deleteAlert.replaceChildren();
  dialog.returnValue = '';
  dialog.showModal();
});
byId('delete-cancel').addEventListener('click', () => dialog.close('cancel'));
byId('delete-confirm').addEventListener('click', () => dialog.close('confirm'));
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'confirm') void remove();
  else deleteButton.focus();
});

if (await requireAdmin()) {
  if (id === undefined) showLoadError('Die Adresse enthält keinen Arbeitsplatz.');
  else void load(id);
}
