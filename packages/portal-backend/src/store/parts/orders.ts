import { sql } from 'kysely';
import { unique } from '../errors.js';
import type { CartStore, Order, OrderStore, WorkplaceItem } from '../types.js';
import { toNumber, type Db } from './db.js';
import { now } from './db.js';

export function cartStore({ db }: Db): CartStore {
  return {
    async items(sessionHash, companyId) {
      const rows = await db
        .selectFrom('cart_items')
        .select(['id', 'item'])
        .where('session_id_hash', '=', sessionHash)
        .where('company_id', '=', companyId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, item: JSON.parse(r.item) as WorkplaceItem }));
    },
    async add(sessionHash, companyId, item) {
      const row = await db
        .insertInto('cart_items')
        .values({ session_id_hash: sessionHash, company_id: companyId, item: JSON.stringify(item), created_at: now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async remove(sessionHash, id) {
      const result = await db
        .deleteFrom('cart_items')
        .where('id', '=', id)
        .where('session_id_hash', '=', sessionHash)
        .executeTakeFirst();
      return toNumber(result.numDeletedRows) === 1;
    },
    async take(sessionHash) {
      // DELETE … RETURNING: of two concurrent checkouts, only one gets the items.
      const rows = await db
        .deleteFrom('cart_items')
        .where('session_id_hash', '=', sessionHash)
        .returning(['id', 'item'])
        .execute();
      return rows.sort((a, b) => a.id - b.id).map((r) => JSON.parse(r.item) as WorkplaceItem);
    },
  };
}

type OrderRow = {
  id: number;
  company_id: number;
  status: Order['status'];
  items: string;
  created_at: string;
  executed_at: string | null;
  failure_code: string | null;
};

const ORDER_COLUMNS = ['id', 'company_id', 'status', 'items', 'created_at', 'executed_at', 'failure_code'] as const;

const order = (o: OrderRow): Order => ({
  id: o.id,
  companyId: o.company_id,
  status: o.status,
  items: JSON.parse(o.items),
  createdAt: o.created_at,
  executedAt: o.executed_at,
  failureCode: o.failure_code,
});

export function orderStore({ db, dialect }: Db): OrderStore {
  const postgres = dialect === 'postgres';
  return {
    async list(companyId) {
      const rows = await db
        .selectFrom('orders')
        .select(ORDER_COLUMNS)
        .where('company_id', '=', companyId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(order);
    },
    async byIdempotencyKey(companyId, key) {
      const row = await db
        .selectFrom('orders')
        .select(ORDER_COLUMNS)
        .where('company_id', '=', companyId)
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      return row && order(row);
    },
    create: (o) =>
      unique('idempotency_key', async () => {
        const row = await db
          .insertInto('orders')
          .values({
            company_id: o.companyId,
            idempotency_key: o.idempotencyKey,
            status: 'ordered',
            items: JSON.stringify(o.items),
            execute_after: o.executeAfter,
            created_by: o.createdBy,
            created_at: now(),
          })
          .returning(ORDER_COLUMNS)
          .executeTakeFirstOrThrow();
        return order(row);
      }),
    async claim(node, at, leaseUntil, limit) {
      let candidates = db
        .selectFrom('orders')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'ordered'), eb('execute_after', '<=', at)]),
            eb.and([eb('status', '=', 'in_progress'), eb('lease_until', '<', at)]),
          ]),
        )
        .orderBy('id')
        .limit(limit);
      // Several nodes claim at once: each skips the rows another is claiming instead of waiting for them.
      if (postgres) candidates = candidates.forUpdate().skipLocked();
      const rows = await db
        .updateTable('orders')
        .set({ status: 'in_progress', claimed_by: node, lease_until: leaseUntil })
        .where('id', 'in', candidates)
        .returning(ORDER_COLUMNS)
        .execute();
      return rows.map(order);
    },
    async renewLeases(node, leaseUntil) {
      await db
        .updateTable('orders')
        .set({ lease_until: leaseUntil })
        .where('status', '=', 'in_progress')
        .where('claimed_by', '=', node)
        .execute();
    },
    async lockHeld(node, id) {
      let query = db
        .selectFrom('orders')
        .select(ORDER_COLUMNS)
        .where('id', '=', id)
        .where('status', '=', 'in_progress')
        .where('claimed_by', '=', node);
      if (postgres) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row && order(row);
    },
    async markExecuted(id, at) {
      await db
        .updateTable('orders')
        .set({ status: 'executed', executed_at: at, claimed_by: null, lease_until: null })
        .where('id', '=', id)
        .execute();
    },
    async recordFailure(id, code, maxAttempts) {
      const row = await db
        .updateTable('orders')
        .set({
          attempts: sql`attempts + 1`,
          status: sql`CASE WHEN attempts + 1 >= ${maxAttempts} THEN 'failed' ELSE status END`,
          failure_code: sql`CASE WHEN attempts + 1 >= ${maxAttempts} THEN ${code} ELSE failure_code END`,
        })
        .where('id', '=', id)
        .returning('status')
        .executeTakeFirstOrThrow();
      return row.status;
    },
  };
}
