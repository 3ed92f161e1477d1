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

/** Hashes with a fresh 16-byte salt; the parameters are stored with the hash so they can change later. */
export async function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N: cost, r: 8, p: 1 });
  return `scrypt$${cost}$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

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
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
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
