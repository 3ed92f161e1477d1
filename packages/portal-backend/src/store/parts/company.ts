import { unique } from '../errors.js';
import type {
  Company,
  CompanyStore,
  DeviceKind,
  DeviceStore,
  GroupStore,
  WorkplaceRecord,
  WorkplaceStore,
} from '../types.js';
import { now, toNumber, type Db } from './db.js';

export function companyStore({ db }: Db): CompanyStore {
  const select = () =>
    db
      .selectFrom('companies')
      .select([
        'id',
        'customer_number as customerNumber',
        'name',
        'contact_email as contactEmail',
        'one_time_password_hash as oneTimePasswordHash',
        'one_time_password_used_at as oneTimePasswordUsedAt',
      ]);
  return {
    async count() {
      const row = await db
        .selectFrom('companies')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return toNumber(row.n);
    },
    first: () => select().orderBy('id').limit(1).executeTakeFirst() as Promise<Company | undefined>,
    byId: (id) => select().where('id', '=', id).executeTakeFirst() as Promise<Company | undefined>,
    byCustomerNumber: (customerNumber) =>
      select().where('customer_number', '=', customerNumber).executeTakeFirst() as Promise<Company | undefined>,
    create: (company) =>
      unique('customer_number', async () => {
        const row = await db
          .insertInto('companies')
          .values({
            customer_number: company.customerNumber,
            name: company.name,
            contact_email: company.contactEmail,
            street: company.street,
            postal_code: company.postalCode,
            city: company.city,
            one_time_password_hash: company.oneTimePasswordHash,
            created_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      }),
    async consumeOneTimePassword(companyId) {
      const result = await db
        .updateTable('companies')
        .set({ one_time_password_used_at: now() })
        .where('id', '=', companyId)
        .where('one_time_password_used_at', 'is', null)
        .executeTakeFirst();
      return toNumber(result.numUpdatedRows) === 1;
    },
    async allocateExtension(companyId, last) {
      // One conditional increment: concurrent orders never get the same extension.
      const row = await db
        .updateTable('companies')
        .set((eb) => ({ next_extension: eb('next_extension', '+', 1) }))
        .where('id', '=', companyId)
        .where('next_extension', '<=', last)
        .returning('next_extension')
        .executeTakeFirst();
      return row ? toNumber(row.next_extension) - 1 : undefined;
    },
  };
}

export function groupStore({ db }: Db): GroupStore {
  const select = (companyId: number) =>
    db
      .selectFrom('groups as g')
      .select((eb) => [
        'g.id',
        'g.name',
        'g.address',
        'g.is_default',
        'g.revision',
        eb
          .selectFrom('workplaces as w')
          .select((w) => w.fn.countAll().as('n'))
          .whereRef('w.group_id', '=', 'g.id')
          .as('workplace_count'),
      ])
      .where('g.company_id', '=', companyId);
  const group = (g: {
    id: number;
    name: string;
    address: string | null;
    is_default: number;
    revision: number;
    workplace_count: unknown;
  }) => ({
    id: g.id,
    revision: toNumber(g.revision),
    name: g.name,
    address: g.address,
    isDefault: toNumber(g.is_default) === 1,
    workplaceCount: toNumber(g.workplace_count),
  });
  return {
    async list(companyId) {
      const rows = await select(companyId).orderBy('g.is_default', 'desc').orderBy('g.name').execute();
      return rows.map(group);
    },
    async get(companyId, id) {
      const row = await select(companyId).where('g.id', '=', id).executeTakeFirst();
      return row && group(row);
    },
    create: (companyId, { name, address, isDefault = false }) =>
      unique('group_name', async () => {
        const row = await db
          .insertInto('groups')
          .values({ company_id: companyId, name, address, is_default: isDefault ? 1 : 0, created_at: now() })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      }),
    update: (companyId, id, revision, change) =>
      unique('group_name', async () => {
        // One conditional write: of two changes read at the same revision, the second finds it moved on.
        const result = await db
          .updateTable('groups')
          .set((eb) => ({ name: change.name, address: change.address, revision: eb('revision', '+', 1) }))
          .where('id', '=', id)
          .where('company_id', '=', companyId)
          .where('revision', '=', revision)
          .executeTakeFirst();
        return toNumber(result.numUpdatedRows) === 1;
      }),
  };
}

export function workplaceStore({ db }: Db): WorkplaceStore {
  async function records(companyId: number, id?: number): Promise<WorkplaceRecord[]> {
    let query = db
      .selectFrom('workplaces as w')
      .innerJoin('groups as g', 'g.id', 'w.group_id')
      .leftJoin('users as u', 'u.workplace_id', 'w.id')
      .select([
        'w.id',
        'w.revision',
        'w.name',
        'w.email',
        'w.phone_number',
        'w.activated_at',
        'w.order_id',
        'w.group_id',
        'g.name as group_name',
        'u.username',
      ])
      .where('w.company_id', '=', companyId);
    if (id !== undefined) query = query.where('w.id', '=', id);
    const rows = await query.orderBy('w.name').orderBy('w.id').execute();
    if (rows.length === 0) return [];
    const devices = await db
      .selectFrom('devices')
      .select(['id', 'kind', 'model', 'workplace_id'])
      .where(
        'workplace_id',
        'in',
        rows.map((w) => w.id),
      )
      .orderBy('id')
      .execute();
    return rows.map((w) => ({
      id: w.id,
      revision: toNumber(w.revision),
      name: w.name,
      email: w.email,
      username: w.username,
      phoneNumber: w.phone_number,
      group: { id: w.group_id, name: w.group_name },
      devices: devices.filter((d) => d.workplace_id === w.id).map((d) => ({ id: d.id, kind: d.kind, model: d.model })),
      activatedAt: w.activated_at,
      orderId: w.order_id,
    }));
  }
  return {
    list: (companyId) => records(companyId),
    get: async (companyId, id) => (await records(companyId, id))[0],
    create: (workplace) =>
      unique('phone_number', async () => {
        const row = await db
          .insertInto('workplaces')
          .values({
            company_id: workplace.companyId,
            group_id: workplace.groupId,
            name: workplace.name,
            email: workplace.email,
            phone_number: workplace.phoneNumber,
            activated_at: workplace.activatedAt,
            order_id: workplace.orderId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      }),
    async update(id, revision, change) {
      const result = await db
        .updateTable('workplaces')
        .set((eb) => ({ name: change.name, email: change.email, revision: eb('revision', '+', 1) }))
        .where('id', '=', id)
        .where('revision', '=', revision)
        .executeTakeFirst();
      if (toNumber(result.numUpdatedRows) !== 1) return false;
      if (change.email !== undefined)
        await db.updateTable('users').set({ email: change.email }).where('workplace_id', '=', id).execute();
      return true;
    },
    async delete(id) {
      await db.deleteFrom('users').where('workplace_id', '=', id).execute();
      await db.deleteFrom('workplaces').where('id', '=', id).execute();
    },
  };
}

export function deviceStore({ db }: Db): DeviceStore {
  return {
    async add(workplaceId, devices) {
      if (devices.length === 0) return;
      await db
        .insertInto('devices')
        .values(
          devices.map((d) => ({
            workplace_id: workplaceId,
            kind: d.kind,
            model: d.model,
            login_name: d.loginName,
            login_secret: d.loginSecret,
          })),
        )
        .execute();
    },
    async listWithLogin(workplaceId) {
      const rows = await db
        .selectFrom('devices as d')
        .select((eb) => [
          'd.id',
          'd.kind',
          'd.model',
          'd.login_name',
          'd.login_secret',
          eb
            .selectFrom('device_registrations as r')
            .select((r) => r.fn.countAll().as('n'))
            .whereRef('r.device_id', '=', 'd.id')
            .as('registrations'),
        ])
        .where('d.workplace_id', '=', workplaceId)
        .orderBy('d.id')
        .execute();
      return rows.map((d) => ({
        id: d.id,
        kind: d.kind,
        model: d.model,
        loginName: d.login_name,
        loginSecret: d.login_secret,
        registrations: toNumber(d.registrations),
      }));
    },
    async kinds(workplaceId) {
      const rows = await db
        .selectFrom('devices')
        .select('kind')
        .distinct()
        .where('workplace_id', '=', workplaceId)
        .execute();
      return rows.map((r) => r.kind as DeviceKind);
    },
    async register(deviceId, endpoint) {
      await db
        .insertInto('device_registrations')
        .values({ device_id: deviceId, endpoint, registered_at: now() })
        .onConflict((oc) => oc.columns(['device_id', 'endpoint']).doNothing())
        .execute();
    },
    async unregisterAll(deviceId) {
      await db.deleteFrom('device_registrations').where('device_id', '=', deviceId).execute();
    },
  };
}
