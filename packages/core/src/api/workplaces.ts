// What several areas share: the company, workplaces and their devices.
import Type, { type Static } from 'typebox';
import { Codes, Day, Id, Nullable, Timestamp } from './common.js';

/** What a workplace can have: desk phones (by model) and the two clients. */
export const DEVICE_KINDS = ['desk-phone', 'desktop', 'mobile'] as const;
export const CLIENT_KINDS = ['desktop', 'mobile'] as const;
export const DeviceKind = Codes(DEVICE_KINDS);
export const ClientKind = Codes(CLIENT_KINDS);
export type DeviceKind = Static<typeof DeviceKind>;
export type ClientKind = Static<typeof ClientKind>;

export const Company = Type.Object({ customerNumber: Type.String(), name: Type.String() });

export const WorkplaceDevice = Type.Object({
  id: Id,
  kind: DeviceKind,
  model: Nullable(Type.String()),
  label: Type.String(),
});

export const Workplace = Type.Object({
  id: Id,
  /** Counts the changes; a PATCH names the revision it was read at. */
  revision: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  email: Type.String(),
  /** Null only while the workplace has no user. */
  username: Nullable(Type.String()),
  /** Null while the workplace has no number of its own yet. */
  phoneNumber: Nullable(Type.String()),
  group: Type.Object({ id: Id, name: Type.String() }),
  devices: Type.Array(WorkplaceDevice),
  activatedAt: Timestamp,
  /** The first day after the 30-day minimum term. */
  deletableFrom: Day,
  /** The order that created the workplace (the wizard names whom its activation mails went to). */
  orderId: Nullable(Id),
});
export type Workplace = Static<typeof Workplace>;
