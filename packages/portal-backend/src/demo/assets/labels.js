// German words for API values (device kinds, statuses) and shared facts, used by several pages.
import { el, formatDate, timeElement } from './dom.js';

export const DEVICE_KINDS = {
  'desk-phone': 'Tischtelefon',
  desktop: 'Desktop-Client',
  mobile: 'Mobile-Client',
};

export const kindText = (kind) => DEVICE_KINDS[kind] ?? kind ?? 'Endgerät';

/** "Tischtelefon Yealink T54W" style text of a device `{ kind, model, label }`. */
export function deviceText(device) {
  if (typeof device === 'string') return device;
  if (device?.label) return device.label;
  return [kindText(device?.kind), device?.model].filter(Boolean).join(' ');
}

/** Order status code → text and badge style; the words are the wizard's (`wizard.orders.status.*`). */
export const ORDER_STATUS = {
  ordered: { text: 'bestellt', badge: 'badge--neutral' },
  in_progress: { text: 'in Bearbeitung', badge: 'badge--progress' },
  executed: { text: 'ausgeführt', badge: 'badge--success' },
  failed: { text: 'fehlgeschlagen', badge: 'badge--danger' },
};

export const orderStatusOf = (code) => ORDER_STATUS[code] ?? { text: code ?? '–', badge: 'badge--neutral' };

/** Failure reason code → text. */
export const FAILURE_REASONS = {
  execution_failed: 'Der Auftrag konnte nicht ausgeführt werden.',
};

export const failureText = (code) => (code ? (FAILURE_REASONS[code] ?? code) : '–');

/** Device registration status code → text and badge style. */
export const DEVICE_STATUS = {
  unregistered: { text: 'Nicht angemeldet', badge: 'badge--neutral' },
  registered: { text: 'Angemeldet', badge: 'badge--success' },
  double_registered: { text: 'Doppelanmeldung', badge: 'badge--danger' },
};

/** A workplace's facts as [label, value] pairs, shown by the workplace table and the workplace page alike. */
export function workplaceFacts(workplace) {
  const devices = Array.isArray(workplace.devices) ? workplace.devices : [];
  return [
    ['Benutzername', workplace.username || '–'],
    ['E-Mail-Adresse', workplace.email || '–'],
    ['Rufnummer', workplace.phoneNumber || '–'],
    ['Gruppe / Standort', workplace.group?.name ?? '–'],
    [
      'Endgeräte und Clients',
      devices.length
        ? el(
            'ul',
            {},
            devices.map((device) => el('li', { text: deviceText(device) })),
          )
        : '–',
    ],
    ['Aktiviert am', timeElement(workplace.activatedAt, formatDate(workplace.activatedAt))],
  ];
}
