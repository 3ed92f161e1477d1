import type { SessionUser, Store } from '../store/types.js';
import { workplaceView } from './workplaces.js';

/** What `/api/me` says about the logged-in user. */
export async function describeMe(store: Store, user: SessionUser) {
  const company = user.companyId ? await store.companies.byId(user.companyId) : undefined;
  const workplace =
    user.workplaceId && user.companyId ? await store.workplaces.get(user.companyId, user.workplaceId) : undefined;
  return {
    username: user.username,
    role: user.role,
    mustChangePassword: user.restricted,
    permissionUnlocked: user.role === 'admin' ? user.companyId !== null : undefined,
    company: company ? { customerNumber: company.customerNumber, name: company.name } : null,
    workplace: workplace ? workplaceView(workplace) : null,
  };
}
