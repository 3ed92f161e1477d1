// Demo only (never registered in production mode): the mail outbox and the seeded demo data.
import Type, { type Static } from 'typebox';
import { Codes, Id, Nullable, Timestamp, route, routes } from './common.js';

const tags = ['demo'];

export const OutboxMail = Type.Object({
  id: Id,
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.String(),
  sentAt: Timestamp,
  /** The mail's facts (`kind`, user name, links …), for tests and the demo mailbox. */
  data: Type.Record(Type.String(), Type.String()),
});
export type OutboxMail = Static<typeof OutboxMail>;
export const Outbox = Type.Object({ mails: Type.Array(OutboxMail) });

export const USER_STATES = ['password_set', 'awaiting_first_login'] as const;
export const DemoInfo = Type.Object({
  company: Nullable(Type.Object({ customerNumber: Type.String(), name: Type.String(), contactEmail: Type.String() })),
  users: Type.Array(Type.Object({ username: Type.String(), state: Codes(USER_STATES) })),
});
export type DemoInfo = Static<typeof DemoInfo>;

export const devApi = routes(
  route('GET', '/api/dev/outbox', {
    tags,
    summary: 'Mails sent in demo mode, newest first',
    response: { 200: Outbox },
  }),
  route('GET', '/api/dev/demo-info', {
    tags,
    summary: 'The seeded demo company and users',
    response: { 200: DemoInfo },
  }),
);
