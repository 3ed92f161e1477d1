import { schemaOf, type ApiPlugin } from '../../contract.js';
import { requireAdmin, setSessionCookie, userOf } from '../../context.js';
import { ApiError } from '../../errors.js';
import { UniqueViolation } from '../../store/errors.js';
import { passwordPolicyError } from '../auth.js';

/** A Business Service Portal account, and unlocking its admin permission with the welcome letter. */
const accountRoutes: ApiPlugin = async (app) => {
  const { store, sessions, passwords } = app;

  app.post(
    '/register',
    {
      schema: schemaOf('POST /api/admin/register'),
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const policyError = passwordPolicyError(password, username, request.lang);
      if (policyError) throw policyError;
      // BSP names and MyPortal names are namespaces of their own: a taken MyPortal name never shows here.
      if (await store.users.byName(username, 'admin'))
        throw new ApiError(409, 'username_taken', {}, { fields: { username: '' } });
      const hash = await passwords.hash(password);
      let userId: number;
      try {
        userId = await store.users.createAdmin({ username, email: request.body.email, passwordHash: hash });
      } catch (error) {
        // Two registrations of one name at once: the second learns it as the first check would have told.
        if (error instanceof UniqueViolation)
          throw new ApiError(409, 'username_taken', {}, { fields: { username: '' } });
        throw error;
      }
      setSessionCookie(reply, await sessions.create(userId, false));
      return reply.status(201).send({ username, role: 'admin', mustChangePassword: false });
    },
  );

  app.post(
    '/activate',
    {
      schema: schemaOf('POST /api/admin/activate'),
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      onRequest: requireAdmin({ unlocked: false }),
    },
    async (request) => {
      const user = userOf(request);
      if (user.companyId !== null) throw new ApiError(409, 'already_activated');
      const company = await store.companies.byCustomerNumber(request.body.customerNumber.trim());
      const valid = await passwords.verify(request.body.oneTimePassword.trim(), company?.oneTimePasswordHash);
      const refused = new ApiError(403, 'activation_failed', {}, { fields: { oneTimePassword: '' } });
      if (!company || !valid || company.oneTimePasswordUsedAt) throw refused;
      // The one-time password is taken by one atomic conditional write: of parallel unlocks, one wins.
      const unlocked = await store.transaction(async (tx) => {
        if (!(await tx.companies.consumeOneTimePassword(company.id))) return false;
        if (!(await tx.users.assignCompany(user.userId, company.id))) throw new ApiError(409, 'already_activated');
        return true;
      });
      if (!unlocked) throw refused;
      return { company: { customerNumber: company.customerNumber, name: company.name } };
    },
  );
};

export default accountRoutes;
