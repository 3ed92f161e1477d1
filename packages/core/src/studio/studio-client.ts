import { ApiCallError } from '../http/json-client.js';
import { SessionClient } from '../http/session-client.js';
import type { Api, ApiRouteKey, ResponseOf } from '../api/index.js';
import type { RequestBody } from '../api/common.js';
import type { Language } from '../i18n/languages.js';
import type { StudioArticleListItem, RevisionInfo, UploadedImage, WorkflowAction } from '../api/studio.js';

// The shapes are the API contract's (`core/src/api/studio.ts`): types only, no schema code in the bundle.
export type {
  Autosave,
  ContentProblem,
  RenderAnswer,
  Revision,
  RevisionInfo,
  StudioArticle,
  StudioArticleListItem,
  StudioCatalog,
  StudioLanguageState,
  UploadedImage,
  WorkflowAction,
  WorkflowStatus,
} from '../api/studio.js';
export type { HelpArticle } from '../api/help.js';
export type { Session } from '../api/auth.js';

const path = (id: string, lang: Language, rest = '') => `/api/studio/articles/${encodeURIComponent(id)}/${lang}${rest}`;

/**
 * The studio API with the editor's session: the same login, cookie and CSRF token as the portal (role
 * `editor`). Every save names the revision it started from; a stale one is refused with 409
 * `revision_conflict` (see `conflictRevision`).
 */
export class StudioClient extends SessionClient {
  /**
   * One call of the contract route `K`, as in the portal client (named as a type only, so that no route
   * table reaches the bundle); `path` is its URL with the parameters filled in.
   */
  private call<K extends ApiRouteKey>(
    method: K extends `${infer M} ${string}` ? M : never,
    path: string,
    body?: RequestBody<Api[K]>,
  ): Promise<ResponseOf<K>> {
    return this.request<ResponseOf<K>>(method, path, body);
  }

  /** Logs an editor in; the editors' accounts are a name space of their own. */
  login(username: string, password: string) {
    return this.call<'POST /api/auth/login'>('POST', '/api/auth/login', { username, password, role: 'editor' });
  }

  async logout(): Promise<void> {
    await this.call<'POST /api/auth/logout'>('POST', '/api/auth/logout');
  }

  /** The signed-in account, or null without a session (no 401 for a visitor). */
  async session() {
    return (await this.call<'GET /api/auth/session'>('GET', '/api/auth/session')).me;
  }

  /** The invited editor's first password; the answer is the new session. */
  acceptInvitation(token: string, newPassword: string) {
    return this.call<'POST /api/studio/invitation'>('POST', '/api/studio/invitation', { token, newPassword });
  }

  async articles(): Promise<StudioArticleListItem[]> {
    return (await this.call<'GET /api/studio/articles'>('GET', '/api/studio/articles')).articles;
  }

  article(id: string, lang: Language) {
    return this.call<'GET /api/studio/articles/:id/:lang'>('GET', path(id, lang));
  }

  /** A new revision; `baseRevision` 0 creates the article (or its translation). */
  save(id: string, lang: Language, source: string, baseRevision: number, message = '') {
    return this.call<'PUT /api/studio/articles/:id/:lang'>('PUT', path(id, lang), {
      source,
      baseRevision,
      ...(message ? { message } : {}),
    });
  }

  /** Keeps the editor's unsaved text on the server; no revision. */
  async autosave(id: string, lang: Language, source: string, baseRevision: number): Promise<void> {
    await this.call<'PUT /api/studio/articles/:id/:lang/autosave'>('PUT', path(id, lang, '/autosave'), {
      source,
      baseRevision,
    });
  }

  async revisions(id: string, lang: Language): Promise<RevisionInfo[]> {
    return (await this.call<'GET /api/studio/articles/:id/:lang/revisions'>('GET', path(id, lang, '/revisions')))
      .revisions;
  }

  revision(id: string, lang: Language, number: number) {
    return this.call<'GET /api/studio/articles/:id/:lang/revisions/:number'>(
      'GET',
      path(id, lang, `/revisions/${number}`),
    );
  }

  /** Makes an old revision the new draft, on top of `baseRevision` (the newest the editor knows). */
  restore(id: string, lang: Language, number: number, baseRevision: number) {
    return this.call<'POST /api/studio/articles/:id/:lang/restore'>('POST', path(id, lang, '/restore'), {
      number,
      baseRevision,
    });
  }

  /** Submit, publish, schedule (with `publishAt`), unpublish or withdraw the revision the editor looked at. */
  workflow(id: string, lang: Language, action: WorkflowAction, revision: number, publishAt?: string) {
    return this.call<'POST /api/studio/articles/:id/:lang/workflow'>('POST', path(id, lang, '/workflow'), {
      action,
      revision,
      ...(publishAt ? { publishAt } : {}),
    });
  }

  /** Checks a draft and renders it as the panel would; nothing is stored. */
  render(id: string, lang: Language, source: string) {
    return this.call<'POST /api/studio/render'>('POST', '/api/studio/render', { id, lang, source });
  }

  catalog() {
    return this.call<'GET /api/studio/catalog'>('GET', '/api/studio/catalog');
  }

  /**
   * Uploads an image. The body is the file itself with its type, not JSON, so it goes its own way rather
   * than through `request` (whose JSON client the widget bundles share unchanged); the same CSRF token and
   * the same error shape.
   */
  async uploadImage(file: Blob): Promise<UploadedImage> {
    const { token } = await this.request<{ token: string }>('GET', '/api/csrf-token');
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api/studio/images`, {
        method: 'POST',
        credentials: this.credentials,
        cache: 'no-store',
        headers: {
          accept: 'application/json',
          'accept-language': this.language,
          'content-type': file.type || 'application/octet-stream',
          'x-csrf-token': token,
        },
        body: file,
      });
    } catch (error) {
      throw new ApiCallError(0, 'network', (error as Error).message);
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new ApiCallError(
        response.status,
        data.code ?? 'http',
        data.message ?? response.statusText,
        data.fields,
        data,
      );
    return data as UploadedImage;
  }
}

/** The newest revision when a save or workflow step was refused as stale (409), else undefined. */
export function conflictRevision(error: unknown): number | undefined {
  if (!(error instanceof ApiCallError) || error.code !== 'revision_conflict') return undefined;
  const current = error.data.currentRevision;
  return typeof current === 'number' ? current : undefined;
}
