import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';
import type { SessionUser } from './store/types.js';

import type { Config } from './config.js';

/**
 * The cookie names: behind https with the `__Host-` prefix, which the browser only accepts from a secure
 * origin, for the whole host and without a Domain, so that no sibling subdomain can set or shadow them.
 */
export const cookieNames = (config: Pick<Config, 'secureCookies'>) => {
  const prefix = config.secureCookies ? '__Host-' : '';
  return { session: `${prefix}dh_session`, csrf: `${prefix}dh_csrf` };
};

/** The session cookie of a request, if any. */
export const sessionToken = (request: FastifyRequest): string | undefined =>
  request.cookies[cookieNames(request.server.config).session];

export type AdminUser = SessionUser & { companyId: number };

/** Scoped hook: the request needs a session; a restricted one (temporary password) only where allowed. */
export const requireUser =
  ({ allowRestricted = false } = {}) =>
  async (request: FastifyRequest): Promise<void> => {
    const user = request.user;
    if (!user) throw new ApiError(401, 'unauthenticated');
    if (user.restricted && !allowRestricted) throw new ApiError(403, 'password_change_required');
  };

/** Scoped hook: the request needs an admin (any, or one whose permission is unlocked). */
export const requireAdmin =
  ({ unlocked = true } = {}) =>
  async (request: FastifyRequest): Promise<void> => {
    await requireUser()(request);
    if (request.user?.role !== 'admin') throw new ApiError(403, 'forbidden');
    if (unlocked && request.user.companyId === null) throw new ApiError(403, 'permission_required');
  };

/** Scoped hook: the request needs an editor of the help content (the studio and its API). */
export const requireEditor =
  () =>
  async (request: FastifyRequest): Promise<void> => {
    await requireUser()(request);
    if (request.user?.role !== 'editor') throw new ApiError(403, 'forbidden');
  };

/** The session's user in a route behind `requireUser`. */
export function userOf(request: FastifyRequest): SessionUser {
  if (!request.user) throw new ApiError(401, 'unauthenticated');
  return request.user;
}

/** The unlocked admin in a route behind `requireAdmin()`. */
export function adminOf(request: FastifyRequest): AdminUser {
  const user = userOf(request);
  if (user.companyId === null) throw new ApiError(403, 'permission_required');
  return user as AdminUser;
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  const { config } = reply.server;
  reply.setCookie(cookieNames(config).session, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    path: '/',
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  const { config } = reply.server;
  reply.clearCookie(cookieNames(config).session, { path: '/', secure: config.secureCookies });
}
