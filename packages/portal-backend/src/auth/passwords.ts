import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { checkPassword } from '@direkthilfe/core';

/** OWASP's scrypt recommendation: N = 2^17, r = 8, p = 1. Tests may pass a lower cost for speed. */
export const DEFAULT_SCRYPT_COST = 2 ** 17;
const KEY_LENGTH = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { ...options, maxmem: 256 * options.N! * options.r! }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** A fresh 16-byte salt, base64. */
export const newSalt = (): string => randomBytes(16).toString('base64');

/**
 * Hashes with a fresh 16-byte salt (or the given one: a user's temporary passwords share theirs); the
 * parameters are stored with the hash so they can change later.
 */
export async function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST, salt = newSalt()): Promise<string> {
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: cost, r: 8, p: 1 });
  return `scrypt$${cost}$8$1$${salt}$${key.toString('base64')}`;
}

const sameKey = (actual: Buffer, key: string) => {
  const expected = Buffer.from(key, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/** Compares in constant time. An unknown or malformed hash verifies nothing but costs the same. */
export async function verifyPassword(
  password: string,
  stored: string | null | undefined,
  cost = DEFAULT_SCRYPT_COST,
): Promise<boolean> {
  const parts = stored?.split('$');
  if (!parts || parts.length !== 6 || parts[0] !== 'scrypt') {
    await derive(password, randomBytes(16), { N: cost, r: 8, p: 1 });
    return false;
  }
  const [, n, r, p, salt, key] = parts;
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return sameKey(actual, key);
}

/**
 * The candidate whose hash the password matches, from one derivation: all of a user's temporary passwords
 * share `salt`. Without a salt (no user, nothing pending) it derives all the same, so every login costs alike.
 */
export async function matchShared<T extends { hash: string }>(
  password: string,
  salt: string | null | undefined,
  candidates: T[],
  cost = DEFAULT_SCRYPT_COST,
): Promise<T | undefined> {
  const actual = await derive(password, salt ? Buffer.from(salt, 'base64') : randomBytes(16), { N: cost, r: 8, p: 1 });
  let match: T | undefined;
  for (const candidate of candidates) {
    const [kind, n, r, p, ownSalt, key] = candidate.hash.split('$');
    const comparable = kind === 'scrypt' && Number(n) === cost && r === '8' && p === '1' && ownSalt === salt;
    if (comparable && sameKey(actual, key) && !match) match = candidate;
  }
  return match;
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';

/**
 * A random password that satisfies the policy (12 characters, without look-alike characters such as
 * O/0 and l/1, since people type it from a mail): about 70 bits.
 */
export function generatePassword(username = ''): string {
  for (;;) {
    const all = UPPER + LOWER + DIGITS;
    const characters = [
      UPPER[randomInt(UPPER.length)],
      LOWER[randomInt(LOWER.length)],
      DIGITS[randomInt(DIGITS.length)],
      ...Array.from({ length: 9 }, () => all[randomInt(all.length)]),
    ];
    for (let i = characters.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [characters[i], characters[j]] = [characters[j], characters[i]];
    }
    const password = characters.join('');
    if (checkPassword(password, { username }).valid) return password;
  }
}
