import type { Role } from '../content/model.js';
import type { Language } from '../i18n/languages.js';
import type { SerializedSearchIndex } from '../search/types.js';

export interface ArticleSummary {
  id: string;
  title: string;
  summary: string;
}

export interface HelpArticle extends ArticleSummary {
  roles: Role[];
  html: string;
  headings: { id: string; text: string; level: number }[];
  guide: string | null;
  prev: ArticleSummary | null;
  next: ArticleSummary | null;
  updated: string;
  lang: string;
  fallback: boolean;
}

export interface PageContext {
  pageKey: string;
  menuPath: string;
  menuPathParts: string[];
  url: string;
  primary: ArticleSummary | null;
  related: ArticleSummary[];
}

export interface OnboardingState {
  flow: string;
  state: Record<string, unknown>;
  derived: Record<string, boolean>;
}

/** A failed call: the API's stable code (or `network`) and its message. */
export class HelpApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

/**
 * The help API as the widgets use it. Same-origin by default, no cookies needed, nothing sent but the
 * request itself. Responses are cached per page load; the search index also by ETag.
 */
export class HelpApiClient {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly baseUrl = '',
    private readonly fetchImpl: Fetch = (...args) => fetch(...args),
  ) {}

  private async get<T>(path: string): Promise<T> {
    let pending = this.cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      pending = this.request<T>(path);
      this.cache.set(path, pending);
      pending.catch(() => this.cache.delete(path));
    }
    return pending;
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        credentials: 'same-origin',
        ...init,
        headers: { accept: 'application/json', ...init?.headers },
      });
    } catch (error) {
      throw new HelpApiError(0, 'network', (error as Error).message);
    }
    if (response.status === 204) return undefined as T;
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new HelpApiError(response.status, body.code ?? 'http', body.message ?? response.statusText);
    return body as T;
  }

  context(pageKey: string, lang: Language, role: Role): Promise<PageContext> {
    return this.get(`/api/help/context/${encodeURIComponent(pageKey)}?lang=${lang}&role=${role}`);
  }

  article(id: string, lang: Language): Promise<HelpArticle> {
    return this.get(`/api/help/articles/${encodeURIComponent(id)}?lang=${lang}`);
  }

  /** The prebuilt index for offline search: one request per language and role, then no more. */
  searchIndex(lang: Language, role: Role): Promise<SerializedSearchIndex> {
    return this.get(`/api/help/index?lang=${lang}&role=${role}`);
  }

  /** "War dieser Artikel hilfreich?": sends the article id and the answer, nothing about the reader. */
  feedback(articleId: string, helpful: boolean, lang: Language, csrfToken?: string): Promise<void> {
    return this.request('/api/help/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: JSON.stringify({ articleId, helpful, lang }),
    });
  }

  csrfToken(): Promise<{ token: string }> {
    return this.get('/api/csrf-token');
  }

  /** A wizard's saved progress and the steps the backend derives as done (never cached). */
  onboarding(flow: string): Promise<OnboardingState> {
    return this.request(`/api/onboarding/${encodeURIComponent(flow)}`);
  }

  async saveOnboarding(flow: string, state: object): Promise<OnboardingState> {
    const { token } = await this.csrfToken();
    return this.request(`/api/onboarding/${encodeURIComponent(flow)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify({ state }),
    });
  }
}
