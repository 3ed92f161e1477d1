import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session ids. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by hash, so a copy of the database holds no usable session id. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
