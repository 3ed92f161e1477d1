import { createHash } from 'node:crypto';
import { transliterate } from '@direkthilfe/core/text/transliterate';
import type { StoreParts } from '../store/types.js';

/** How many numbered variants of a user name are tried (`anna.berger2` …) before giving up. */
const MAX_USERNAME_VARIANTS = 1000;

/** A user name from a person's name, `vorname.nachname`, numbered when taken. */
export async function usernameFor(store: Pick<StoreParts, 'users'>, name: string): Promise<string> {
  const base =
    transliterate(name.trim().toLowerCase())
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.+|\.+$/g, '') || 'benutzer';
  for (let n = 1; n <= MAX_USERNAME_VARIANTS; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!(await store.users.byName(candidate, 'user'))) return candidate;
  }
  throw new Error(`no free user name for ${base}`);
}

/** The stored form of the token in the activation mail's link: enough to check it, useless if read. */
export const hashWelcomeToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
