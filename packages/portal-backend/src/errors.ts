import type { ErrorCode } from './messages.js';

/** An error the API answers with: a status, a stable code, message parameters and extra fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = (code: ErrorCode) => new ApiError(404, code);
