// Runs in the hashing pool's worker threads. scryptSync on purpose: the asynchronous scrypt would go to
// the libuv thread pool that also reads static files, which is what this pool keeps it away from.
import { scryptSync } from 'node:crypto';

export interface DeriveTask {
  password: string;
  salt: Uint8Array;
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

export default function derive({ password, salt, N, r, p, keyLength }: DeriveTask): Uint8Array {
  return scryptSync(password, salt, keyLength, { N, r, p, maxmem: 256 * N * r });
}
