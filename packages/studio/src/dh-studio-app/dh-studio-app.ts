import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import { LANGUAGES, resolveLanguage, type Language } from '@direkthilfe/core/i18n/languages';
import {
  StudioClient,
  type Session,
  type StudioArticleListItem,
  type StudioCatalog,
} from '@direkthilfe/core/studio/studio-client';
import '../dh-studio-list/dh-studio-list.js';
import '../dh-studio-login/dh-studio-login.js';
import '../dh-studio-new/dh-studio-new.js';
import type { DhStudioEditor } from '../dh-studio-editor/dh-studio-editor.js';
import type { CreateArticleDetail } from '../dh-studio-reports/dh-studio-reports.js';
import type { StudioNavigateDetail, StudioSessionDetail } from '../events.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { styles } from './dh-studio-app.styles.js';

/** A page of the studio, from the path below its base. */
export type StudioRoute =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'editor'; id: string; lang: Language }
  | { name: 'reports' }
  | { name: 'login' }
  | { name: 'invitation' }
  | { name: 'not-found' };

/** Reads a path below the studio's base (`artikel/kontakt/de`, `neu`, …) as a route. */
export function routeOf(path: string): StudioRoute {
  if (path === '') return { name: 'list' };
  if (path === 'neu') return { name: 'new' };
  if (path === 'auswertungen') return { name: 'reports' };
  if (path === 'anmelden') return { name: 'login' };
  if (path === 'einladung') return { name: 'invitation' };
  const editor = /^artikel\/([a-z0-9-]+)\/(de|en)$/.exec(path);
  if (editor) return { name: 'editor', id: editor[1], lang: editor[2] as Language };
  return { name: 'not-found' };
}

/** Where the studio remembers the editor's language for the interface. */
const LANGUAGE_KEY = 'dh-studio-lang';

/** Views with a heading to start reading at after each navigation. */
type View = HTMLElement & { focusHeading?: () => Promise<void> };

/**
 * The editors' studio at `/redaktion/`: sign-in, the invitation's first password, the article list, "Neuer
 * Artikel" (`/redaktion/neu?suchbegriff=…` starts it with search terms, e.g. from a search without results),
 * the editor and the reports ("Auswertungen"), as pages of one application: links work as links, and the
 * browser's back and forward buttons too. After every navigation the focus moves to the new page's heading.
 * The editor with CodeMirror, the invitation and the reports load when first shown.
 *
 * @tag dh-studio-app
 */
@customElement('dh-studio-app')
export class DhStudioApp extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The studio's address; every page is a path below it. */
  @property() base = '/redaktion/';

  @property({ attribute: false }) client = new StudioClient();

  @state() private route: StudioRoute = { name: 'list' };
  /** Undefined until the session is known. */
  @state() private session?: Session | null;
  @state() private articles?: StudioArticleListItem[];
  @state() private catalog?: StudioCatalog;
  @state() private loadError = '';
  /** The editor's module has loaded. */
  @state() private editorReady = false;
  @state() private invitationReady = false;
  @state() private reportsReady = false;

  /** Where to go after signing in. */
  private wanted?: StudioRoute;
  private invitationToken = '';

  private readonly onPopState = () => void this.show(this.routeFromLocation(), false);

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    const stored = resolveLanguage(localStorage.getItem(LANGUAGE_KEY) ?? document.documentElement.lang);
    this.setLanguage(stored);
    void this.start();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override firstUpdated() {
    // Delegated: links are the interactive elements, and they raise click for Enter too.
    this.renderRoot.addEventListener('click', (event) => this.onClick(event as MouseEvent));
  }

  private routeFromLocation(): StudioRoute {
    const path = location.pathname.startsWith(this.base) ? location.pathname.slice(this.base.length) : '';
    return routeOf(decodeURIComponent(path).replace(/\/$/, ''));
  }

  private async start() {
    const route = this.routeFromLocation();
    if (route.name === 'invitation') {
      // The token leaves the address bar at once: it is a password until it is used.
      this.invitationToken = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
      history.replaceState(history.state, '', location.pathname);
      this.session = null;
      return this.show(route, false);
    }
    try {
      const me = await this.client.session();
      this.session = me && { username: me.username, role: me.role, mustChangePassword: me.mustChangePassword };
    } catch {
      this.loadError = this.t('app.loadFailed');
      return;
    }
    await this.show(route, false);
  }

  /** Shows a page: signed-out visitors see the sign-in first; what the page needs loads; the focus follows. */
  async show(route: StudioRoute, push = true, search = ''): Promise<void> {
    await this.renderRoot.querySelector<DhStudioEditor>('dh-studio-editor')?.leave();
    const open = route.name === 'login' || route.name === 'invitation';
    if (!this.session && !open) {
      this.wanted = route;
      route = { name: 'login' };
    }
    if (push) history.pushState(null, '', this.pathOf(route) + search);
    else if (route.name === 'login' && this.routeFromLocation().name !== 'login')
      history.replaceState(null, '', this.pathOf(route));
    this.route = route;
    this.loadError = '';
    if (this.session?.role === 'editor') await this.loadFor(route);
    if (route.name === 'editor' && !this.editorReady) {
      await import('../dh-studio-editor/dh-studio-editor.js');
      this.editorReady = true;
    }
    if (route.name === 'reports' && !this.reportsReady) {
      await import('../dh-studio-reports/dh-studio-reports.js');
      this.reportsReady = true;
    }
    if (route.name === 'invitation' && !this.invitationReady) {
      await import('../dh-studio-invitation/dh-studio-invitation.js');
      this.invitationReady = true;
    }
    document.title = this.t('app.pageTitle', { page: this.pageName(route) });
    await this.updateComplete;
    await this.focusView();
  }

  private async loadFor(route: StudioRoute) {
    try {
      if (route.name === 'list') {
        [this.articles, this.catalog] = await Promise.all([this.client.articles(), this.client.catalog()]);
      } else if (route.name === 'editor' || route.name === 'new') {
        this.catalog ??= await this.client.catalog();
      }
    } catch (error) {
      if (error instanceof ApiCallError && error.status === 401) {
        this.session = null;
        this.wanted = route;
        this.route = { name: 'login' };
        return;
      }
      this.loadError = this.t('app.loadFailed');
    }
  }

  private async focusView() {
    const view = this.renderRoot.querySelector<View>('main > *');
    if (view?.focusHeading) await view.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('main h1, main [role="alert"]')?.focus();
  }

  private pathOf(route: StudioRoute): string {
    const paths: Record<StudioRoute['name'], string> = {
      list: '',
      new: 'neu',
      reports: 'auswertungen',
      editor: route.name === 'editor' ? `artikel/${route.id}/${route.lang}` : '',
      login: 'anmelden',
      invitation: 'einladung',
      'not-found': location.pathname.slice(this.base.length),
    };
    return this.base + paths[route.name];
  }

  private pageName(route: StudioRoute): string {
    switch (route.name) {
      case 'list':
        return this.t('list.title');
      case 'new':
        return this.t('newArticle.title');
      case 'reports':
        return this.t('app.reports');
      case 'editor':
        return `${route.id} (${this.t(`languages.${route.lang}`)})`;
      case 'login':
        return this.t('login.title');
      case 'invitation':
        return this.t('invitation.title');
      default:
        return this.t('app.notFound');
    }
  }

  /** Links below the base open their page here, without a reload; others (new window, modifiers) as usual. */
  private onClick(event: MouseEvent) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(this.base)) return;
    event.preventDefault();
    void this.show(
      routeOf(decodeURIComponent(url.pathname.slice(this.base.length)).replace(/\/$/, '')),
      true,
      url.search,
    );
  }

  private onNavigate(event: CustomEvent<StudioNavigateDetail>) {
    void this.show(routeOf(event.detail.path));
  }

  private async onSession(event: CustomEvent<StudioSessionDetail>) {
    this.session = event.detail.session;
    const next = this.wanted && this.wanted.name !== 'login' ? this.wanted : { name: 'list' as const };
    this.wanted = undefined;
    this.catalog = undefined;
    await this.show(next);
  }

  private async signOut() {
    await this.renderRoot.querySelector<DhStudioEditor>('dh-studio-editor')?.leave();
    try {
      await this.client.logout();
    } finally {
      this.session = null;
      this.articles = undefined;
      this.catalog = undefined;
      await this.show({ name: 'login' });
    }
  }

  private setLanguage(lang: Language) {
    document.documentElement.lang = lang;
    this.client.language = lang;
    localStorage.setItem(LANGUAGE_KEY, lang);
  }

  private renderHeader() {
    const signedIn = this.session?.role === 'editor';
    const current = this.route.name;
    return html`<header class="banner">
      <p class="brand">
        <span class="product">${this.t('app.product')}</span>
        <span class="title">${this.t('app.title')}</span>
      </p>
      ${
        signedIn
          ? html`<nav aria-label=${this.t('app.nav')}>
              <ul>
                <li>
                  <a href=${this.base} aria-current=${current === 'list' ? 'page' : nothing}
                    >${this.t('app.articles')}</a
                  >
                </li>
                <li>
                  <a href="${this.base}neu" aria-current=${current === 'new' ? 'page' : nothing}
                    >${this.t('app.newArticle')}</a
                  >
                </li>
                <li>
                  <a href="${this.base}auswertungen" aria-current=${current === 'reports' ? 'page' : nothing}
                    >${this.t('app.reports')}</a
                  >
                </li>
              </ul>
            </nav>`
          : nothing
      }
      <div class="tools">
        <div class="field language">
          <label for="ui-language">${this.t('app.language')}</label>
          <select
            id="ui-language"
            @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value as Language)}
          >
            ${LANGUAGES.map(
              (lang) =>
                html`<option value=${lang} lang=${lang} ?selected=${lang === this.uiLang}>
                  ${lang === 'de' ? 'Deutsch' : 'English'}
                </option>`,
            )}
          </select>
        </div>
        ${
          this.session
            ? html`<p class="user">${this.t('app.signedInAs', { name: this.session.username })}</p>
                <button type="button" class="button small" @click=${this.signOut}>${this.t('app.signOut')}</button>`
            : nothing
        }
      </div>
    </header>`;
  }

  private renderView() {
    const route = this.route;
    if (this.loadError)
      return html`<div class="failed">
        <p role="alert" tabindex="-1">${this.loadError}</p>
        <button
          type="button"
          class="button"
          @click=${() => void (this.session === undefined ? this.start() : this.show(route, false))}
        >
          ${this.t('app.retry')}
        </button>
      </div>`;
    if (this.session === undefined) return html`<p role="status">${this.t('app.loading')}</p>`;
    if (this.session && this.session.role !== 'editor' && route.name !== 'login' && route.name !== 'invitation')
      return html`<p role="alert" tabindex="-1">${this.t('app.noAccess')}</p>`;
    switch (route.name) {
      case 'login':
        return html`<dh-studio-login .client=${this.client} @dh-studio-session=${this.onSession}></dh-studio-login>`;
      case 'invitation':
        return this.invitationReady
          ? html`<dh-studio-invitation
              .client=${this.client}
              .token=${this.invitationToken}
              @dh-studio-session=${this.onSession}
            ></dh-studio-invitation>`
          : html`<p role="status">${this.t('app.loading')}</p>`;
      case 'list':
        return this.articles
          ? html`<dh-studio-list
              base=${this.base}
              .articles=${this.articles}
              .pages=${this.catalog?.pages ?? []}
            ></dh-studio-list>`
          : html`<p role="status">${this.t('app.loading')}</p>`;
      case 'new':
        return html`<dh-studio-new
          .client=${this.client}
          .articles=${this.catalog?.articles ?? []}
          .keywords=${new URLSearchParams(location.search).getAll('suchbegriff')}
        ></dh-studio-new>`;
      case 'reports':
        // The reports have sections (h2); the page's heading is the studio's.
        return this.reportsReady
          ? html`<h1 tabindex="-1">${this.t('app.reports')}</h1>
              <dh-studio-reports
                @dh-create-article=${(e: CustomEvent<CreateArticleDetail>) =>
                  this.show(routeOf('neu'), true, `?suchbegriff=${encodeURIComponent(e.detail.keyword)}`)}
              ></dh-studio-reports>`
          : html`<p role="status">${this.t('app.loading')}</p>`;
      case 'editor':
        return this.editorReady
          ? html`<dh-studio-editor
              base=${this.base}
              .client=${this.client}
              .catalog=${this.catalog ?? { pages: [], articles: [] }}
              article-id=${route.id}
              article-lang=${route.lang}
            ></dh-studio-editor>`
          : html`<p role="status">${this.t('app.loading')}</p>`;
      default:
        return html`<h1 tabindex="-1">${this.t('app.notFound')}</h1>
          <p><a href=${this.base}>${this.t('app.toList')}</a></p>`;
    }
  }

  override render(): unknown {
    return html`<div class="page">
      <a class="skip" href="#main" @click=${this.skip}>${this.t('app.skip')}</a>
      ${this.renderHeader()}
      <main id="main" tabindex="-1" @dh-studio-navigate=${this.onNavigate}>${this.renderView()}</main>
    </div>`;
  }

  /** "Zum Inhalt springen": the target is in this shadow root, where the page's own fragment cannot reach. */
  private skip(event: Event) {
    event.preventDefault();
    void this.focusView();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-app': DhStudioApp;
  }
}
