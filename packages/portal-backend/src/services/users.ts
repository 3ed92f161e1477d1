import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import { transliterate } from '@direkthilfe/core/text/transliterate';

export interface UserRow {
  id: number;
  username: string;
  email: string | null;
  role: 'admin' | 'user';
  password_hash: string | null;
  password_changed_at: string | null;
  company_id: number | null;
  workplace_id: number | null;
  welcome_token_hash: string | null;
}

export const findUser = (db: Db, username: string): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE username = ?').get(username.trim()) as UserRow | undefined;

export const userById = (db: Db, id: number): UserRow =>
  db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow;

/** A user name from a person's name, `vorname.nachname`, numbered when taken. */
export function usernameFor(db: Db, name: string): string {
  const base =
    transliterate(name.trim().toLowerCase())
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.+|\.+$/g, '') || 'benutzer';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!findUser(db, candidate)) return candidate;
  }
}

/** The stored form of the token in the activation mail's link: enough to check it, useless if read. */
export const hashWelcomeToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
