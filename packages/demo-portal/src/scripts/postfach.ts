// Mail outbox of the demo: GET /api/dev/outbox, newest first. Shows only the text part, never the HTML part.
import type { OutboxMail } from '@direkthilfe/core/portal/portal-client';
import { byId, el, formatDateTime, keepFocus, setChildren, type Child } from '../lib/dom.js';
import { errorMessage } from '../lib/forms.js';
import { announce } from '../lib/frame.js';
import { client } from '../lib/portal.js';

const REFRESH_MS = 3000;

const list = byId('mail-list');
const empty = byId('mail-empty');
const errorBox = byId('mail-error');
const view = byId('mail-view');
const placeholder = byId('mail-placeholder');
const viewHeading = byId('mail-view-heading');

let mails: OutboxMail[] = [];
let selectedId: number | undefined;
let listSignature = '';
let loaded = false;
let loading = false;

const sentTime = (mail: OutboxMail) => new Date(mail.sentAt).getTime() || 0;

/** The text with http(s) links made clickable; everything else stays text. */
function linkify(text: string): Child[] {
  const nodes: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
    const raw = match[0].replace(/[.,;:!?]+$/, '');
    let url;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    nodes.push(text.slice(last, match.index), el('a', { href: url.href, text: raw }));
    last = match.index + raw.length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

function showMail(mail: OutboxMail | undefined) {
  if (!mail) {
    view.hidden = true;
    placeholder.hidden = false;
    return;
  }
  byId('mail-subject').textContent = mail.subject;
  byId('mail-to').textContent = mail.to;
  byId('mail-sent').textContent = formatDateTime(mail.sentAt, { seconds: true });
  setChildren(byId('mail-text'), ...linkify(mail.text));
  const hasData = Object.keys(mail.data).length > 0;
  byId('mail-data-details').hidden = !hasData;
  byId('mail-data').textContent = hasData ? JSON.stringify(mail.data, null, 2) : '';
  placeholder.hidden = true;
  view.hidden = false;
}

function select(id: number | undefined, { focusView = false } = {}) {
  selectedId = id;
  for (const button of list.querySelectorAll<HTMLElement>('button[data-mail-id]')) {
    button.setAttribute('aria-pressed', String(button.dataset.mailId === String(id)));
  }
  showMail(mails.find((mail) => mail.id === id));
  if (focusView) viewHeading.focus();
}

function renderList() {
  const restoreFocus = keepFocus(list);
  list.replaceChildren(
    ...mails.map((mail) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: 'mail-item',
            'aria-pressed': String(mail.id === selectedId),
            dataset: { mailId: String(mail.id), focusKey: `mail-${mail.id}` },
            on: { click: () => select(mail.id, { focusView: true }) },
          },
          el('span', { class: 'mail-item__subject', text: mail.subject || '(ohne Betreff)' }),
          el('span', { class: 'mail-item__meta', text: `An: ${mail.to}` }),
          el('span', { class: 'mail-item__meta', text: formatDateTime(mail.sentAt, { seconds: true }) }),
        ),
      ),
    ),
  );
  restoreFocus();
  empty.hidden = mails.length > 0;
}

async function refresh({ manual = false } = {}) {
  if (loading) return;
  loading = true;
  try {
    const next = (await client.outbox()).sort((a, b) => sentTime(b) - sentTime(a));
    const signature = JSON.stringify(next.map((mail) => [mail.id, mail.subject, mail.to, mail.sentAt]));
    const known = new Set(mails.map((mail) => mail.id));
    const added = next.filter((mail) => !known.has(mail.id));
    mails = next;
    errorBox.hidden = true;
    if (signature !== listSignature) {
      listSignature = signature;
      renderList();
      select(mails.some((mail) => mail.id === selectedId) ? selectedId : undefined);
    }
    if (loaded && added.length) {
      announce(added.length === 1 ? `Neue Nachricht: ${added[0].subject}` : `${added.length} neue Nachrichten`);
    } else if (manual) {
      announce(`Postfach aktualisiert: ${mails.length === 1 ? '1 Nachricht' : `${mails.length} Nachrichten`}.`);
    }
    loaded = true;
  } catch (error) {
    errorBox.textContent = `Das Postfach konnte nicht geladen werden. ${errorMessage(error)}`;
    errorBox.hidden = false;
  } finally {
    loading = false;
  }
}

byId('refresh-button').addEventListener('click', () => void refresh({ manual: true }));
setInterval(() => {
  if (!document.hidden) void refresh();
}, REFRESH_MS);
void refresh();
