import { ApiCallError, CHANGING, JsonClient } from './json-client.js';
import type { Api, ApiRouteKey, ResponseOf } from '../api/index.js';
import type { RequestBody } from '../api/common.js';

/** The request body of the contract route `K`. */
export type Body<K extends ApiRouteKey> = RequestBody<Api[K]>;

/**
 * The portal API with the portal's own session: same origin, the session cookie, and the CSRF token on
 * every change (renewed once on a 403 `csrf`). Nothing goes to any other host.
 */
export class SessionClient extends JsonClient {
  private csrf?: Promise<string>;

  private token(renew: boolean): Promise<string> {
    if (renew || !this.csrf) {
      this.csrf = super.request<{ token: string }>('GET', '/api/csrf-token').then((answer) => answer.token);
      this.csrf.catch(() => (this.csrf = undefined));
    }
    return this.csrf;
  }

  /** One call; changes carry the CSRF token. Rejects with an ApiCallError. */
  override async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    if (!CHANGING.has(method)) return super.request<T>(method, path, body, headers);
    try {
      return await super.request<T>(method, path, body, { ...headers, 'x-csrf-token': await this.token(false) });
    } catch (error) {
      if (!(error instanceof ApiCallError && error.status === 403 && error.code === 'csrf')) throw error;
      return super.request<T>(method, path, body, { ...headers, 'x-csrf-token': await this.token(true) });
    }
  }

  /**
   * One call of the contract route `K` (named as a type only, so that no route table reaches the bundle);
   * `path` is its URL with the parameters filled in.
   */
  protected call<K extends ApiRouteKey>(
    method: K extends `${infer M} ${string}` ? M : never,
    path: string,
    ...[body, headers]: [body?: Body<K>, headers?: Record<string, string>]
  ): Promise<ResponseOf<K>> {
    return this.request<ResponseOf<K>>(method, path, body, headers);
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
