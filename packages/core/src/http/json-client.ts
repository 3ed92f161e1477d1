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

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON over `fetch`, same origin by default: sends the cookies of the portal's own session, asks for
 * messages in the reader's language, and adds the CSRF token to every change (renewing it once on a
 * 403 `csrf`). Nothing goes to any other host.
 */
export class JsonClient {
  private csrf?: Promise<string>;

  constructor(
    readonly baseUrl = '',
    protected readonly fetchImpl: Fetch = (...args) => fetch(...args),
    /** `Accept-Language` of every request, so the API's messages come in the reader's language. */
    public language = 'de',
  ) {}

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return (await this.exchange<T>(method, path, body, headers)).data;
  }

  /** One round trip: the parsed answer and its response (for headers); no body on 204 and 304. */
  private async exchange<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        credentials: 'same-origin',
        // Reads may use the HTTP cache (the search index has an ETag); changes never.
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

  private token(renew: boolean): Promise<string> {
    if (renew || !this.csrf) {
      this.csrf = this.send<{ token: string }>('GET', '/api/csrf-token').then((answer) => answer.token);
      this.csrf.catch(() => (this.csrf = undefined));
    }
    return this.csrf;
  }

  /** One call; changes carry the CSRF token. Rejects with an ApiCallError. */
  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    if (!CHANGING.has(method)) return this.send<T>(method, path, body, headers);
    try {
      return await this.send<T>(method, path, body, { ...headers, 'x-csrf-token': await this.token(false) });
    } catch (error) {
      if (!(error instanceof ApiCallError && error.status === 403 && error.code === 'csrf')) throw error;
      return this.send<T>(method, path, body, { ...headers, 'x-csrf-token': await this.token(true) });
    }
  }

  /**
   * A read that names the ETag of the answer it already has: undefined when nothing changed (304), else
   * the new answer and its ETag. Polling with it costs no body while nothing changes.
   */
  async readIfChanged<T>(path: string, etag?: string): Promise<{ data: T; etag?: string } | undefined> {
    const { data, response } = await this.exchange<T>('GET', path, undefined, etag ? { 'if-none-match': etag } : {});
    return response.status === 304 ? undefined : { data, etag: response.headers.get('etag') ?? undefined };
  }
}
