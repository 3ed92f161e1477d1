// Words for the API's codes (device kinds, statuses), from the strings the wizard shows, and the facts of
// a workplace that several pages show.
import type {
  Device,
  FailureReason,
  OrderStatus,
  RegistrationStatus,
  Workplace,
} from '@direkthilfe/core/portal/portal-client';
import { el, formatDate, identifier, timeElement, type Child } from './dom.js';
import { t } from './portal.js';

/** "Tischtelefon", "Desktop-Client" …; an unknown kind as it came. */
export const kindText = (kind: string) => t(`portal.deviceKind.${kind}`, { defaultValue: kind });

/** "Tischtelefon Yealink T54W" style text of a device: its label, else its kind and model. */
export const deviceText = (device: Pick<Device, 'kind' | 'model' | 'label'>) =>
  device.label || [kindText(device.kind), device.model].filter(Boolean).join(' ');

/** Badge style per order status code. */
const ORDER_BADGE: Record<OrderStatus, string> = {
  ordered: 'badge--neutral',
  in_progress: 'badge--progress',
  executed: 'badge--success',
  failed: 'badge--danger',
};

/** Badge style per device registration status code. */
const DEVICE_BADGE: Record<RegistrationStatus, string> = {
  unregistered: 'badge--neutral',
  registered: 'badge--success',
  double_registered: 'badge--danger',
};

export const orderStatusText = (status: OrderStatus) => t(`portal.orderStatus.${status}`, { defaultValue: status });

export const deviceStatusText = (status: RegistrationStatus | undefined) =>
  status ? t(`portal.deviceStatus.${status}`, { defaultValue: status }) : '–';

/** Why an order failed, or "–". */
export const failureText = (reason: FailureReason | null) =>
  reason ? t(`portal.failureReason.${reason}`, { defaultValue: reason }) : '–';

/** An order status as a badge with its words. */
export const orderStatusBadge = (status: OrderStatus) =>
  el('span', { class: `badge ${ORDER_BADGE[status] ?? 'badge--neutral'}`, text: orderStatusText(status) });

/** A device's registration status as a badge with its words. */
export const deviceStatusBadge = (status: RegistrationStatus | undefined) =>
  el('span', {
    class: `badge ${(status && DEVICE_BADGE[status]) ?? 'badge--neutral'}`,
    text: deviceStatusText(status),
  });

/** A workplace's facts as [label, value] pairs, shown by the workplace table and the workplace page alike. */
export function workplaceFacts(workplace: Workplace): [string, Child][] {
  return [
    ['Benutzername', workplace.username ? identifier(workplace.username) : '–'],
    ['E-Mail-Adresse', workplace.email ? identifier(workplace.email) : '–'],
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
