// Cart: positions with "Entfernen", and "Kostenpflichtig bestellen" with an Idempotency-Key per page load.
import type { CartItem } from '@direkthilfe/core/portal/portal-client';
import { byId, cell, el, formatDate, identifier, keepFocus, uuid } from '../lib/dom.js';
import { errorMessage } from '../lib/forms.js';
import { announce, requireAdmin } from '../lib/frame.js';
import { client } from '../lib/portal.js';
import { orderStatusText } from '../lib/words.js';

const table = byId('cart-table');
const body = byId('cart-body');
const empty = byId('cart-empty');
const loadingText = byId('cart-loading');
const checkout = byId('checkout');
const checkoutButton = byId<HTMLButtonElement>('checkout-button');
const checkoutAlert = byId('checkout-alert');

// One key per page load: a repeated click or a retry after a network error cannot order twice.
let idempotencyKey = uuid();
let items: CartItem[] = [];

const list = (values: string[]) =>
  values.length
    ? el(
        'ul',
        {},
        values.map((value) => el('li', { text: value })),
      )
    : '–';

function row(item: CartItem) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row', 'data-label': 'Name' }, item.name),
    cell('E-Mail-Adresse', item.email ? identifier(item.email) : '–'),
    cell('Gruppe / Standort', item.groupName || '–'),
    cell('Tischtelefone', list(item.deviceLabels)),
    cell('Clients', list(item.clientLabels)),
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
          on: { click: (event) => void removeItem(item, event.currentTarget as HTMLButtonElement) },
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
    items = await client.cart();
    render();
  } catch (error) {
    loadingText.textContent = `Der Warenkorb konnte nicht geladen werden. ${errorMessage(error)}`;
  }
}

async function removeItem(item: CartItem, button: HTMLButtonElement) {
  button.disabled = true;
  const index = items.indexOf(item);
  try {
    await client.removeFromCart(item.id);
    await load();
    announce(`„${item.name}“ wurde aus dem Warenkorb entfernt.`);
    // Focus moves to the next "Entfernen" button, or to the page heading when the cart is empty.
    const buttons = body.querySelectorAll('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? byId('page-heading')).focus();
  } catch (error) {
    button.disabled = false;
    announce(`„${item.name}“ konnte nicht entfernt werden: ${errorMessage(error)}`);
  }
}

checkoutButton.addEventListener('click', async () => {
  checkoutButton.disabled = true;
  checkoutAlert.replaceChildren();
  try {
    const { order } = await client.checkout(idempotencyKey);
    // The cart is ordered; a later order on this page is a new one.
    idempotencyKey = uuid();
    await load();
    announce(
      `Vielen Dank, Ihr Auftrag ${order.id} wurde kostenpflichtig bestellt (Status: ${orderStatusText(order.status)}). `,
      el('a', { href: '/admin/auftraege', text: 'Zu „Kontingente & Auftragsstatus“' }),
    );
    byId('page-heading').focus();
  } catch (error) {
    checkoutAlert.replaceChildren(el('p', { text: errorMessage(error) }));
  } finally {
    checkoutButton.disabled = false;
  }
});

if (await requireAdmin()) void load();
