import { ApiCallError, CHANGING, JsonClient } from './json-client.js';

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
   * A read that names the ETag of the answer it already has: undefined when nothing changed (304), else
   * the new answer and its ETag. Polling with it costs no body while nothing changes.
   */
  async readIfChanged<T>(path: string, etag?: string): Promise<{ data: T; etag?: string } | undefined> {
    const { data, response } = await this.exchange<T>('GET', path, undefined, etag ? { 'if-none-match': etag } : {});
    return response.status === 304 ? undefined : { data, etag: response.headers.get('etag') ?? undefined };
  }
}
