import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { checkPassword } from '@direkthilfe/core';
import type { HashPool } from './hash-pool.js';

/**
 * OWASP's scrypt recommendation: N = 2^17, r = 8, p = 1, which takes 128 × N × r = 128 MiB of memory per
 * derivation while it runs. Tests may pass a lower cost for speed.
 */
export const DEFAULT_SCRYPT_COST = 2 ** 17;
const KEY_LENGTH = 32;

/** A fresh 16-byte salt, base64. */
export const newSalt = (): string => randomBytes(16).toString('base64');

const sameKey = (actual: Buffer, key: string) => {
  const expected = Buffer.from(key, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/** Hashing and checking passwords with scrypt, every derivation in the bounded hashing pool. */
export class PasswordHasher {
  constructor(
    private readonly pool: Pick<HashPool, 'derive'>,
    readonly cost = DEFAULT_SCRYPT_COST,
  ) {}

  private derive(password: string, salt: Buffer, N = this.cost, r = 8, p = 1): Promise<Buffer> {
    return this.pool.derive({ password, salt, N, r, p, keyLength: KEY_LENGTH });
  }

  /**
   * Hashes with a fresh 16-byte salt (or the given one: a user's temporary passwords share theirs); the
   * parameters are stored with the hash so they can change later.
   */
  async hash(password: string, salt = newSalt()): Promise<string> {
    const key = await this.derive(password, Buffer.from(salt, 'base64'));
    return `scrypt$${this.cost}$8$1$${salt}$${key.toString('base64')}`;
  }

  /** Compares in constant time. An unknown or malformed hash verifies nothing but costs the same. */
  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const parts = stored?.split('$');
    if (!parts || parts.length !== 6 || parts[0] !== 'scrypt') {
      await this.derive(password, randomBytes(16));
      return false;
    }
    const [, n, r, p, salt, key] = parts;
    return sameKey(await this.derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p)), key);
  }

  /**
   * The candidate whose hash the password matches, from one derivation: all of a user's temporary passwords
   * share `salt`. Without a salt (no user, nothing pending) it derives all the same, so every login costs alike.
   */
  async matchShared<T extends { hash: string }>(
    password: string,
    salt: string | null | undefined,
    candidates: T[],
  ): Promise<T | undefined> {
    const actual = await this.derive(password, salt ? Buffer.from(salt, 'base64') : randomBytes(16));
    let match: T | undefined;
    for (const candidate of candidates) {
      const [kind, n, r, p, ownSalt, key] = candidate.hash.split('$');
      const comparable = kind === 'scrypt' && Number(n) === this.cost && r === '8' && p === '1' && ownSalt === salt;
      if (comparable && sameKey(actual, key) && !match) match = candidate;
    }
    return match;
  }
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
