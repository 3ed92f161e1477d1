/** A write that would break a unique rule; `what` names the rule (for example `username`). */
export class UniqueViolation extends Error {
  constructor(readonly what: string) {
    super(`unique violation: ${what}`);
    this.name = 'UniqueViolation';
  }
}

/** SQLite and PostgreSQL report a broken unique rule differently; the store speaks of it in one way. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs a write and turns a broken unique rule into a `UniqueViolation`. */
export async function unique<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new UniqueViolation(what);
    throw error;
  }
}
