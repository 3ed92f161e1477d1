// Mail outbox of the demo: GET /api/dev/outbox, newest first. Shows only the text part, never the HTML part.
import { api } from './api.js';
import { announce } from './layout.js';
import { el, formatDateTime, setChildren, keepFocus } from './dom.js';

const REFRESH_MS = 3000;

const list = document.getElementById('mail-list');
const empty = document.getElementById('mail-empty');
const errorBox = document.getElementById('mail-error');
const view = document.getElementById('mail-view');
const placeholder = document.getElementById('mail-placeholder');
const viewHeading = document.getElementById('mail-view-heading');

let mails = [];
let selectedId;
let listSignature = '';
let loaded = false;
let loading = false;

const sentTime = (mail) => new Date(mail.sentAt).getTime() || 0;

/** The text with http(s) links made clickable; everything else stays text. */
function linkify(text) {
  const nodes = [];
  const pattern = /https?:\/\/[^\s<>"')\]]+/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0].replace(/[.,;:!?]+$/, '');
    let url;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    nodes.push(text.slice(last, match.index));
    nodes.push(el('a', { href: url.href, text: raw }));
    last = match.index + raw.length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

function showMail(mail) {
  if (!mail) {
    view.hidden = true;
    placeholder.hidden = false;
    return;
  }
  document.getElementById('mail-subject').textContent = mail.subject ?? '';
  document.getElementById('mail-to').textContent = mail.to ?? '';
  document.getElementById('mail-sent').textContent = formatDateTime(mail.sentAt, { seconds: true });
  setChildren(document.getElementById('mail-text'), ...linkify(String(mail.text ?? '')));
  const details = document.getElementById('mail-data-details');
  const hasData = mail.data && typeof mail.data === 'object' && Object.keys(mail.data).length > 0;
  details.hidden = !hasData;
  document.getElementById('mail-data').textContent = hasData ? JSON.stringify(mail.data, null, 2) : '';
  placeholder.hidden = true;
  view.hidden = false;
}

function select(id, { focusView = false } = {}) {
  selectedId = id;
  for (const button of list.querySelectorAll('button[data-mail-id]')) {
    button.setAttribute('aria-pressed', String(button.dataset.mailId === String(id)));
  }
  showMail(mails.find((mail) => String(mail.id) === String(id)));
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
            'aria-pressed': String(String(mail.id) === String(selectedId)),
            dataset: { mailId: String(mail.id), focusKey: `mail-${mail.id}` },
            on: { click: () => select(mail.id, { focusView: true }) },
          },
          el('span', { class: 'mail-item__subject', text: mail.subject || '(ohne Betreff)' }),
          el('span', { class: 'mail-item__meta', text: `An: ${mail.to ?? ''}` }),
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
    const data = await api.get('/api/dev/outbox');
    const next = [...(Array.isArray(data?.mails) ? data.mails : [])].sort((a, b) => sentTime(b) - sentTime(a));
    const signature = JSON.stringify(next.map((mail) => [mail.id, mail.subject, mail.to, mail.sentAt]));
    const known = new Set(mails.map((mail) => String(mail.id)));
    const added = next.filter((mail) => !known.has(String(mail.id)));
    mails = next;
    errorBox.hidden = true;
    if (signature !== listSignature) {
      listSignature = signature;
      renderList();
      if (!mails.some((mail) => String(mail.id) === String(selectedId))) select(undefined);
      else showMail(mails.find((mail) => String(mail.id) === String(selectedId)));
    }
    if (loaded && added.length) {
      announce(added.length === 1 ? `Neue Nachricht: ${added[0].subject ?? ''}` : `${added.length} neue Nachrichten`);
    } else if (manual) {
      announce(`Postfach aktualisiert: ${mails.length === 1 ? '1 Nachricht' : `${mails.length} Nachrichten`}.`);
    }
    loaded = true;
  } catch (error) {
    errorBox.textContent = `Das Postfach konnte nicht geladen werden. ${error.message}`;
    errorBox.hidden = false;
  } finally {
    loading = false;
  }
}

document.getElementById('refresh-button').addEventListener('click', () => refresh({ manual: true }));
setInterval(() => {
  if (!document.hidden) refresh();
}, REFRESH_MS);
refresh();
