// "Kontingente & Auftragsstatus": orders table, live through Server-Sent Events, polling with ETag as fallback.
import { api, isUnauthenticated } from './api.js';
import { announce, requireAdmin, showNotice } from './layout.js';
import { cell, el, formatDate, formatDateTime, timeElement } from './dom.js';
import { failureText, orderStatusOf } from './labels.js';

const POLL_MS = 3000;

const table = document.getElementById('orders-table');
const body = document.getElementById('orders-body');
const empty = document.getElementById('orders-empty');
const loadingText = document.getElementById('orders-loading');
const errorText = document.getElementById('orders-error');
const liveMode = document.getElementById('live-mode');

let statuses; // Map order id → status, after the first answer
let etag;
let pollTimer;

function itemText(item) {
  const who = item.email ? `${item.name} (${item.email})` : (item.name ?? '–');
  return item.activationDate ? `${who}, Aktivierung zum ${formatDate(item.activationDate)}` : who;
}

function row(order) {
  const items = Array.isArray(order.items) ? order.items : [];
  return el(
    'tr',
    {},
    el('th', { scope: 'row', 'data-label': 'Auftrag' }, `Nr. ${order.id}`),
    cell('Bestellt am', timeElement(order.createdAt, formatDateTime(order.createdAt))),
    cell(
      'Arbeitsplätze',
      items.length
        ? el(
            'ul',
            {},
            items.map((item) => el('li', { text: itemText(item) })),
          )
        : '–',
    ),
    cell(
      'Status',
      el('span', { class: `badge ${orderStatusOf(order.status).badge}`, text: orderStatusOf(order.status).text }),
    ),
    cell('Ausgeführt am', timeElement(order.executedAt, formatDateTime(order.executedAt))),
    cell('Hinweis', failureText(order.failureReason)),
  );
}

/** Renders the orders and announces every status that changed since the last answer. */
function update(data) {
  const orders = Array.isArray(data?.orders) ? data.orders : [];
  body.replaceChildren(...orders.map(row));
  loadingText.hidden = true;
  errorText.hidden = true;
  table.hidden = orders.length === 0;
  empty.hidden = orders.length > 0;

  const next = new Map(orders.map((order) => [String(order.id), order.status]));
  if (statuses) {
    const changes = orders
      .filter((order) => statuses.get(String(order.id)) !== order.status)
      .map((order) => `Auftrag ${order.id}: ${orderStatusOf(order.status).text}`);
    if (changes.length) announce(`${changes.join('. ')}.`);
  }
  statuses = next;
}

function showError(error) {
  if (isUnauthenticated(error)) {
    stopPolling();
    showNotice('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', {
      href: '/admin/',
      text: 'Zur Anmeldung',
    });
    return;
  }
  errorText.textContent = `Die Aufträge konnten nicht aktualisiert werden. ${error.message}`;
  errorText.hidden = false;
}

async function poll() {
  try {
    const result = await api.getIfChanged('/api/orders', etag);
    if (!result.notModified) {
      etag = result.etag;
      update(result.data);
    }
  } catch (error) {
    showError(error);
    if (isUnauthenticated(error)) return;
  }
  pollTimer = setTimeout(poll, POLL_MS);
}

function stopPolling() {
  clearTimeout(pollTimer);
  pollTimer = undefined;
}

function startPolling() {
  if (pollTimer) return;
  liveMode.textContent = 'Die Liste wird alle 3 Sekunden aktualisiert.';
  pollTimer = setTimeout(poll, POLL_MS);
}

function startLive() {
  if (typeof EventSource !== 'function') {
    startPolling();
    return;
  }
  const source = new EventSource('/api/orders/events');
  source.addEventListener('open', () => {
    liveMode.textContent = 'Live-Aktualisierung ist aktiv.';
  });
  source.addEventListener('orders', (event) => {
    try {
      update(JSON.parse(event.data));
    } catch {
      // An unreadable event is skipped; the next one brings the full list again.
    }
  });
  source.addEventListener('error', () => {
    source.close();
    startPolling();
  });
}

async function start() {
  try {
    const result = await api.getIfChanged('/api/orders');
    etag = result.etag;
    update(result.data);
  } catch (error) {
    loadingText.hidden = true;
    showError(error);
    if (isUnauthenticated(error)) return;
  }
  startLive();
}

if (await requireAdmin()) start();
