// Workplaces: the table of activated workplaces, each name links to its edit page.
import type { Workplace } from '@direkthilfe/core/portal/portal-client';
import { byId, cell, el } from '../lib/dom.js';
import { errorMessage } from '../lib/forms.js';
import { requireAdmin } from '../lib/frame.js';
import { client } from '../lib/portal.js';
import { workplaceFacts } from '../lib/words.js';

const table = byId('workplaces-table');
const body = byId('workplaces-body');
const empty = byId('workplaces-empty');
const loadingText = byId('workplaces-loading');

function row(workplace: Workplace) {
  return el(
    'tr',
    {},
    el(
      'th',
      { scope: 'row', 'data-label': 'Name' },
      el('a', { href: `/admin/arbeitsplaetze/${workplace.id}`, text: workplace.name }),
    ),
    ...workplaceFacts(workplace).map(([label, value]) => cell(label, value)),
  );
}

async function load() {
  try {
    const workplaces = await client.workplaces();
    body.replaceChildren(...workplaces.map(row));
    loadingText.hidden = true;
    table.hidden = workplaces.length === 0;
    empty.hidden = workplaces.length > 0;
  } catch (error) {
    loadingText.textContent = `Die Arbeitsplätze konnten nicht geladen werden. ${errorMessage(error)}`;
  }
}

if (await requireAdmin()) void load();
