import { timingSafeEqual } from 'node:crypto';
import { schemaOf, type ApiPlugin } from '../contract.js';
import { wizardView, type SavedProgress } from '@direkthilfe/core/wizard/engine';
import { FLOWS as WIZARD_FLOWS } from '@direkthilfe/core/wizard/flows';
import { requireUser, userOf } from '../context.js';
import { ApiError } from '../errors.js';
import { hashWelcomeToken } from '../services/users.js';
import type { SessionUser, Store } from '../store/types.js';

const FLOWS = ['admin-first-setup', 'user-first-login'] as const;
type Flow = (typeof FLOWS)[number];

/** What the backend's own state says is done, per flow (one store query): the wizard trusts this, not clicks. */
async function derive(store: Store, user: SessionUser | undefined, flow: Flow): Promise<Record<string, boolean>> {
  // Before registering or the first login, nothing is done yet; the first steps are exactly that.
  if (!user) return {};
  if (flow === 'admin-first-setup') {
    const company = user.companyId;
    const facts = await store.onboarding.adminSetupFacts({ companyId: company, sessionHash: user.sessionHash });
    return {
      bspAccount: user.role === 'admin',
      permissionUnlocked: user.role === 'admin' && company !== null,
      groupsPlanned: company !== null && facts.groupCount > 1,
      workplaceInCart: facts.cartItems > 0 || facts.orders > 0,
      cartOrdered: facts.orders > 0,
      orderExecuted: facts.executedOrders > 0,
    };
  }
  const facts = await store.onboarding.userLoginFacts(user);
  return {
    temporaryPasswordRequested: facts.passwordChangedAt !== null || facts.temporaryPasswordPending || user.restricted,
    temporaryLoginDone: user.restricted || facts.passwordChangedAt !== null,
    passwordSet: facts.passwordChangedAt !== null,
    hasDeskPhone: facts.deskPhones > 0,
    // Signed in on one device, and none signed in twice with the same data (a double registration).
    deviceRegistered: facts.registrations.includes(1) && !facts.registrations.some((n) => n > 1),
  };
}

/** Saved wizard progress per user and flow, plus the steps the backend derives as done. */
const onboardingRoutes: ApiPlugin = async (app) => {
  const { store } = app;
  const flowOf = (value: string): Flow => {
    if (!(FLOWS as readonly string[]).includes(value)) throw new ApiError(404, 'unknown_flow');
    return value as Flow;
  };

  /** The answer of both routes: what is saved, what the backend derives, and where that puts the user. */
  const answer = async (user: SessionUser | undefined, flow: Flow) => {
    const progress = user ? await store.onboarding.get(user.userId, flow) : { state: {}, updatedAt: null };
    const derived = await derive(store, user, flow);
    const view = wizardView(WIZARD_FLOWS[flow], derived, progress.state as SavedProgress);
    return {
      flow,
      authenticated: user !== undefined,
      ...progress,
      derived,
      summary: { current: view.current, position: view.position, total: view.total, complete: view.complete },
      // Demo mode: the wizard may offer what only the demo can do (a simulated phone) in place.
      demo: app.config.mode === 'demo',
    };
  };

  app.get(
    '/:flow',
    {
      schema: schemaOf('GET /api/onboarding/:flow'),
    },
    async (request) => {
      const flow = flowOf(request.params.flow);
      const user = request.user;
      return answer(user && (!user.restricted || flow === 'user-first-login') ? user : undefined, flow);
    },
  );

  app.post(
    '/user-first-login/welcome',
    {
      schema: schemaOf('POST /api/onboarding/user-first-login/welcome'),
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = await store.users.byName(request.body.username, 'user');
      const expected = Buffer.from(user?.welcomeTokenHash ?? '');
      const given = Buffer.from(hashWelcomeToken(request.body.token));
      // One answer for an unknown user, a wrong token and a finished first login.
      const valid =
        user?.workplaceId != null &&
        user.passwordChangedAt === null &&
        expected.length === given.length &&
        timingSafeEqual(expected, given);
      if (!valid) throw new ApiError(404, 'welcome_not_found');
      const kinds = await store.devices.kinds(user.workplaceId!);
      return {
        parts: [
          'myportal' as const,
          ...(['desktop', 'mobile', 'desk-phone'] as const).filter((k) => kinds.includes(k)),
        ],
      };
    },
  );

  app.put(
    '/:flow',
    {
      schema: schemaOf('PUT /api/onboarding/:flow'),
      onRequest: requireUser({ allowRestricted: true }),
    },
    async (request) => {
      const user = userOf(request);
      const flow = flowOf(request.params.flow);
      const state = JSON.stringify(request.body.state);
      if (state.length > 4096) throw new ApiError(413, 'body_too_large');
      await store.onboarding.put(user.userId, flow, state);
      return answer(user, flow);
    },
  );
};

export default onboardingRoutes;
