import type { AppContext } from '../context.js';
import type { SessionUser } from '../auth/sessions.js';
import { listWorkplaces } from './workplaces.js';

/** What `/api/me` says about the logged-in user. */
export function describeMe({ db }: AppContext, user: SessionUser) {
  const company = user.companyId
    ? (db.prepare('SELECT customer_number, name FROM companies WHERE id = ?').get(user.companyId) as {
        customer_number: string;
        name: string;
      })
    : undefined;
  const workplace =
    user.workplaceId && user.companyId ? (listWorkplaces(db, user.companyId, user.workplaceId)[0] ?? null) : null;
  return {
    username: user.username,
    role: user.role,
    mustChangePassword: user.restricted,
    permissionUnlocked: user.role === 'admin' ? user.companyId !== null : undefined,
    company: company ? { customerNumber: company.customer_number, name: company.name } : null,
    workplace,
  };
}
