import type { SessionStore as SessionRows, SessionUser } from '../store/types.js';
import { hashToken, randomToken } from './tokens.js';

export interface SessionOptions {
  idleMs: number;
  absoluteMs: number;
}

/** The event topics that tell a node's open event streams that their session ended. */
export const sessionEnded = (sessionHash: string) => `session-ended:${sessionHash}`;
export const userSessionsEnded = (userId: number) => `user-sessions-ended:${userId}`;

/** Sessions: a random id in an HttpOnly cookie, its hash in the store, idle and absolute timeouts. */
export class Sessions {
  constructor(
    private readonly rows: SessionRows,
    private readonly options: SessionOptions,
  ) {}

  /** A new session; returns the token for the cookie. */
  async create(userId: number, restricted: boolean): Promise<string> {
    const token = randomToken();
    await this.rows.create(userId, restricted, hashToken(token));
    return token;
  }

  /** The session's user, or undefined when the session is unknown or timed out (it is then deleted). */
  async get(token: string | undefined): Promise<SessionUser | undefined> {
    if (!token) return undefined;
    const hash = hashToken(token);
    const found = await this.rows.find(hash);
    if (!found) return undefined;
    const time = Date.now();
    const lastSeen = Date.parse(found.lastSeenAt);
    if (time - lastSeen > this.options.idleMs || time - Date.parse(found.createdAt) > this.options.absoluteMs) {
      await this.rows.destroy(hash);
      return undefined;
    }
    // Writing on every request would turn reads into writes; a minute's precision is enough.
    if (time - lastSeen > 60_000) await this.rows.touch(hash);
    return {
      sessionHash: found.sessionHash,
      userId: found.userId,
      username: found.username,
      role: found.role,
      companyId: found.companyId,
      workplaceId: found.workplaceId,
      restricted: found.restricted,
    };
  }

  /** Ends a session; its cart goes with it. Returns the session's hash (for the event streams). */
  async destroy(token: string): Promise<string> {
    const hash = hashToken(token);
    await this.rows.destroy(hash);
    return hash;
  }

  /** Removes timed-out sessions (and so their carts). */
  sweep(): Promise<number> {
    const idleBefore = new Date(Date.now() - this.options.idleMs).toISOString();
    const createdBefore = new Date(Date.now() - this.options.absoluteMs).toISOString();
    return this.rows.sweep(idleBefore, createdBefore);
  }
}
