// German words for API values (device kinds, statuses), shared by several pages.

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
