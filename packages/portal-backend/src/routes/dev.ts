import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Demo only (never registered in production mode): the mail outbox and the seeded demo data. */
export const devRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { db, mailer } = context;

  app.get(
    '/api/dev/outbox',
    { schema: { tags: ['demo'], summary: 'Mails sent in demo mode, newest first' } },
    async () => ({ mails: mailer.outbox() }),
  );

  app.get(
    '/api/dev/demo-info',
    { schema: { tags: ['demo'], summary: 'The seeded demo company and users' } },
    async () => {
      const company = db
        .prepare('SELECT customer_number, name, contact_email FROM companies ORDER BY id LIMIT 1')
        .get() as { customer_number: string; name: string; contact_email: string } | undefined;
      const users = db
        .prepare(
          `SELECT u.username, u.password_changed_at IS NOT NULL AS has_password FROM users u WHERE u.role = 'user' ORDER BY u.id`,
        )
        .all() as { username: string; has_password: number }[];
      return {
        company: company
          ? { customerNumber: company.customer_number, name: company.name, contactEmail: company.contact_email }
          : null,
        users: users.map((u) => ({
          username: u.username,
          state: u.has_password ? 'password_set' : 'awaiting_first_login',
        })),
      };
    },
  );
};
