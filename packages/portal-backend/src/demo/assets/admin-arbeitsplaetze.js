// Workplaces: the table of activated workplaces, each name links to its edit page.
import { api } from './api.js';
import { requireAdmin } from './layout.js';
import { cell, el } from './dom.js';
import { workplaceFacts } from './labels.js';

const table = document.getElementById('workplaces-table');
const body = document.getElementById('workplaces-body');
const empty = document.getElementById('workplaces-empty');
const loadingText = document.getElementById('workplaces-loading');

function row(workplace) {
  return el(
    'tr',
    {},
    el(
      'th',
      { scope: 'row', 'data-label': 'Name' },
      el('a', { href: `/admin/arbeitsplaetze/${encodeURIComponent(workplace.id)}`, text: workplace.name }),
    ),
    ...workplaceFacts(workplace).map(([label, value]) => cell(label, value)),
  );
}

async function load() {
  try {
    const data = await api.get('/api/admin/workplaces');
    const workplaces = Array.isArray(data?.workplaces) ? data.workplaces : [];
    body.replaceChildren(...workplaces.map(row));
    loadingText.hidden = true;
    table.hidden = workplaces.length === 0;
    empty.hidden = workplaces.length > 0;
  } catch (error) {
    loadingText.textContent = `Die Arbeitsplätze konnten nicht geladen werden. ${error.message}`;
  }
}

if (await requireAdmin()) load();
