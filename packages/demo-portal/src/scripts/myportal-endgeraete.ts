// "Endgeräte Einstellungen": first-login data per desk phone, status (Expertenansicht) and, for the demo,
// simulated registrations of one or two devices with the same data.
import type { Device } from '@direkthilfe/core/portal/portal-client';
import { byId, cell, el, keepFocus, randomId } from '../lib/dom.js';
import { errorMessage } from '../lib/forms.js';
import { announce, requireUser } from '../lib/frame.js';
import { client } from '../lib/portal.js';
import { deviceStatusBadge, deviceStatusText, deviceText, kindText } from '../lib/words.js';

type Simulation = 'first' | 'second' | 'clear';

const list = byId('device-list');
const expertBody = byId('expert-body');
const loadingText = byId('devices-loading');
const empty = byId('devices-empty');
const sections = [byId('devices-section'), byId('expert-section')];

let devices: Device[] = [];
const revealed = new Set<number>(); // ids of devices whose first-login data are shown
const firstEndpoint = new Map<number, string>(); // device id → the simulated "first device", stable for this page

function firstLoginBlock(device: Device, firstLogin: NonNullable<Device['firstLogin']>) {
  const regionId = `first-login-${device.id}`;
  const open = revealed.has(device.id);
  const toggle = el('button', {
    type: 'button',
    class: 'button--secondary',
    'aria-expanded': String(open),
    'aria-controls': regionId,
    dataset: { focusKey: `reveal-${device.id}` },
    text: 'Erstanmelde-Daten anzeigen',
    on: {
      click: () => {
        if (!revealed.delete(device.id)) revealed.add(device.id);
        render();
      },
    },
  });
  const data = el(
    'dl',
    { class: 'facts', id: regionId, hidden: !open },
    el('dt', { text: 'Benutzername' }),
    el('dd', { class: 'secret', text: firstLogin.loginName }),
    el('dt', { text: 'Passwort' }),
    el('dd', { class: 'secret', text: firstLogin.secret }),
  );
  return [el('div', { class: 'actions' }, toggle), data];
}

function simulationButtons(device: Device) {
  const button = (key: string, text: string, action: Simulation, secondary = true) =>
    el('button', {
      type: 'button',
      class: secondary ? 'button--secondary button--small' : 'button--small',
      dataset: { focusKey: `${key}-${device.id}` },
      text,
      on: { click: (event) => void run(event.currentTarget as HTMLButtonElement, device, action) },
    });
  return el(
    'div',
    { class: 'actions', role: 'group', 'aria-label': `Simulation für ${deviceText(device)}` },
    button('register', 'Gerät anmelden (Simulation)', 'first', false),
    button('register-second', 'Zweites Gerät anmelden (Simulation)', 'second'),
    button('unregister', 'Alle abmelden', 'clear'),
  );
}

function deviceCard(device: Device) {
  return el(
    'article',
    { class: 'device', 'aria-labelledby': `device-${device.id}-heading` },
    el('h3', { id: `device-${device.id}-heading`, text: deviceText(device) }),
    el('p', {}, `Art: ${kindText(device.kind)} · Status: `, deviceStatusBadge(device.status)),
    device.status === 'double_registered'
      ? el('p', {
          class: 'device__warning',
          text: 'Mit diesen Anmeldedaten sind mehrere Geräte angemeldet. Melden Sie das Gerät ab, das Sie nicht nutzen.',
        })
      : null,
    device.kind === 'desk-phone' && device.firstLogin
      ? firstLoginBlock(device, device.firstLogin)
      : el('p', {
          class: 'muted',
          text:
            device.kind === 'desk-phone'
              ? 'Für dieses Tischtelefon liegen keine Erstanmelde-Daten vor.'
              : 'Sie melden sich mit denselben Anmeldedaten an wie in MyPortal.',
        }),
    simulationButtons(device),
  );
}

function expertRow(device: Device) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row', 'data-label': 'Endgerät' }, deviceText(device)),
    cell('Art', kindText(device.kind)),
    cell('Status', deviceStatusBadge(device.status)),
    cell('Aktive Anmeldungen', String(device.registrations ?? 0)),
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
  devices = await client.devices();
  render();
}

async function run(button: HTMLButtonElement, device: Device, action: Simulation) {
  const focusKey = button.dataset.focusKey;
  button.disabled = true;
  try {
    if (action === 'clear') {
      await client.unregisterDevice(device.id);
    } else {
      if (!firstEndpoint.has(device.id)) firstEndpoint.set(device.id, `geraet-${randomId()}`);
      const endpoint = action === 'first' ? firstEndpoint.get(device.id)! : `geraet-${randomId()}`;
      await client.registerDevice(device.id, endpoint);
    }
    await load();
    list.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus();
    const updated = devices.find((d) => d.id === device.id) ?? device;
    announce(`${deviceText(updated)}: ${deviceStatusText(updated.status)}.`);
  } catch (error) {
    announce(`Die Aktion ist fehlgeschlagen: ${errorMessage(error)}`);
  } finally {
    // After load() the button may be a new one; re-enable whichever is there.
    button.disabled = false;
  }
}

if (await requireUser()) {
  load().catch((error: unknown) => {
    loadingText.textContent = `Die Endgeräte konnten nicht geladen werden. ${errorMessage(error)}`;
  });
}
