// Words for the API's codes (device kinds, statuses), from the strings the wizard shows, and the facts of
// a workplace that several pages show.
import type { Device, Workplace } from '@direkthilfe/core/portal/portal-client';
import { el, formatDate, timeElement, type Child } from './dom.js';
import { t } from './portal.js';

/** "Tischtelefon", "Desktop-Client" …; an unknown kind as it came. */
export const kindText = (kind: string) => t(`portal.deviceKind.${kind}`, { defaultValue: kind });

/** "Tischtelefon Yealink T54W" style text of a device: its label, else its kind and model. */
export const deviceText = (device: Pick<Device, 'kind' | 'model' | 'label'>) =>
  device.label || [kindText(device.kind), device.model].filter(Boolean).join(' ');

/** Badge style per order status code. */
const ORDER_BADGE: Record<string, string> = {
  bestellt: 'badge--neutral',
  'in Bearbeitung': 'badge--progress',
  ausgeführt: 'badge--success',
  fehlgeschlagen: 'badge--danger',
};

/** Badge style per device registration status code. */
const DEVICE_BADGE: Record<string, string> = {
  'nicht angemeldet': 'badge--neutral',
  angemeldet: 'badge--success',
  doppelanmeldung: 'badge--danger',
};

export const orderStatusText = (status: string) => t(`portal.orderStatus.${status}`, { defaultValue: status });

export const deviceStatusText = (status: string | undefined) =>
  status ? t(`portal.deviceStatus.${status}`, { defaultValue: status }) : '–';

/** An order status as a badge with its words. */
export const orderStatusBadge = (status: string) =>
  el('span', { class: `badge ${ORDER_BADGE[status] ?? 'badge--neutral'}`, text: orderStatusText(status) });

/** A device's registration status as a badge with its words. */
export const deviceStatusBadge = (status: string | undefined) =>
  el('span', {
    class: `badge ${(status && DEVICE_BADGE[status]) ?? 'badge--neutral'}`,
    text: deviceStatusText(status),
  });

/** A workplace's facts as [label, value] pairs, shown by the workplace table and the workplace page alike. */
export function workplaceFacts(workplace: Workplace): [string, Child][] {
  return [
    ['Benutzername', workplace.username || '–'],
    ['E-Mail-Adresse', workplace.email || '–'],
    ['Rufnummer', workplace.phoneNumber || '–'],
    ['Gruppe / Standort', workplace.group.name],
    [
      'Endgeräte und Clients',
      workplace.devices.length
        ? el(
            'ul',
            {},
            workplace.devices.map((device) => el('li', { text: deviceText(device) })),
          )
        : '–',
    ],
    ['Aktiviert am', timeElement(workplace.activatedAt, formatDate(workplace.activatedAt))],
  ];
}
