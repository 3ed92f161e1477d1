// The wizards' saved progress per user and flow, and what the backend derives as done.
import Type, { type Static } from 'typebox';
import { Codes, Nullable, Strict, Text, Timestamp, route, routes } from './common.js';

const tags = ['onboarding'];

/**
 * A flow's id in the path. A string, not the list of flows: an unknown flow answers 404 `unknown_flow`
 * (an address that does not exist), not 400.
 */
export const FlowParams = Strict({ flow: Type.String({ pattern: '^[a-z][a-z-]{0,39}$' }) });

export const OnboardingState = Type.Object({
  flow: Type.String(),
  /** Whether a session exists; before it, progress stays in the tab (sessionStorage). */
  authenticated: Type.Boolean(),
  state: Type.Record(Type.String(), Type.Unknown()),
  updatedAt: Nullable(Timestamp),
  derived: Type.Record(Type.String(), Type.Boolean()),
  summary: Type.Object({
    current: Type.String(),
    position: Type.Integer({ minimum: 1 }),
    total: Type.Integer({ minimum: 1 }),
    complete: Type.Boolean(),
  }),
  /** The demo portal: the wizard may offer a simulated phone in place. */
  demo: Type.Boolean(),
});
export type OnboardingState = Static<typeof OnboardingState>;

/** At most 20 entries; the backend also refuses more than 4 KB (`body_too_large`). */
export const SaveProgressBody = Strict({
  state: Type.Record(Type.String(), Type.Unknown(), { maxProperties: 20 }),
});

export const WelcomeBody = Strict({ username: Text(100), token: Text(100) });
export const WELCOME_PARTS = ['myportal', 'desktop', 'mobile', 'desk-phone'] as const;
export const Welcome = Type.Object({ parts: Type.Array(Codes(WELCOME_PARTS)) });
export type Welcome = Static<typeof Welcome>;

export const onboardingApi = routes(
  route('GET', '/api/onboarding/:flow', {
    tags,
    summary: 'Saved progress and the steps done according to the backend (also before logging in)',
    params: FlowParams,
    response: { 200: OnboardingState },
  }),
  route('POST', '/api/onboarding/user-first-login/welcome', {
    tags,
    summary: 'What a new workplace has, for the link in its activation mail (before the first login)',
    body: WelcomeBody,
    response: { 200: Welcome },
  }),
  route('PUT', '/api/onboarding/:flow', {
    tags,
    summary: 'Save the progress (current step, skipped steps, choices); at most 4 KB',
    params: FlowParams,
    body: SaveProgressBody,
    response: { 200: OnboardingState },
  }),
);
