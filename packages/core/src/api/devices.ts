// The user's devices with their first-login data, and simulated registrations.
import Type, { type Static } from 'typebox';
import { Codes, Id, IdParams, NoContent, Nullable, Strict, Text, route, routes } from './common.js';
import { DeviceKind } from './workplaces.js';

const tags = ['devices'];

/** Registrations with the device's data: none, one, or more than one at once (a double registration). */
export const REGISTRATION_STATUSES = ['unregistered', 'registered', 'double_registered'] as const;
export const RegistrationStatus = Codes(REGISTRATION_STATUSES);
export type RegistrationStatus = Static<typeof RegistrationStatus>;

export const DeviceQuery = Type.Object({ view: Type.Optional(Codes(['expert'])) });

export const Device = Type.Object({
  id: Id,
  kind: DeviceKind,
  model: Nullable(Type.String()),
  label: Type.String(),
  /** Desk phones only; clients use the MyPortal credentials. */
  firstLogin: Nullable(Type.Object({ loginName: Type.String(), secret: Type.String() })),
  /** With `?view=expert` only. */
  status: Type.Optional(RegistrationStatus),
  registrations: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type Device = Static<typeof Device>;

export const DeviceList = Type.Object({ devices: Type.Array(Device) });

export const RegistrationBody = Strict({ endpoint: Text(80) });
export const Registration = Type.Object({
  id: Id,
  status: RegistrationStatus,
  registrations: Type.Integer({ minimum: 0 }),
});
export type Registration = Static<typeof Registration>;

export const devicesApi = routes(
  route('GET', '/api/me/devices', {
    tags,
    summary: 'The devices of the own workplace with first-login data; ?view=expert adds the registration status',
    querystring: DeviceQuery,
    response: { 200: DeviceList },
  }),
  route('POST', '/api/devices/:id/registrations', {
    tags,
    summary: 'Simulate a phone or client registering; a second endpoint at once is a double login',
    params: IdParams,
    body: RegistrationBody,
    response: { 201: Registration },
  }),
  route('DELETE', '/api/devices/:id/registrations', {
    tags,
    summary: 'Log the device out everywhere',
    params: IdParams,
    response: { 204: NoContent },
  }),
);
