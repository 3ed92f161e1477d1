import type { FastifyInstance } from 'fastify';
import { requireAdmin, requireUser, setSessionCookie, type AppContext } from '../context.js';
import { now } from '../db/database.js';
import { ApiError } from '../errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { languageOf } from '../messages.js';
import { findUser } from '../services/users.js';
import { newWelcomeToken, sendActivationMail } from '../services/activation-mail.js';
import { CLIENTS, DESK_PHONES, deletableFrom, listWorkplaces } from '../services/workplaces.js';
import { body, email, errorSchema, text } from '../validation.js';
import { passwordPolicyError } from './auth.js';

const groupSchema = body({ name: text(80), address: text(200, 0) }, ['name']);

/** The admin portal: BSP registration, unlocking the permission, groups, device models, workplaces. */
export const adminRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { db, sessions, scryptCost } = context;

  app.post<{ Body: { username: string; email: string; password: string } }>(
    '/api/admin/register',
    {
      schema: {
        tags: ['admin'],
        summary: 'Register a Business Service Portal account and log in',
        body: body({
          username: { type: 'string', minLength: 3, maxLength: 60, pattern: '^[A-Za-z0-9._-]+$' },
          email,
          password: text(1024, 0),
        }),
        response: { 409: errorSchema, 422: errorSchema },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const policyError = passwordPolicyError(password, username, languageOf(request.headers['accept-language']));
      if (policyError) throw policyError;
      if (findUser(db, username)) throw new ApiError(409, 'username_taken', {}, { fields: { username: '' } });
      const hash = await hashPassword(password, scryptCost);
      const { lastInsertRowid } = db
        .prepare(
          "INSERT INTO users (username, email, role, password_hash, password_changed_at, created_at) VALUES (?, ?, 'admin', ?, ?, ?)",
        )
        .run(username, request.body.email, hash, now(), now());
      setSessionCookie(reply, context, sessions.create(Number(lastInsertRowid), false));
      return reply.status(201).send({ username, role: 'admin', mustChangePassword: false });
    },
  );

  app.post<{ Body: { customerNumber: string; oneTimePassword: string } }>(
    '/api/admin/activate',
    {
      schema: {
        tags: ['admin'],
        summary: 'Unlock the admin permission with the one-time password from the welcome letter',
        body: body({ customerNumber: text(40), oneTimePassword: text(100) }),
        response: { 403: errorSchema, 409: errorSchema },
      },
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = requireUser(request);
      if (user.role !== 'admin') throw new ApiError(403, 'forbidden');
      if (user.companyId !== null) throw new ApiError(409, 'already_activated');
      const company = db
        .prepare(
          'SELECT id, customer_number, name, one_time_password_hash, one_time_password_used_at FROM companies WHERE customer_number = ?',
        )
        .get(request.body.customerNumber.trim()) as
        | {
            id: number;
            customer_number: string;
            name: string;
            one_time_password_hash: string | null;
            one_time_password_used_at: string | null;
          }
        | undefined;
      const valid = await verifyPassword(
        request.body.oneTimePassword.trim(),
        company?.one_time_password_hash,
        scryptCost,
      );
      if (!company || !valid || company.one_time_password_used_at)
        throw new ApiError(403, 'activation_failed', {}, { fields: { oneTimePassword: '' } });
      db.transaction(() => {
        db.prepare('UPDATE companies SET one_time_password_used_at = ? WHERE id = ?').run(now(), company.id);
        db.prepare('UPDATE users SET company_id = ? WHERE id = ?').run(company.id, user.userId);
      })();
      return { company: { customerNumber: company.customer_number, name: company.name } };
    },
  );

  const groups = (companyId: number) =>
    (
      db
        .prepare(
          `SELECT g.id, g.name, g.address, g.is_default, (SELECT COUNT(*) FROM workplaces w WHERE w.group_id = g.id) AS workplace_count
           FROM groups g WHERE g.company_id = ? ORDER BY g.is_default DESC, g.name`,
        )
        .all(companyId) as {
        id: number;
        name: string;
        address: string | null;
        is_default: number;
        workplace_count: number;
      }[]
    ).map((g) => ({
      id: g.id,
      name: g.name,
      address: g.address,
      isDefault: g.is_default === 1,
      workplaceCount: g.workplace_count,
    }));

  const nameTaken = (error: unknown) =>
    error instanceof Error && /UNIQUE constraint failed: groups/.test(error.message);

  app.get(
    '/api/admin/groups',
    { schema: { tags: ['admin'], summary: 'Groups / locations of the company' } },
    async (request) => ({
      groups: groups(requireAdmin(request).companyId),
    }),
  );

  app.post<{ Body: { name: string; address?: string } }>(
    '/api/admin/groups',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a group / location',
        body: groupSchema,
        response: { 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { companyId } = requireAdmin(request);
      try {
        const { lastInsertRowid } = db
          .prepare('INSERT INTO groups (company_id, name, address, is_default, created_at) VALUES (?, ?, ?, 0, ?)')
          .run(companyId, request.body.name.trim(), request.body.address?.trim() || null, now());
        return reply.status(201).send(groups(companyId).find((g) => g.id === Number(lastInsertRowid)));
      } catch (error) {
        if (nameTaken(error)) throw new ApiError(409, 'group_name_taken', {}, { fields: { name: '' } });
        throw error;
      }
    },
  );

  app.patch<{ Params: { id: string }; Body: { name?: string; address?: string } }>(
    '/api/admin/groups/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Rename a group / location',
        body: body({ name: text(80), address: text(200, 0) }, []),
        response: { 404: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const { companyId } = requireAdmin(request);
      const id = Number(request.params.id);
      if (!groups(companyId).some((g) => g.id === id)) throw new ApiError(404, 'group_not_found');
      try {
        db.prepare(
          'UPDATE groups SET name = COALESCE(?, name), address = COALESCE(?, address) WHERE id = ? AND company_id = ?',
        ).run(request.body.name?.trim() ?? null, request.body.address?.trim() ?? null, id, companyId);
      } catch (error) {
        if (nameTaken(error)) throw new ApiError(409, 'group_name_taken', {}, { fields: { name: '' } });
        throw error;
      }
      return groups(companyId).find((g) => g.id === id);
    },
  );

  app.get(
    '/api/admin/device-models',
    { schema: { tags: ['admin'], summary: 'Desk phones and clients that can be assigned' } },
    async (request) => {
      requireAdmin(request);
      return { deskPhones: DESK_PHONES, clients: CLIENTS };
    },
  );

  app.get(
    '/api/admin/workplaces',
    { schema: { tags: ['admin'], summary: 'Workplaces of the company' } },
    async (request) => ({
      workplaces: listWorkplaces(db, requireAdmin(request).companyId),
    }),
  );

  const workplace = (companyId: number, id: string) => {
    const found = listWorkplaces(db, companyId, Number(id))[0];
    if (!found) throw new ApiError(404, 'workplace_not_found');
    return found;
  };

  app.get<{ Params: { id: string } }>(
    '/api/admin/workplaces/:id',
    { schema: { tags: ['admin'], summary: 'One workplace', response: { 404: errorSchema } } },
    async (request) => workplace(requireAdmin(request).companyId, request.params.id),
  );

  app.patch<{ Params: { id: string }; Body: { name?: string; email?: string; groupId?: number } }>(
    '/api/admin/workplaces/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Change the login data (name, e-mail); moving to another group is refused',
        body: body({ name: text(120), email, groupId: { type: 'integer' } }, []),
        response: { 404: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const { companyId } = requireAdmin(request);
      const current = workplace(companyId, request.params.id);
      if (request.body.groupId !== undefined && request.body.groupId !== current.group.id)
        throw new ApiError(409, 'move_requires_recreate');
      db.transaction(() => {
        db.prepare('UPDATE workplaces SET name = COALESCE(?, name), email = COALESCE(?, email) WHERE id = ?').run(
          request.body.name?.trim() ?? null,
          request.body.email ?? null,
          current.id,
        );
        if (request.body.email)
          db.prepare('UPDATE users SET email = ? WHERE workplace_id = ?').run(request.body.email, current.id);
      })();
      return workplace(companyId, request.params.id);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/admin/workplaces/:id/activation-mail',
    {
      schema: {
        tags: ['admin'],
        summary: 'Send the activation mail again, with a new link (the earlier link stops working)',
        response: { 404: errorSchema, 409: errorSchema },
      },
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { companyId } = requireAdmin(request);
      const current = workplace(companyId, request.params.id);
      const user = current.username ? findUser(db, current.username) : undefined;
      if (!user) throw new ApiError(404, 'workplace_not_found');
      // After the first login the link has done its job; the user signs in with the own password.
      if (user.password_changed_at) throw new ApiError(409, 'first_login_done');
      const welcomeToken = newWelcomeToken(db, user.id);
      await sendActivationMail(context, {
        to: current.email,
        username: user.username,
        name: current.name,
        welcomeToken,
      });
      return reply.status(202).send({ sentTo: current.email });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/admin/workplaces/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Delete a workplace (only after the 30-day minimum term)',
        response: { 404: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { companyId } = requireAdmin(request);
      const current = workplace(companyId, request.params.id);
      const possibleFrom = deletableFrom(current.activatedAt);
      if (possibleFrom > new Date().toISOString().slice(0, 10)) {
        const date = new Date(`${possibleFrom}T00:00:00Z`).toLocaleDateString(
          languageOf(request.headers['accept-language']) === 'en' ? 'en-GB' : 'de-DE',
          { timeZone: 'UTC' },
        );
        throw new ApiError(409, 'minimum_term', { date }, { deletableFrom: possibleFrom });
      }
      db.transaction(() => {
        db.prepare('DELETE FROM users WHERE workplace_id = ?').run(current.id);
        db.prepare('DELETE FROM workplaces WHERE id = ?').run(current.id);
      })();
      return reply.status(204).send();
    },
  );
};
