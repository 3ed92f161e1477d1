import type { ErrorCode } from '../api/errors.js';

/**
 * The codes a client gives itself: no connection, an answer without the API's error shape, or a form that
 * its own check stopped before sending.
 */
export type ClientErrorCode = 'network' | 'http' | 'invalid_input';

/** A failed call: the HTTP status (0 when the server was not reached), the API's stable code, its message. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    /** Field name → message, when the API placed the error at a field. */
    readonly fields: Record<string, string> = {},
    /** The whole error body, e.g. `failed` rule ids of a password policy answer. */
    readonly data: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

export const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON over `fetch`: asks for messages in the reader's language and sends nothing but the request itself.
 * Whether the cookies of the API's origin go along is `credentials`: this plain client sends the portal's
 * session to its own origin; `SessionClient` adds the CSRF token that the portal API's changes need.
 */
export class JsonClient {
  /** `same-origin`: the portal's own session cookie goes to its own API; `omit`: no cookies anywhere. */
  protected credentials: RequestCredentials = 'same-origin';

  constructor(
    readonly baseUrl = '',
    protected readonly fetchImpl: Fetch = (...args) => fetch(...args),
    /** `Accept-Language` of every request, so the API's messages come in the reader's language. */
    public language = 'de',
  ) {}

  /** One round trip: the parsed answer and its response (for headers); no body on 204 and 304. */
  protected async exchange<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        credentials: this.credentials,
        // Reads may use the HTTP cache (answers carry an ETag); changes never.
        cache: CHANGING.has(method) ? 'no-store' : 'default',
        headers: {
          accept: 'application/json',
          'accept-language': this.language,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiCallError(0, 'network', (error as Error).message);
    }
    if (response.status === 204 || response.status === 304) return { data: undefined as T, response };
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const fields = data && typeof data.fields === 'object' && data.fields ? data.fields : {};
      throw new ApiCallError(response.status, data.code ?? 'http', data.message ?? response.statusText, fields, data);
    }
    return { data: data as T, response };
  }

  /** One call. Rejects with an ApiCallError. */
  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return (await this.exchange<T>(method, path, body, headers)).data;
  }
}
