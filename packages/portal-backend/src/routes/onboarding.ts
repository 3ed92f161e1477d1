import type { FastifyInstance } from 'fastify';
import { requireUser, type AppContext } from '../context.js';
import type { SessionUser } from '../auth/sessions.js';
import { now } from '../db/database.js';
import { ApiError } from '../errors.js';
import { findUser, hashWelcomeToken, userById } from '../services/users.js';
import { timingSafeEqual } from 'node:crypto';
import { body, errorSchema, text } from '../validation.js';
import { wizardView, type SavedProgress } from '@direkthilfe/core/wizard/engine';
import { FLOWS as WIZARD_FLOWS } from '@direkthilfe/core/wizard/flows';

const FLOWS = ['admin-first-setup', 'user-first-login'] as const;
type Flow = (typeof FLOWS)[number];

/** What the backend's own state says is done, per flow: the wizard trusts this, not the user's clicks. */
function derive(context: AppContext, user: SessionUser | undefined, flow: Flow): Record<string, boolean> {
  const { db } = context;
  // Before registering or the first login, nothing is done yet; the first steps are exactly that.
  if (!user) return {};
  const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
  if (flow === 'admin-first-setup') {
    const company = user.companyId;
    return {
      bspAccount: user.role === 'admin',
      permissionUnlocked: user.role === 'admin' && company !== null,
      groupsPlanned: company !== null && count('SELECT COUNT(*) AS n FROM groups WHERE company_id = ?', company) > 1,
      workplaceInCart:
        count('SELECT COUNT(*) AS n FROM cart_items WHERE session_id_hash = ?', user.sessionHash) > 0 ||
        (company !== null && count('SELECT COUNT(*) AS n FROM orders WHERE company_id = ?', company) > 0),
      cartOrdered: company !== null && count('SELECT COUNT(*) AS n FROM orders WHERE company_id = ?', company) > 0,
      orderExecuted:
        company !== null &&
        count("SELECT COUNT(*) AS n FROM orders WHERE company_id = ? AND status = 'ausgeführt'", company) > 0,
    };
  }
  const row = userById(db, user.userId);
  const registrations =
    user.workplaceId === null
      ? []
      : (
          db
            .prepare(
              'SELECT COUNT(r.device_id) AS n FROM devices d LEFT JOIN device_registrations r ON r.device_id = d.id WHERE d.workplace_id = ? GROUP BY d.id',
            )
            .all(user.workplaceId) as { n: number }[]
        ).map((device) => device.n);
  return {
    temporaryPasswordRequested:
      row.password_changed_at !== null ||
      count('SELECT COUNT(*) AS n FROM temporary_passwords WHERE user_id = ?', user.userId) > 0 ||
      user.restricted,
    temporaryLoginDone: user.restricted || row.password_changed_at !== null,
    passwordSet: row.password_changed_at !== null,
    hasDeskPhone:
      user.workplaceId !== null &&
      count("SELECT COUNT(*) AS n FROM devices WHERE workplace_id = ? AND kind = 'desk-phone'", user.workplaceId) > 0,
    // Signed in on one device, and none signed in twice with the same data (a double registration).
    deviceRegistered: registrations.includes(1) && !registrations.some((n) => n > 1),
  };
}

/** Saved wizard progress per user and flow, plus the steps the backend derives as done. */
export const onboardingRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { db } = context;
  const flowOf = (value: string): Flow => {
    if (!(FLOWS as readonly string[]).includes(value)) throw new ApiError(404, 'unknown_flow');
    return value as Flow;
  };
  const saved = (userId: number, flow: Flow) => {
    const row = db
      .prepare('SELECT state, updated_at FROM onboarding WHERE user_id = ? AND flow = ?')
      .get(userId, flow) as { state: string; updated_at: string } | undefined;
    return row ? { state: JSON.parse(row.state), updatedAt: row.updated_at } : { state: {}, updatedAt: null };
  };

  /** The answer of both routes: what is saved, what the backend derives, and where that puts the user. */
  const answer = (user: SessionUser | undefined, flow: Flow) => {
    const progress = user ? saved(user.userId, flow) : { state: {}, updatedAt: null };
    const derived = derive(context, user, flow);
    const view = wizardView(WIZARD_FLOWS[flow], derived, progress.state as SavedProgress);
    return {
      flow,
      authenticated: user !== undefined,
      ...progress,
      derived,
      summary: { current: view.current, position: view.position, total: view.total, complete: view.complete },
      // Demo mode: the wizard may offer what only the demo can do (a simulated phone) in place.
      demo: context.config.mode === 'demo',
    };
  };

  app.get<{ Params: { flow: string } }>(
    '/api/onboarding/:flow',
    {
      schema: {
        tags: ['onboarding'],
        summary: 'Saved progress and the steps done according to the backend (also before logging in)',
      },
    },
    async (request) => {
      const flow = flowOf(request.params.flow);
      const user = request.user ?? undefined;
      return answer(user && (!user.restricted || flow === 'user-first-login') ? user : undefined, flow);
    },
  );

  app.post<{ Body: { username: string; token: string } }>(
    '/api/onboarding/user-first-login/welcome',
    {
      schema: {
        tags: ['onboarding'],
        summary: 'What a new workplace has, for the link in its activation mail (before the first login)',
        body: body({ username: text(100), token: text(100) }),
        response: { 404: errorSchema },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = findUser(db, request.body.username);
      const expected = Buffer.from(user?.welcome_token_hash ?? '');
      const given = Buffer.from(hashWelcomeToken(request.body.token));
      // One answer for an unknown user, a wrong token and a finished first login.
      const valid =
        user?.workplace_id != null &&
        user.password_changed_at === null &&
        expected.length === given.length &&
        timingSafeEqual(expected, given);
      if (!valid) throw new ApiError(404, 'welcome_not_found');
      const kinds = (
        db.prepare('SELECT DISTINCT kind FROM devices WHERE workplace_id = ?').all(user.workplace_id) as {
          kind: string;
        }[]
      ).map((d) => d.kind);
      return { parts: ['myportal', ...['desktop', 'mobile', 'desk-phone'].filter((kind) => kinds.includes(kind))] };
    },
  );

  app.put<{ Params: { flow: string }; Body: { state: Record<string, unknown> } }>(
    '/api/onboarding/:flow',
    {
      schema: {
        tags: ['onboarding'],
        summary: 'Save the progress (current step, skipped steps, choices); at most 4 KB',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['state'],
          properties: { state: { type: 'object', maxProperties: 20 } },
        },
      },
    },
    async (request) => {
      const user = requireUser(request, { allowRestricted: true });
      const flow = flowOf(request.params.flow);
      const state = JSON.stringify(request.body.state);
      if (state.length > 4096) throw new ApiError(413, 'body_too_large');
      db.prepare(
        `INSERT INTO onboarding (user_id, flow, state, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, flow) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ).run(user.userId, flow, state, now());
      return answer(user, flow);
    },
  );
};
