import { schemaOf, type ApiPlugin } from '../contract.js';

/** Demo only (never registered in production mode): the demo mailbox and the seeded demo data. */
const devRoutes: ApiPlugin = async (app) => {
  const { store } = app;

  app.get('/outbox', { schema: schemaOf('GET /api/dev/outbox') }, async () => ({
    mails: (await store.mail.demoMailbox(100)).map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      sentAt: m.sentAt ?? m.createdAt,
      data: m.data as Record<string, string>,
    })),
  }));

  app.get('/demo-info', { schema: schemaOf('GET /api/dev/demo-info') }, async () => {
    const company = await store.companies.first();
    const users = await store.users.listWorkplaceUsers();
    return {
      company: company
        ? { customerNumber: company.customerNumber, name: company.name, contactEmail: company.contactEmail }
        : null,
      users: users.map((u) => ({
        username: u.username,
        state: u.hasPassword ? ('password_set' as const) : ('awaiting_first_login' as const),
      })),
    };
  });
};

export default devRoutes;
