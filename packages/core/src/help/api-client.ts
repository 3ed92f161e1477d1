import type { Role } from '../content/model.js';
import type { Language } from '../i18n/languages.js';
import type { ClientSearchIndex, SearchOptions, SearchResult, Searcher } from '../search/types.js';
import type { FeedbackBody, HelpArticle, PageContext } from '../api/help.js';
import { JsonClient } from '../http/json-client.js';

// The shapes are the API contract's (`core/src/api/help.ts`): types only, no schema code in the bundle.
export type { ArticleSummary, HelpArticle, PageContext } from '../api/help.js';

/** A failed call of the help API (same shape as every API error). */
export { ApiCallError as HelpApiError } from '../http/json-client.js';

/**
 * The help API as the widgets use it: same origin by default, or the help server another origin names
 * (`apiBase`). Nothing is sent but the request itself, never cookies: reads and the anonymous writes
 * (feedback) need no session, so the same requests work on any origin the server allows. Responses are
 * kept until `clear()` (the panel clears them at every open).
 */
export class HelpApiClient extends JsonClient {
  protected override credentials: RequestCredentials = 'omit';
  private readonly cache = new Map<string, Promise<unknown>>();

  private async get<T>(path: string): Promise<T> {
    let pending = this.cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      pending = this.request<T>('GET', path);
      this.cache.set(path, pending);
      pending.catch(() => this.cache.delete(path));
    }
    return pending;
  }

  /**
   * Forgets the answers kept in this page load: the next calls ask the server again, which answers 304 for
   * what did not change (ETag) and the new version for what an editor published meanwhile.
   */
  clear(): void {
    this.cache.clear();
  }

  context(pageKey: string, lang: Language, role: Role): Promise<PageContext> {
    return this.get(`/api/help/context/${encodeURIComponent(pageKey)}?lang=${lang}&role=${role}`);
  }

  article(id: string, lang: Language): Promise<HelpArticle> {
    return this.get(`/api/help/articles/${encodeURIComponent(id)}?lang=${lang}`);
  }

  /**
   * The prebuilt index for offline search: one request per language and role, then no more. A large help
   * centre answers with a marker instead: then search with `serverSearch`.
   */
  searchIndex(lang: Language, role: Role): Promise<ClientSearchIndex> {
    return this.get(`/api/help/index?lang=${lang}&role=${role}`);
  }

  /** The backend's search (same engine, same index) for help centres too large to download. */
  serverSearch(lang: Language): Searcher {
    return {
      search: async (query: string, { role, limit = 10 }: SearchOptions = {}) => {
        const params = new URLSearchParams({ q: query.slice(0, 200), lang, limit: String(limit) });
        if (role) params.set('role', role);
        return (await this.request<{ results: SearchResult[] }>('GET', `/api/help/search?${params}`)).results;
      },
    };
  }

  /** "War dieser Artikel hilfreich?": sends the article id and the answer, nothing about the reader. */
  feedback(articleId: string, helpful: boolean, lang: Language): Promise<void> {
    return this.request('POST', '/api/help/feedback', { articleId, helpful, lang } satisfies FeedbackBody);
  }
}
