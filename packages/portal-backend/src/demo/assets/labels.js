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

/** Order status → badge style; the text is the status itself ("bestellt", "in Bearbeitung" …). */
export const ORDER_STATUS_BADGE = {
  bestellt: 'badge--neutral',
  'in Bearbeitung': 'badge--progress',
  ausgeführt: 'badge--success',
  fehlgeschlagen: 'badge--danger',
};

/** Device registration status → text and badge style. */
export const DEVICE_STATUS = {
  'nicht angemeldet': { text: 'Nicht angemeldet', badge: 'badge--neutral' },
  angemeldet: { text: 'Angemeldet', badge: 'badge--success' },
  doppelanmeldung: { text: 'Doppelanmeldung', badge: 'badge--danger' },
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
