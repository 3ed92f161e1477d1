import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** What each part of the store works on: the query builder (or its transaction) and the dialect. */
export interface Db {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
}

/** Counts come back as numbers from SQLite and as strings (bigint) from PostgreSQL. */
export const toNumber = (value: unknown): number => Number(value ?? 0);

/** Timestamps are stored as ISO strings in UTC. */
export const now = (): string => new Date().toISOString();
