// "Kontingente & Auftragsstatus": orders table, live through Server-Sent Events, polling with ETag as fallback.
import type { Order, OrderStatus } from '@direkthilfe/core/portal/portal-client';
import { byId, cell, el, formatDate, formatDateTime, timeElement } from '../lib/dom.js';
import { errorMessage, isUnauthenticated } from '../lib/forms.js';
import { announce, requireAdmin, showNotice } from '../lib/frame.js';
import { client } from '../lib/portal.js';
import { failureText, orderStatusBadge, orderStatusText } from '../lib/words.js';

const POLL_MS = 3000;

const table = byId('orders-table');
const body = byId('orders-body');
const empty = byId('orders-empty');
const loadingText = byId('orders-loading');
const errorText = byId('orders-error');
const liveMode = byId('live-mode');

let statuses: Map<number, OrderStatus> | undefined; // order id → status, after the first answer
let etag: string | undefined;
let pollTimer: ReturnType<typeof setTimeout> | undefined;

function itemText(item: Order['items'][number]) {
  const who = item.email ? `${item.name} (${item.email})` : item.name;
  return item.activationDate ? `${who}, Aktivierung zum ${formatDate(item.activationDate)}` : who;
}

function row(order: Order) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row', 'data-label': 'Auftrag' }, `Nr. ${order.id}`),
    cell('Bestellt am', timeElement(order.createdAt, formatDateTime(order.createdAt))),
    cell(
      'Arbeitsplätze',
      order.items.length
        ? el(
            'ul',
            {},
            order.items.map((item) => el('li', { text: itemText(item) })),
          )
        : '–',
    ),
    cell('Status', orderStatusBadge(order.status)),
    cell('Ausgeführt am', timeElement(order.executedAt, formatDateTime(order.executedAt))),
    cell('Hinweis', failureText(order.failureReason)),
  );
}

/** Renders the orders and announces every status that changed since the last answer. */
function update(orders: Order[]) {
  body.replaceChildren(...orders.map(row));
  loadingText.hidden = true;
  errorText.hidden = true;
  table.hidden = orders.length === 0;
  empty.hidden = orders.length > 0;
  const changes = statuses
    ? orders
        .filter((order) => statuses!.get(order.id) !== order.status)
        .map((order) => `Auftrag ${order.id}: ${orderStatusText(order.status)}`)
    : [];
  if (changes.length) announce(`${changes.join('. ')}.`);
  statuses = new Map(orders.map((order) => [order.id, order.status]));
}

function showError(error: unknown) {
  if (isUnauthenticated(error)) {
    stopPolling();
    showNotice('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', {
      href: '/admin/',
      text: 'Zur Anmeldung',
    });
    return;
  }
  errorText.textContent = `Die Aufträge konnten nicht aktualisiert werden. ${errorMessage(error)}`;
  errorText.hidden = false;
}

/** Asks for the orders unless they are unchanged; false when the session is gone. */
async function refresh() {
  try {
    const answer = await client.ordersIfChanged(etag);
    if (answer) {
      etag = answer.etag;
      update(answer.orders);
    }
    return true;
  } catch (error) {
    loadingText.hidden = true;
    showError(error);
    return !isUnauthenticated(error);
  }
}

async function poll() {
  if (await refresh()) pollTimer = setTimeout(poll, POLL_MS);
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
  const source = client.orderEvents();
  if (!source) {
    startPolling();
    return;
  }
  source.addEventListener('open', () => {
    liveMode.textContent = 'Live-Aktualisierung ist aktiv.';
  });
  source.addEventListener('orders', (event) => {
    try {
      update((JSON.parse((event as MessageEvent<string>).data) as { orders: Order[] }).orders);
    } catch {
      // An unreadable event is skipped; the next one brings the full list again.
    }
  });
  source.addEventListener('error', () => {
    source.close();
    startPolling();
  });
}

if ((await requireAdmin()) && (await refresh())) startLive();
