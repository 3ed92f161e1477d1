// Landing page: shows the seeded demo data from GET /api/dev/demo-info as a definition list.
import { byId, el } from '../lib/dom.js';
import '../lib/frame.js';
import { client } from '../lib/portal.js';

const LABELS: Record<string, string> = {
  company: 'Unternehmen',
  customerNumber: 'Kundennummer',
  name: 'Name',
  contactEmail: 'Kontakt-E-Mail',
  admin: 'Administrator',
  hint: 'Hinweis',
  users: 'Anwender',
  username: 'Benutzername',
  state: 'Status',
  password: 'Passwort',
  oneTimePassword: 'Einmal-Passwort',
  email: 'E-Mail-Adresse',
};

const label = (key: string) => LABELS[key] ?? key;

/** Codes in the demo info → words. */
const VALUES: Record<string, Record<string, string>> = {
  state: { password_set: 'Passwort vergeben', awaiting_first_login: 'wartet auf die Erstanmeldung' },
};

/** How the administrator gets in: the page's own words, shown between the company and the users. */
const ADMIN = {
  hint: 'Registrieren Sie ein BSP-Konto und schalten Sie es mit dem Einmal-Passwort aus dem Willkommensbrief im Postfach frei.',
};

/** Any JSON value as text, a nested definition list or a list; never as HTML. */
function valueNode(value: unknown): Node {
  if (Array.isArray(value)) {
    if (!value.length) return document.createTextNode('–');
    return el(
      'ul',
      {},
      value.map((item) => el('li', {}, valueNode(item))),
    );
  }
  if (value && typeof value === 'object') return definitionList(value as Record<string, unknown>);
  if (typeof value === 'boolean') return document.createTextNode(value ? 'ja' : 'nein');
  return document.createTextNode(value === null || value === undefined || value === '' ? '–' : String(value));
}

function definitionList(object: Record<string, unknown>) {
  const dl = el('dl', { class: 'facts' });
  for (const [key, value] of Object.entries(object))
    dl.append(
      el('dt', { text: label(key) }),
      el('dd', {}, valueNode((typeof value === 'string' && VALUES[key]?.[value]) || value)),
    );
  return dl;
}

async function showDemoInfo() {
  try {
    const { company, users } = await client.demoInfo();
    byId('demo-info-list').replaceChildren(...definitionList({ company, admin: ADMIN, users }).childNodes);
    byId('demo-info').hidden = false;
  } catch {
    // Without demo data the page simply shows nothing more.
  }
}

void showDemoInfo();
