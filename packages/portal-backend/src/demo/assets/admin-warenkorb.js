// Cart: positions with "Entfernen", and "Kostenpflichtig bestellen" with an Idempotency-Key per page load.
import { api } from './api.js';
import { announce, requireAdmin } from './layout.js';
import { cell, el, formatDate, keepFocus, uuid } from './dom.js';
import { orderStatusOf } from './labels.js';

const table = document.getElementById('cart-table');
const body = document.getElementById('cart-body');
const empty = document.getElementById('cart-empty');
const loadingText = document.getElementById('cart-loading');
const checkout = document.getElementById('checkout');
const checkoutButton = document.getElementById('checkout-button');
const checkoutAlert = document.getElementById('checkout-alert');

// One key per page load: a repeated click or a retry after a network error cannot order twice.
let idempotencyKey = uuid();
let items = [];

const list = (values) =>
  Array.isArray(values) && values.length
    ? el(
        'ul',
        {},
        values.map((value) => el('li', { text: String(value) })),
      )
    : '–';

function row(item) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row', 'data-label': 'Name' }, item.name),
    cell('E-Mail-Adresse', item.email || '–'),
    cell('Gruppe / Standort', item.groupName || '–'),
    cell('Tischtelefone', list(item.deviceLabels ?? item.devices)),
    cell('Clients', list(item.clientLabels ?? item.clients)),
    cell(
      'Aktivierung',
      item.soonest || !item.activationDate ? 'schnellstmöglich' : `zum ${formatDate(item.activationDate)}`,
    ),
    cell(
      'Aktion',
      el(
        'button',
        {
          type: 'button',
          class: 'button--secondary button--small',
          dataset: { focusKey: `remove-${item.id}` },
          on: { click: (event) => removeItem(item, event.currentTarget) },
        },
        'Entfernen',
        el('span', { class: 'visually-hidden', text: `: ${item.name}` }),
      ),
    ),
  );
}

function render() {
  const restoreFocus = keepFocus(body);
  body.replaceChildren(...items.map(row));
  restoreFocus();
  loadingText.hidden = true;
  table.hidden = items.length === 0;
  empty.hidden = items.length > 0;
  checkout.hidden = items.length === 0;
}

async function load() {
  try {
    const data = await api.get('/api/cart');
    items = Array.isArray(data?.items) ? data.items : [];
    render();
  } catch (error) {
    loadingText.textContent = `Der Warenkorb konnte nicht geladen werden. ${error.message}`;
  }
}

async function removeItem(item, button) {
  button.disabled = true;
  const index = items.indexOf(item);
  try {
    await api.del(`/api/cart/items/${encodeURIComponent(item.id)}`);
    await load();
    announce(`„${item.name}“ wurde aus dem Warenkorb entfernt.`);
    // Focus moves to the next "Entfernen" button, or to the page heading when the cart is empty.
    const buttons = body.querySelectorAll('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('page-heading')).focus();
  } catch (error) {
    button.disabled = false;
    announce(`„${item.name}“ konnte nicht entfernt werden: ${error.message}`);
  }
}

checkoutButton.addEventListener('click', async () => {
  checkoutButton.disabled = true;
  checkoutAlert.replaceChildren();
  try {
    const data = await api.post('/api/cart/checkout', {}, { headers: { 'Idempotency-Key': idempotencyKey } });
    const order = data?.order ?? {};
    // The cart is ordered; a later order on this page is a new one.
    idempotencyKey = uuid();
    await load();
    announce(
      `Vielen Dank, Ihr Auftrag ${order.id ?? ''} wurde kostenpflichtig bestellt (Status: ${orderStatusOf(order.status ?? 'ordered').text}). `,
      el('a', { href: '/admin/auftraege', text: 'Zu „Kontingente & Auftragsstatus“' }),
    );
    document.getElementById('page-heading').focus();
  } catch (error) {
    checkoutAlert.replaceChildren(el('p', { text: error.message }));
  } finally {
    checkoutButton.disabled = false;
  }
});

if (await requireAdmin()) load();
