import '@fastify/cookie';
import type { EventEmitter } from 'node:events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { Mailer } from './mail/mailer.js';
import type { SessionStore, SessionUser } from './auth/sessions.js';
import type { HelpContent } from './services/help-content.js';
import { ApiError } from './errors.js';

/** What the routes share. */
export interface AppContext {
  config: Config;
  db: Db;
  sessions: SessionStore;
  mailer: Mailer;
  help: HelpContent;
  /** `orders:<companyId>` fires when a company's orders change. */
  events: EventEmitter;
  scryptCost: number;
}

export const SESSION_COOKIE = 'dh_session';

declare module 'fastify' {
  interface FastifyRequest {
    user?: SessionUser;
  }
}

/** The logged-in user; a restricted session (temporary password) only where `allowRestricted`. */
export function requireUser(request: FastifyRequest, { allowRestricted = false } = {}): SessionUser {
  const user = request.user;
  if (!user) throw new ApiError(401, 'unauthenticated');
  if (user.restricted && !allowRestricted) throw new ApiError(403, 'password_change_required');
  return user;
}

/** An admin whose permission for a company is unlocked. */
export function requireAdmin(request: FastifyRequest): SessionUser & { companyId: number } {
  const user = requireUser(request);
  if (user.role !== 'admin') throw new ApiError(403, 'forbidden');
  if (user.companyId === null) throw new ApiError(403, 'permission_required');
  return user as SessionUser & { companyId: number };
}

export function setSessionCookie(reply: FastifyReply, context: AppContext, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: context.config.secureCookies,
    path: '/',
    maxAge: Math.floor(context.config.sessionAbsoluteMs / 1000),
  });
}
