// The admin portal: BSP registration, unlocking the permission, groups, device models, workplaces.
import Type, { type Static } from 'typebox';
import { Email, Id, IdParams, Name, NoContent, Nullable, PlainText, Strict, Text, route, routes } from './common.js';
import { Session } from './auth.js';
import { ClientKind, Company, Workplace } from './workplaces.js';

const tags = ['admin'];

export const RegisterBody = Strict({
  username: Type.String({ minLength: 3, maxLength: 60, pattern: '^[A-Za-z0-9._-]+$' }),
  email: Email,
  password: Text(1024, 0),
});
export type RegisterBody = Static<typeof RegisterBody>;

export const ActivateBody = Strict({ customerNumber: Text(40), oneTimePassword: Text(100) });
export const Activated = Type.Object({ company: Company });
export type Activated = Static<typeof Activated>;

/**
 * Lost-update protection: a change names the revision it was read at, and a stale one is refused with 409
 * `stale_write` instead of silently overwriting what someone else saved meanwhile.
 */
const Revision = Type.Integer({ minimum: 1, description: 'The revision the change was read at' });

export const Group = Type.Object({
  id: Id,
  revision: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  address: Nullable(Type.String()),
  isDefault: Type.Boolean(),
  workplaceCount: Type.Integer({ minimum: 0 }),
});
export type Group = Static<typeof Group>;
export const GroupList = Type.Object({ groups: Type.Array(Group) });

export const GroupBody = Type.Object(
  { name: Name(80), address: Type.Optional(PlainText(200)) },
  { additionalProperties: false },
);
export type GroupBody = Static<typeof GroupBody>;
export const GroupPatch = Type.Object(
  { name: Type.Optional(Name(80)), address: Type.Optional(PlainText(200)), revision: Revision },
  { additionalProperties: false },
);

/** Product names from the provider's catalogue, shown as they are. */
export const DeviceModels = Type.Object({
  deskPhones: Type.Array(Type.Object({ model: Type.String(), label: Type.String() })),
  clients: Type.Array(Type.Object({ id: ClientKind, label: Type.String() })),
});
export type DeviceModels = Static<typeof DeviceModels>;

export const WorkplaceList = Type.Object({ workplaces: Type.Array(Workplace) });

/** Where the activation mail went again. */
export const ActivationMailSent = Type.Object({ sentTo: Type.String() });

export const WorkplacePatch = Type.Object(
  { name: Type.Optional(Name(120)), email: Type.Optional(Email), groupId: Type.Optional(Id), revision: Revision },
  { additionalProperties: false },
);

export const adminApi = routes(
  route('POST', '/api/admin/register', {
    tags,
    summary: 'Register a Business Service Portal account and log in',
    body: RegisterBody,
    response: { 201: Session },
  }),
  route('POST', '/api/admin/activate', {
    tags,
    summary: 'Unlock the admin permission with the one-time password from the welcome letter',
    body: ActivateBody,
    response: { 200: Activated },
  }),
  route('GET', '/api/admin/groups', {
    tags,
    summary: 'Groups / locations of the company',
    response: { 200: GroupList },
  }),
  route('POST', '/api/admin/groups', {
    tags,
    summary: 'Create a group / location',
    body: GroupBody,
    response: { 201: Group },
  }),
  route('PATCH', '/api/admin/groups/:id', {
    tags,
    summary: 'Rename a group / location',
    params: IdParams,
    body: GroupPatch,
    response: { 200: Group },
  }),
  route('GET', '/api/admin/device-models', {
    tags,
    summary: 'Desk phones and clients that can be assigned',
    response: { 200: DeviceModels },
  }),
  route('GET', '/api/admin/workplaces', {
    tags,
    summary: 'Workplaces of the company',
    response: { 200: WorkplaceList },
  }),
  route('GET', '/api/admin/workplaces/:id', {
    tags,
    summary: 'One workplace',
    params: IdParams,
    response: { 200: Workplace },
  }),
  route('PATCH', '/api/admin/workplaces/:id', {
    tags,
    summary: 'Change the login data (name, e-mail); moving to another group is refused',
    params: IdParams,
    body: WorkplacePatch,
    response: { 200: Workplace },
  }),
  route('POST', '/api/admin/workplaces/:id/activation-mail', {
    tags,
    summary: 'Send the activation mail again, with a new link (the earlier link stops working)',
    params: IdParams,
    response: { 202: ActivationMailSent },
  }),
  route('DELETE', '/api/admin/workplaces/:id', {
    tags,
    summary: 'Delete a workplace (only after the 30-day minimum term)',
    params: IdParams,
    response: { 204: NoContent },
  }),
);
