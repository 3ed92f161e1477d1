import type { FastifyPluginAsync } from 'fastify';

/** Demo only (never registered in production mode): the demo mailbox and the seeded demo data. */
const devRoutes: FastifyPluginAsync = async (app) => {
  const { store } = app;

  app.get(
    '/outbox',
    { schema: { tags: ['demo'], summary: 'Mails delivered in demo mode, newest first' } },
    async () => ({
      mails: (await store.mail.demoMailbox(100)).map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        sentAt: m.sentAt,
        data: m.data,
      })),
    }),
  );

  app.get('/demo-info', { schema: { tags: ['demo'], summary: 'The seeded demo company and users' } }, async () => {
    const company = await store.companies.first();
    const users = await store.users.listWorkplaceUsers();
    return {
      company: company
        ? { customerNumber: company.customerNumber, name: company.name, contactEmail: company.contactEmail }
        : null,
      users: users.map((u) => ({
        username: u.username,
        state: u.hasPassword ? 'password_set' : 'awaiting_first_login',
      })),
    };
  });
};

export default devRoutes;
