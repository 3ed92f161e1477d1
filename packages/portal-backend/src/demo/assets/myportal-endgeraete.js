// "Endgeräte Einstellungen": first-login data per desk phone, status (Expertenansicht) and, for the demo,
// simulated registrations of one or two devices with the same data.
import { api } from './api.js';
import { announce, requireUser } from './layout.js';
import { cell, el, keepFocus, randomId } from './dom.js';
import { DEVICE_STATUS, kindText } from './labels.js';

const list = document.getElementById('device-list');
const expertBody = document.getElementById('expert-body');
const loadingText = document.getElementById('devices-loading');
const empty = document.getElementById('devices-empty');
const sections = [document.getElementById('devices-section'), document.getElementById('expert-section')];

let devices = [];
const revealed = new Set(); // ids of devices whose first-login data are shown
const firstEndpoint = new Map(); // device id → the simulated "first device", stable for this page

const statusOf = (device) => DEVICE_STATUS[device.status] ?? { text: device.status ?? '–', badge: 'badge--neutral' };
const nameOf = (device) => device.label || [kindText(device.kind), device.model].filter(Boolean).join(' ');
const countOf = (registrations) =>
  Array.isArray(registrations) ? registrations.length : Number.isFinite(registrations) ? registrations : 0;

function badge(device) {
  const status = statusOf(device);
  return el('span', { class: `badge ${status.badge}`, text: status.text });
}

function firstLoginBlock(device) {
  const regionId = `first-login-${device.id}`;
  const open = revealed.has(String(device.id));
  const toggle = el('button', {
    type: 'button',
    class: 'button--secondary',
    'aria-expanded': String(open),
    'aria-controls': regionId,
    dataset: { focusKey: `reveal-${device.id}` },
    text: 'Erstanmelde-Daten anzeigen',
    on: {
      click: () => {
        const key = String(device.id);
        if (revealed.has(key)) revealed.delete(key);
        else revealed.add(key);
        render();
      },
    },
  });
  const data = el(
    'dl',
    { class: 'facts', id: regionId, hidden: !open },
    el('dt', { text: 'Anmeldename' }),
    el('dd', { class: 'secret', text: device.firstLogin.loginName }),
    el('dt', { text: 'Kennwort' }),
    el('dd', { class: 'secret', text: device.firstLogin.secret }),
  );
  return [el('div', { class: 'actions' }, toggle), data];
}

function simulationButtons(device) {
  const name = nameOf(device);
  const button = (key, text, action, secondary = true) =>
    el('button', {
      type: 'button',
      class: secondary ? 'button--secondary button--small' : 'button--small',
      dataset: { focusKey: `${key}-${device.id}` },
      text,
      on: { click: (event) => run(event.currentTarget, device, action) },
    });
  return el(
    'div',
    { class: 'actions', role: 'group', 'aria-label': `Simulation für ${name}` },
    button('register', 'Gerät anmelden (Simulation)', 'first', false),
    button('register-second', 'Zweites Gerät anmelden (Simulation)', 'second'),
    button('unregister', 'Alle abmelden', 'clear'),
  );
}

function deviceCard(device) {
  const name = nameOf(device);
  const double = device.status === 'double_registered';
  return el(
    'article',
    { class: 'device', 'aria-labelledby': `device-${device.id}-heading` },
    el('h3', { id: `device-${device.id}-heading`, text: name }),
    el('p', {}, `Art: ${kindText(device.kind)} · Status: `, badge(device)),
    double
      ? el('p', {
          class: 'device__warning',
          text: 'Mit diesen Anmeldedaten sind mehrere Geräte angemeldet. Melden Sie das Gerät ab, das Sie nicht nutzen.',
        })
      : null,
    device.kind === 'desk-phone' && device.firstLogin
      ? firstLoginBlock(device)
      : el('p', {
          class: 'muted',
          text:
            device.kind === 'desk-phone'
              ? 'Für dieses Tischtelefon liegen keine Erstanmelde-Daten vor.'
              : 'Die Anmeldedaten entsprechen Ihren Zugangsdaten für MyPortal.',
        }),
    simulationButtons(device),
  );
}

function expertRow(device) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row', 'data-label': 'Endgerät' }, nameOf(device)),
    cell('Art', kindText(device.kind)),
    cell('Status', badge(device)),
    cell('Aktive Anmeldungen', String(countOf(device.registrations))),
  );
}

function render() {
  const restoreFocus = keepFocus(list);
  list.replaceChildren(...devices.map(deviceCard));
  restoreFocus();
  expertBody.replaceChildren(...devices.map(expertRow));
  loadingText.hidden = true;
  empty.hidden = devices.length > 0;
  for (const section of sections) section.hidden = devices.length === 0;
}

async function load() {
  const data = await api.get('/api/me/devices?view=expert');
  devices = Array.isArray(data?.devices) ? data.devices : [];
  render();
}

async function run(button, device, action) {
  const path = `/api/devices/${encodeURIComponent(device.id)}/registrations`;
  const key = String(device.id);
  const focusKey = button.dataset.focusKey;
  button.disabled = true;
  try {
    if (action === 'clear') {
      await api.del(path);
    } else {
      if (!firstEndpoint.has(key)) firstEndpoint.set(key, `geraet-${randomId()}`);
      const endpoint = action === 'first' ? firstEndpoint.get(key) : `geraet-${randomId()}`;
      await api.post(path, { endpoint });
    }
    await load();
    list.querySelector(`[data-focus-key="${focusKey}"]`)?.focus();
    const updated = devices.find((d) => String(d.id) === key) ?? device;
    announce(`${nameOf(updated)}: ${statusOf(updated).text}.`);
  } catch (error) {
    announce(`Die Aktion ist fehlgeschlagen: ${error.message}`);
  } finally {
    // After load() the button may be a new one; re-enable whichever is there.
    button.disabled = false;
  }
}

if (await requireUser()) {
  load().catch((error) => {
    loadingText.textContent = `Die Endgeräte konnten nicht geladen werden. ${error.message}`;
  });
}
