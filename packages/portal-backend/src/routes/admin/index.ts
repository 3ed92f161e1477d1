import type { ApiPlugin } from '../../contract.js';
import { requireAdmin } from '../../context.js';
import accountRoutes from './account.js';
import groupRoutes from './groups.js';
import workplaceRoutes from './workplaces.js';

/** The admin portal: registering and unlocking the account, then what only an unlocked admin may do. */
const adminRoutes: ApiPlugin = async (app) => {
  await app.register(accountRoutes);
  await app.register(async (unlocked) => {
    unlocked.addHook('onRequest', requireAdmin());
    await unlocked.register(groupRoutes, { prefix: '/groups' });
    await unlocked.register(workplaceRoutes);
  });
};

export default adminRoutes;
