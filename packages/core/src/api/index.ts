// The API contract: every route's request and response schemas, keyed by `METHOD /url`.
import type { RouteContract, SuccessBody } from './common.js';
import { adminApi } from './admin.js';
import { authApi } from './auth.js';
import { cartApi } from './cart.js';
import { devApi } from './dev.js';
import { devicesApi } from './devices.js';
import { helpApi } from './help.js';
import { onboardingApi } from './onboarding.js';
import { ordersApi } from './orders.js';
import { reportsApi } from './reports.js';
import { studioApi } from './studio.js';

export const API = {
  ...helpApi,
  ...authApi,
  ...adminApi,
  ...cartApi,
  ...ordersApi,
  ...devicesApi,
  ...onboardingApi,
  ...devApi,
  ...studioApi,
  ...reportsApi,
};

export type Api = typeof API;
export type ApiRouteKey = keyof Api;

/**
 * The routes as a table, for registering them: `app.route({ method, url, schema, handler })`. The demo
 * routes (`/api/dev/…`) are for demo mode only.
 */
export const API_ROUTES: readonly RouteContract[] = Object.values(API);

/** The success body of a route, e.g. `ResponseOf<'GET /api/orders'>`. */
export type ResponseOf<K extends ApiRouteKey> = SuccessBody<Api[K]>;

export type { RouteContract, RouteSchema } from './common.js';
export { ERROR_CODES, type ErrorCode, type ApiErrorBody } from './errors.js';
