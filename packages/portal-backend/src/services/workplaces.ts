import type { Db } from '../db/database.js';
import { generatePassword } from '../auth/passwords.js';

/** The desk phones and clients a workplace can get. */
export const DESK_PHONES = [
  { model: 'komfort-410', label: 'Tischtelefon Komfort 410' },
  { model: 'standard-210', label: 'Tischtelefon Standard 210' },
  { model: 'konferenz-600', label: 'Konferenztelefon 600' },
];
export const CLIENTS = [
  { id: 'desktop', label: 'Desktop-Client' },
  { id: 'mobile', label: 'Mobile-Client' },
];

export const MINIMUM_TERM_DAYS = 30;

export const deviceLabel = (kind: string, model: string | null) =>
  kind === 'desk-phone'
    ? (DESK_PHONES.find((p) => p.model === model)?.label ?? model ?? '')
    : (CLIENTS.find((c) => c.id === kind)?.label ?? kind);

interface WorkplaceRow {
  id: number;
  company_id: number;
  group_id: number;
  group_name: string;
  name: string;
  email: string;
  phone_number: string;
  activated_at: string;
  order_id: number | null;
  username: string | null;
}

export function deletableFrom(activatedAt: string): string {
  return new Date(Date.parse(activatedAt) + MINIMUM_TERM_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** Workplaces of a company (or one of them), with group, user name and devices. */
export function listWorkplaces(db: Db, companyId: number, workplaceId?: number) {
  const rows = db
    .prepare(
      `SELECT w.*, g.name AS group_name, u.username FROM workplaces w
       JOIN groups g ON g.id = w.group_id
       LEFT JOIN users u ON u.workplace_id = w.id
       WHERE w.company_id = ? AND (? IS NULL OR w.id = ?) ORDER BY w.name`,
    )
    .all(companyId, workplaceId ?? null, workplaceId ?? null) as WorkplaceRow[];
  const devices = db.prepare('SELECT id, kind, model FROM devices WHERE workplace_id = ? ORDER BY id');
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    email: w.email,
    username: w.username,
    phoneNumber: w.phone_number,
    group: { id: w.group_id, name: w.group_name },
    devices: (devices.all(w.id) as { id: number; kind: string; model: string | null }[]).map((d) => ({
      id: d.id,
      kind: d.kind,
      model: d.model,
      label: deviceLabel(d.kind, d.model),
    })),
    activatedAt: w.activated_at,
    // The order that created the workplace: the wizard names whom that order's activation mails went to.
    orderId: w.order_id,
    deletableFrom: deletableFrom(w.activated_at),
  }));
}

/** A workplace's desk phones, each with its own first-login data, and its clients. */
export function addWorkplaceDevices(
  db: Db,
  workplaceId: number,
  username: string,
  deskPhones: string[],
  clients: string[],
): void {
  const add = db.prepare(
    'INSERT INTO devices (workplace_id, kind, model, login_name, login_secret) VALUES (?, ?, ?, ?, ?)',
  );
  deskPhones.forEach((model, index) =>
    add.run(workplaceId, 'desk-phone', model, `${username}-${index + 1}@sip.cloud-pbx.example`, generatePassword()),
  );
  for (const client of clients) add.run(workplaceId, client, null, null, null);
}
