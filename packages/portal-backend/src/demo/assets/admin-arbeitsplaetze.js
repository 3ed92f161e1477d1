// Workplaces: the table of activated workplaces, each name links to its edit page.
import { api } from './api.js';
import { requireAdmin } from './layout.js';
import { cell, el, formatDate, timeElement } from './dom.js';
import { deviceText } from './labels.js';

const table = document.getElementById('workplaces-table');
const body = document.getElementById('workplaces-body');
const empty = document.getElementById('workplaces-empty');
const loadingText = document.getElementById('workplaces-loading');

function row(workplace) {
  const devices = Array.isArray(workplace.devices) ? workplace.devices : [];
  return el(
    'tr',
    {},
    el(
      'th',
      { scope: 'row', 'data-label': 'Name' },
      el('a', { href: `/admin/arbeitsplaetze/${encodeURIComponent(workplace.id)}`, text: workplace.name }),
    ),
    cell('Benutzername', workplace.username || '–'),
    cell('E-Mail-Adresse', workplace.email || '–'),
    cell('Rufnummer', workplace.phoneNumber || '–'),
    cell('Gruppe / Standort', workplace.group?.name ?? '–'),
    cell(
      'Endgeräte und Clients',
      devices.length
        ? el(
            'ul',
            {},
            devices.map((device) => el('li', { text: deviceText(device) })),
          )
        : '–',
    ),
    cell('Aktiviert am', timeElement(workplace.activatedAt, formatDate(workplace.activatedAt))),
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
