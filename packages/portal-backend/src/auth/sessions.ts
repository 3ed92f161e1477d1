import type { Db } from '../db/database.js';
import { now } from '../db/database.js';
import { hashToken, randomToken } from './tokens.js';

export interface SessionUser {
  sessionHash: string;
  userId: number;
  username: string;
  role: 'admin' | 'user';
  companyId: number | null;
  workplaceId: number | null;
  /** Logged in with a temporary password: may only set a new password. */
  restricted: boolean;
}

export interface SessionOptions {
  idleMs: number;
  absoluteMs: number;
}

/** Sessions in SQLite: random id in an HttpOnly cookie, its hash in the table, idle and absolute timeouts. */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly options: SessionOptions,
  ) {}

  create(userId: number, restricted: boolean): string {
    const token = randomToken();
    const at = now();
    this.db
      .prepare('INSERT INTO sessions (id_hash, user_id, restricted, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(hashToken(token), userId, restricted ? 1 : 0, at, at);
    return token;
  }

  /** The session's user, or undefined when the session is unknown or timed out (it is then deleted). */
  get(token: string | undefined): SessionUser | undefined {
    if (!token) return undefined;
    const hash = hashToken(token);
    const row = this.db
      .prepare(
        `SELECT s.id_hash, s.user_id, s.restricted, s.created_at, s.last_seen_at, u.username, u.role, u.company_id, u.workplace_id
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?`,
      )
      .get(hash) as
      | {
          user_id: number;
          restricted: number;
          created_at: string;
          last_seen_at: string;
          username: string;
          role: 'admin' | 'user';
          company_id: number | null;
          workplace_id: number | null;
        }
      | undefined;
    if (!row) return undefined;
    const time = Date.now();
    if (
      time - Date.parse(row.last_seen_at) > this.options.idleMs ||
      time - Date.parse(row.created_at) > this.options.absoluteMs
    ) {
      this.destroy(token);
      return undefined;
    }
    // Writing on every request would turn reads into writes; a minute's precision is enough.
    if (time - Date.parse(row.last_seen_at) > 60_000) {
      this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now(), hash);
    }
    return {
      sessionHash: hash,
      userId: row.user_id,
      username: row.username,
      role: row.role,
      companyId: row.company_id,
      workplaceId: row.workplace_id,
      restricted: row.restricted === 1,
    };
  }

  /** Ends a session; its cart goes with it. */
  destroy(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hashToken(token));
  }

  destroyAllOf(userId: number): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }

  /** Removes timed-out sessions (and so their carts). */
  sweep(): number {
    const idleBefore = new Date(Date.now() - this.options.idleMs).toISOString();
    const createdBefore = new Date(Date.now() - this.options.absoluteMs).toISOString();
    return this.db
      .prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?')
      .run(idleBefore, createdBefore).changes;
  }
}
