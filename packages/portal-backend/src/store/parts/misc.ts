import { sql } from 'kysely';
import type { FeedbackStore, Mail, MailStore, OnboardingStore, RateLimitStore } from '../types.js';
import { toNumber, type Db } from './db.js';
import { now } from './db.js';

export function onboardingStore({ db, dialect }: Db): OnboardingStore {
  const count = (n: unknown) => toNumber(n);
  return {
    async get(userId, flow) {
      const row = await db
        .selectFrom('onboarding')
        .select(['state', 'updated_at'])
        .where('user_id', '=', userId)
        .where('flow', '=', flow)
        .executeTakeFirst();
      return row ? { state: JSON.parse(row.state), updatedAt: row.updated_at } : { state: {}, updatedAt: null };
    },
    async put(userId, flow, state) {
      const at = now();
      await db
        .insertInto('onboarding')
        .values({ user_id: userId, flow, state, updated_at: at })
        .onConflict((oc) => oc.columns(['user_id', 'flow']).doUpdateSet({ state, updated_at: at }))
        .execute();
    },
    async adminSetupFacts({ companyId, sessionHash }) {
      const company = companyId ?? -1;
      const { rows } = await sql<{ groups: unknown; cart: unknown; orders: unknown; executed: unknown }>`
        SELECT
          (SELECT COUNT(*) FROM groups WHERE company_id = ${company}) AS groups,
          (SELECT COUNT(*) FROM cart_items WHERE session_id_hash = ${sessionHash}) AS cart,
          (SELECT COUNT(*) FROM orders WHERE company_id = ${company}) AS orders,
          (SELECT COUNT(*) FROM orders WHERE company_id = ${company} AND status = 'executed') AS executed`.execute(db);
      const [facts] = rows;
      return {
        groupCount: count(facts.groups),
        cartItems: count(facts.cart),
        orders: count(facts.orders),
        executedOrders: count(facts.executed),
      };
    },
    async userLoginFacts({ userId, workplaceId }) {
      const workplace = workplaceId ?? -1;
      // Each device's registration count, as one comma-separated text in either database.
      const joined = dialect === 'postgres' ? sql`string_agg(n::text, ',')` : sql`group_concat(n, ',')`;
      const { rows } = await sql<{
        password_changed_at: string | null;
        temporary: unknown;
        desk_phones: unknown;
        registrations: string | null;
      }>`
        SELECT
          u.password_changed_at,
          (SELECT COUNT(*) FROM temporary_passwords t WHERE t.user_id = u.id) AS temporary,
          (SELECT COUNT(*) FROM devices d WHERE d.workplace_id = ${workplace} AND d.kind = 'desk-phone') AS desk_phones,
          (SELECT ${joined} FROM (
            SELECT COUNT(r.id) AS n FROM devices d LEFT JOIN device_registrations r ON r.device_id = d.id
            WHERE d.workplace_id = ${workplace} GROUP BY d.id) per_device) AS registrations
        FROM users u WHERE u.id = ${userId}`.execute(db);
      const [facts] = rows;
      return {
        passwordChangedAt: facts?.password_changed_at ?? null,
        temporaryPasswordPending: count(facts?.temporary) > 0,
        deskPhones: count(facts?.desk_phones),
        registrations: facts?.registrations ? facts.registrations.split(',').map(Number) : [],
      };
    },
  };
}

export function feedbackStore({ db }: Db): FeedbackStore {
  return {
    async add({ articleId, lang, helpful, day }) {
      await db
        .insertInto('article_feedback')
        .values({ article_id: articleId, lang, helpful: helpful ? 1 : 0, created_at: day })
        .execute();
    },
  };
}

type MailRow = {
  id: number;
  idempotency_key: string;
  to_address: string;
  lang: string;
  subject: string;
  text: string;
  html: string;
  data: string;
  status: Mail['status'];
  attempts: number;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
};

const MAIL_COLUMNS = [
  'id',
  'idempotency_key',
  'to_address',
  'lang',
  'subject',
  'text',
  'html',
  'data',
  'status',
  'attempts',
  'created_at',
  'sent_at',
  'last_error',
] as const;

const mail = (m: MailRow): Mail => ({
  id: m.id,
  idempotencyKey: m.idempotency_key,
  to: m.to_address,
  lang: m.lang,
  subject: m.subject,
  text: m.text,
  html: m.html,
  data: JSON.parse(m.data),
  status: m.status,
  attempts: toNumber(m.attempts),
  createdAt: m.created_at,
  sentAt: m.sent_at,
  lastError: m.last_error,
});

export function mailStore({ db, dialect }: Db): MailStore {
  return {
    async enqueue(m, at) {
      const result = await db
        .insertInto('mail_outbox')
        .values({
          idempotency_key: m.idempotencyKey,
          to_address: m.to,
          lang: m.lang,
          data: JSON.stringify(m.data),
          subject: m.subject,
          text: m.text,
          html: m.html,
          status: 'pending',
          next_attempt_at: at,
          created_at: at,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst();
      return toNumber(result.numInsertedOrUpdatedRows) === 1;
    },
    async claim(node, at, leaseUntil, limit) {
      let candidates = db
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', at)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
        .orderBy('id')
        .limit(limit);
      if (dialect === 'postgres') candidates = candidates.forUpdate().skipLocked();
      const rows = await db
        .updateTable('mail_outbox')
        .set({ claimed_by: node, lease_until: leaseUntil, attempts: sql`attempts + 1` })
        .where('id', 'in', candidates)
        .returning(MAIL_COLUMNS)
        .execute();
      return rows.sort((a, b) => a.id - b.id).map(mail);
    },
    async markSent(id, node, at, channel) {
      const kept = channel === 'demo' ? {} : { text: '', html: '', data: '{}' };
      const result = await db
        .updateTable('mail_outbox')
        .set({ status: 'sent', sent_at: at, channel, claimed_by: null, lease_until: null, last_error: null, ...kept })
        .where('id', '=', id)
        .where('claimed_by', '=', node)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return toNumber(result.numUpdatedRows) === 1;
    },
    async markFailed(id, node, error, retryAt) {
      await db
        .updateTable('mail_outbox')
        .set({
          status: retryAt ? 'pending' : 'dead',
          next_attempt_at: retryAt ?? now(),
          last_error: error.slice(0, 500),
          claimed_by: null,
          lease_until: null,
        })
        .where('id', '=', id)
        .where('claimed_by', '=', node)
        .execute();
    },
    async demoMailbox(limit) {
      const rows = await db
        .selectFrom('mail_outbox')
        .select(MAIL_COLUMNS)
        .where('channel', '=', 'demo')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(mail);
    },
    async byKey(idempotencyKey) {
      const row = await db
        .selectFrom('mail_outbox')
        .select(MAIL_COLUMNS)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      return row && mail(row);
    },
  };
}

export function rateLimitStore({ db }: Db): RateLimitStore {
  return {
    async hit(key, at, windowMs) {
      const resetAt = at + windowMs;
      // One upsert: the window restarts once it has ended, else the count goes up.
      const row = await db
        .insertInto('rate_limits')
        .values({ key, count: 1, reset_at: resetAt })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql`CASE WHEN rate_limits.reset_at <= ${at} THEN 1 ELSE rate_limits.count + 1 END`,
            reset_at: sql`CASE WHEN rate_limits.reset_at <= ${at} THEN ${resetAt} ELSE rate_limits.reset_at END`,
          }),
        )
        .returning(['count', 'reset_at'])
        .executeTakeFirstOrThrow();
      return { count: toNumber(row.count), resetAt: toNumber(row.reset_at) };
    },
    async sweep(at) {
      await db.deleteFrom('rate_limits').where('reset_at', '<=', at).execute();
    },
  };
}
