// "Arbeitsplatz anzeigen / bearbeiten": credentials, group change (409 explains delete-and-recreate), deletion.
import { api, ApiError, clearErrors, setFieldError, showFieldErrors, validateForm } from './api.js';
import { announce, flash, requireAdmin } from './layout.js';
import { el, formatDate, timeElement } from './dom.js';
import { workplaceFacts } from './labels.js';

const match = /^\/admin\/arbeitsplaetze\/([^/]+)\/?$/.exec(location.pathname);
const id = match ? decodeURIComponent(match[1]) : undefined;
const path = `/api/admin/workplaces/${encodeURIComponent(id ?? '')}`;

const content = document.getElementById('wp-content');
const loadingText = document.getElementById('wp-loading');
const errorText = document.getElementById('wp-error');
const credentialsForm = document.getElementById('credentials-form');
const groupForm = document.getElementById('group-form');
const groupSelect = document.getElementById('edit-group');
const deleteButton = document.getElementById('delete-button');
const deleteAlert = document.getElementById('delete-alert');
const dialog = document.getElementById('delete-dialog');

let workplace;
let groups = [];

const idValue = (value) => (/^\d+$/.test(value) ? Number(value) : value);

function renderFacts() {
  const rows = [
    ['Name', workplace.name],
    ...workplaceFacts(workplace),
    ['Löschbar ab', timeElement(workplace.deletableFrom, formatDate(workplace.deletableFrom))],
  ];
  document
    .getElementById('wp-facts')
    .replaceChildren(...rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, value)]));
  document.getElementById('deletable-text').textContent = workplace.deletableFrom
    ? `Dieser Arbeitsplatz kann ab dem ${formatDate(workplace.deletableFrom)} gelöscht werden.`
    : '';
}

function render() {
  renderFacts();
  credentialsForm.elements.name.value = workplace.name ?? '';
  credentialsForm.elements.email.value = workplace.email ?? '';
  groupSelect.replaceChildren(...groups.map((group) => el('option', { value: String(group.id), text: group.name })));
  groupSelect.value = String(workplace.group?.id ?? '');
  document.getElementById('delete-dialog-name').textContent = `„${workplace.name}“`;
}

async function load() {
  if (!id) {
    loadingText.hidden = true;
    errorText.textContent = 'Die Adresse enthält keinen Arbeitsplatz.';
    errorText.hidden = false;
    return;
  }
  try {
    const [data, groupData] = await Promise.all([api.get(path), api.get('/api/admin/groups')]);
    workplace = data?.workplace ?? data;
    groups = Array.isArray(groupData?.groups) ? groupData.groups : [];
    render();
    loadingText.hidden = true;
    content.hidden = false;
  } catch (error) {
    loadingText.hidden = true;
    errorText.textContent =
      error instanceof ApiError && error.status === 404
        ? 'Diesen Arbeitsplatz gibt es nicht (mehr).'
        : `Der Arbeitsplatz konnte nicht geladen werden. ${error.message}`;
    errorText.hidden = false;
  }
}

/** PATCH and take over the answer (the API answers with the workplace, or nothing). */
async function patch(body) {
  const data = await api.patch(path, body);
  const updated = data?.workplace ?? data;
  if (updated && typeof updated === 'object' && 'id' in updated) workplace = updated;
  else
    workplace = {
      ...workplace,
      ...body,
      ...(body.groupId ? { group: groups.find((g) => idValue(String(g.id)) === body.groupId) } : {}),
    };
}

credentialsForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!validateForm(credentialsForm)) return;
  const button = credentialsForm.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await patch({
      name: credentialsForm.elements.name.value.trim(),
      email: credentialsForm.elements.email.value.trim(),
    });
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
  const groupId = idValue(groupSelect.value);
  if (String(groupId) === String(workplace.group?.id)) {
    clearErrors(groupForm);
    announce('Der Arbeitsplatz ist bereits dieser Gruppe zugeordnet.');
    return;
  }
  const button = groupForm.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await patch({ groupId });
    clearErrors(groupForm);
    render();
    announce(`Der Arbeitsplatz gehört jetzt zur Gruppe „${workplace.group?.name ?? ''}“.`);
  } catch (error) {
    showFieldErrors(groupForm, error);
    if (!error.fields?.groupId && error.status === 409) {
      setFieldError(groupForm, 'groupId', 'Die Gruppe lässt sich für einen aktivierten Arbeitsplatz nicht ändern.');
    }
    groupSelect.value = String(workplace.group?.id ?? '');
  } finally {
    button.disabled = false;
  }
});

// ---- Deletion with a native dialog ----

function showDeleteError(error) {
  deleteAlert.replaceChildren(el('p', { text: error.message }));
  const from = error.data?.deletableFrom;
  if (from && !/\d{1,2}\.\s?\d{1,2}\.\s?\d{4}/.test(error.message)) {
    deleteAlert.append(el('p', {}, 'Löschen möglich ab: ', timeElement(from, formatDate(from))));
  }
}

async function remove() {
  deleteButton.disabled = true;
  deleteAlert.replaceChildren();
  try {
    await api.del(path);
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
document.getElementById('delete-cancel').addEventListener('click', () => dialog.close('cancel'));
document.getElementById('delete-confirm').addEventListener('click', () => dialog.close('confirm'));
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'confirm') remove();
  else deleteButton.focus();
});

if (await requireAdmin()) load();
