import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Role } from '@direkthilfe/core/content/model';
import {
  HelpApiClient,
  type HelpApiError,
  type HelpArticle,
  type PageContext,
} from '@direkthilfe/core/help/api-client';
import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';
import { PanelHistory, locationOf, viewOf, type PanelLocation } from '@direkthilfe/core/help/panel-history';
import type { HelpSearch } from '@direkthilfe/core/help/help-search';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { isRemoteIndex, type Searcher, type SerializedSearchIndex } from '@direkthilfe/core/search/types';
import { parseRgb, schemeFor, type Theme } from '@direkthilfe/core/theme/scheme';
import { FLOW_IDS } from '@direkthilfe/core/wizard/flow-ids';
import '../i18n/help-strings.js';
import { loadStrings, uiTranslator } from '../i18n/i18n.js';
import { deepQuery } from '../shared/deep-query.js';
import { dispatch } from '../shared/dispatch.js';
import { icon } from '../shared/icons.js';
import { buttonStyles, iconStyles } from '../styles/controls.styles.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import '../dh-article.js';
import '../dh-help-search.js';
import '../dh-role-switch.js';
import type { DhArticle } from '../dh-article/dh-article.js';
import type { DhHelpSearch } from '../dh-help-search/dh-help-search.js';
import type { FeedbackDetail } from '../events.js';
import { loadSearch } from '../shared/load-search.js';
import { PendingWork } from '../shared/pending-work.js';
import { renderContact } from './panel-contact.js';
import type { report as reportSearch } from './panel-reports.js';
import { styles } from './dh-help-panel.styles.js';

/** At this width and below, the panel covers the whole screen. */
const FULL_SCREEN = '(max-width: 640px)';
/** The page keeps at least this width beside the docked panel; narrower, the panel lies over the page. */
const MIN_PAGE_WIDTH = 480;

type Load<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; code: string; message: string };

/** The article shown, keyed by its id, so that an answer for another article never shows. */
type ArticleLoad = Load<HelpArticle> & { id?: string };

/**
 * The Direkthilfe panel. It opens on a home view: search, the help for this page with its menu path,
 * first steps, related and all topics, contact. Search results, articles and the wizards open inside it
 * with a back arrow that goes back the way the reader came (article → results → home, article → wizard).
 * On wide screens a side panel that makes room for itself; where the page would get narrower than 480 px,
 * or while the host shows a modal dialog, a modal dialog of its own. Both sit in the top layer, above any
 * stacking context of the host. Driven by `state` (from `window.direkthilfe`); user actions come back as
 * `dh-state-change`.
 *
 * @tag dh-help-panel
 * @summary The help panel.
 *
 * @fires dh-state-change - The user changed what the panel shows. `detail`: the changed part of the state.
 * @fires dh-open - The panel opened. `detail: { page }`.
 * @fires dh-close - The panel closed. `detail: { page }`.
 * @fires dh-article-view - An article is shown. `detail: { id, lang }`.
 * @fires dh-feedback - An article was rated. `detail: { id, helpful }`.
 * @fires dh-search - Results for a query. `detail: { query, count }`.
 *
 * @csspart panel - The panel (an `aside` or a `dialog`).
 * @csspart header - Back arrow, title, language switch and close button.
 * @csspart body - The scrolling content.
 * @csspart contact - The contact section.
 * @csspart search-input - The search box (`dh-help-search`'s `input`).
 * @csspart search-results - The result list.
 * @csspart search-result - One result.
 * @csspart search-empty - The "no results" state.
 * @csspart search-other-view - The hint to hits in the other view.
 * @csspart article - The article (`dh-article`'s `base`).
 * @csspart article-title - The article's title.
 * @csspart article-body - The article's text.
 * @csspart article-guide-nav - "Zurück" and "Weiter" of a guide.
 * @csspart article-feedback - "War dieser Artikel hilfreich?".
 * @csspart wizard - The wizard (`dh-wizard`'s `base`).
 * @csspart wizard-steps - The wizard's step list.
 * @csspart wizard-step - The wizard's current step.
 * @csspart view-switch - The view switch (`dh-role-switch`'s `group`).
 * @csspart view-switch-option - One option of the view switch.
 *
 * @cssprop --dh-panel-width - Width of the side panel (26rem).
 * @cssprop --dh-color-panel - Panel background.
 * @cssprop --dh-z-index - Stacking order where the browser has no top layer.
 */
export class DhHelpPanel extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, iconStyles, buttonStyles, styles];

  /** What to show; set by `window.direkthilfe`. */
  @property({ attribute: false }) state!: HelpSnapshot;

  /** Where focus goes when the panel closes (the launcher). */
  @property({ attribute: false }) returnFocusTo: HTMLElement | null = null;

  /**
   * An unpublished article shown instead of the published one with its id (in the preview's language): the
   * studio's "Auf der Portalseite ansehen" sets it for the editor who asked (the page fetches it with their
   * session).
   */
  @property({ attribute: false }) preview?: HelpArticle;

  /** Base URL of the help API; same origin by default. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Shift the page's content aside while the side panel is open, so the panel covers nothing. */
  @property({ type: Boolean, attribute: 'no-dock' }) noDock = false;

  /**
   * `light`, `dark`, or `auto` (default): the system's scheme, unless the host sets `--dh-color-*`
   * colours of its own, which the panel then follows (a light-only host stays light). The script tag's
   * `data-dh-theme` sets it where the element has none.
   */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * `off`: no first-steps wizards. They are off anyway where `api-base` is another origin than the page's:
   * the wizards drive the portal's own API with its session, which only the portal's own pages have.
   */
  @property() wizards: 'auto' | 'off' = 'auto';

  /**
   * `off`: the panel reports nothing of its searches (what it reports otherwise: docs/embedding.md). The
   * script tag's `data-dh-analytics` sets it where the element has none.
   */
  @property() analytics?: 'on' | 'off';

  /** A modal dialog (narrow screen, or a host dialog is open) instead of the side panel. */
  @state() private modal = false;
  /** The page's topic; null when the page has no help of its own. */
  @state() private topic: Load<PageContext | null> = { status: 'idle' };
  @state() private article: ArticleLoad = { status: 'idle' };
  @state() private index?: SerializedSearchIndex;
  /** The other view's index, for "In der Anwender-Ansicht gibt es 3 Treffer". */
  @state() private otherIndex?: SerializedSearchIndex;
  /** Where the wizard stands, for "Zurück zum Assistenten · Schritt 7 von 8". */
  @state() private wizardPosition?: { position: number; total: number };
  /** The article answered with "Nein": the panel offers ways on. */
  @state() private unhelpful: string | null = null;
  /** A help centre too large to download is searched on the server (see docs/search.md). */
  @state() private remoteSearch?: Searcher;

  @query('aside, dialog') private container?: HTMLElement;

  private api = new HelpApiClient(this.apiBase);
  private readonly history = new PanelHistory();
  private readonly fullScreen = matchMedia(FULL_SCREEN);
  private readonly darkScheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly internals = this.attachInternals();
  private docked?: { element: HTMLElement; previous: string };
  /** Where focus goes once the next view has rendered. */
  private focusAfterUpdate?: () => Promise<void> | void;

  private readonly onResize = () => {
    if (this.state?.open) this.modal = this.wantsModal();
  };
  private readonly onScheme = () => this.applyScheme();

  override connectedCallback() {
    super.connectedCallback();
    this.fullScreen.addEventListener('change', this.onResize);
    this.darkScheme.addEventListener('change', this.onScheme);
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.fullScreen.removeEventListener('change', this.onResize);
    this.darkScheme.removeEventListener('change', this.onScheme);
    window.removeEventListener('resize', this.onResize);
    this.undock();
  }

  private change(detail: Partial<HelpSnapshot>) {
    this.dispatchEvent(new CustomEvent('dh-state-change', { detail }));
  }

  /** A move inside the panel, remembered for the back arrow; focus goes where the reader continues. */
  private navigate(to: Partial<PanelLocation>, focus?: () => Promise<void> | void) {
    const from = locationOf(this.state);
    this.history.record(from, { ...from, ...to });
    this.focusAfterUpdate = focus ?? (() => this.focusArticleTitle());
    this.change(to);
  }

  private back() {
    const from = locationOf(this.state);
    const to = this.history.back(from);
    const fromView = viewOf(from);
    const toView = viewOf(to);
    this.focusAfterUpdate = async () => {
      if (toView === 'results' && from.articleId) return this.search?.focusResult(from.articleId);
      if (toView === 'article') return this.focusArticleTitle();
      if (toView === 'wizard') return this.wizardElement?.focus();
      if (fromView === 'wizard') return this.renderRoot.querySelector<HTMLElement>('#first-steps-start')?.focus();
      this.search?.focus();
    };
    this.change(to);
  }

  private get search(): DhHelpSearch | null {
    return this.renderRoot.querySelector('dh-help-search');
  }

  private get wizardElement(): HTMLElement | null {
    return this.renderRoot.querySelector('dh-wizard');
  }

  private async focusArticleTitle() {
    await this.articleReady;
    await this.renderRoot.querySelector<DhArticle>('dh-article')?.focusTitle();
  }

  /** Settles once the article to show has loaded (or failed). */
  private articleReady?: Promise<void>;

  /** The current view's search (for its topics and the searches worth offering), and those searches. */
  @state() private searcher?: HelpSearch;
  private suggestions: string[] = [];
  /** The search engine and strings loading on first use: `updateComplete` waits for them. */
  private readonly work = new PendingWork();

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(() => super.getUpdateComplete());
  }
  /** Whether the strings of the panel's language are in (those besides German load on first use). */
  @state() private stringsLoaded = true;

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('apiBase')) this.api = new HelpApiClient(this.apiBase);
    if (changed.has('index')) {
      this.searcher = undefined;
      const { index } = this;
      if (index)
        this.work.track(
          loadSearch(index).then((searcher) => {
            if (this.index === index) this.searcher = searcher;
          }),
        );
    }
    if (changed.has('state') && this.state) {
      const loading = loadStrings(this.state.lang);
      this.stringsLoaded = !loading;
      if (loading) this.work.track(loading.then(() => (this.stringsLoaded = true)));
    }
    if (this.state && (changed.has('searcher') || (changed.has('stringsLoaded') && this.stringsLoaded))) {
      const t = uiTranslator(this.state.lang);
      const popular = t(`search.popular.${this.state.role}`, { returnObjects: true }) as unknown as string[];
      this.suggestions = this.searcher?.fruitful(popular, 4, this.state.role) ?? [];
    }
    if (changed.has('theme')) this.applyScheme();
    // Loading reacts to state changes only; the loads' own updates must not start them again.
    if (!changed.has('state')) return;
    const before = changed.get('state') as HelpSnapshot | undefined;
    const now = this.state;
    if (!now?.open) return;
    // Without wizards (see `wizards`), one asked for leaves the panel on its home view.
    if (now.wizard && !this.wizardsOn) this.change({ wizard: null });
    const reopened = !before?.open;
    if (reopened) {
      this.modal = this.wantsModal();
      this.applyScheme();
      // What an editor published since the last open shows now (the server revalidates with the ETag).
      this.api.clear();
    }
    if (before && before.page !== now.page) this.history.clear();
    if (reopened || before.page !== now.page || before.lang !== now.lang || before.role !== now.role) this.loadTopic();
    // The article to show: the one opened, else (back home) the topic's, once the topic is known.
    const shown = this.shownArticleId;
    if (shown && (reopened || before.lang !== now.lang || shown !== this.article.id)) this.loadArticle(shown);
    if (reopened || before.lang !== now.lang || before.role !== now.role) this.loadIndexes();
  }

  protected override updated(changed: PropertyValues) {
    const before = changed.get('state') as HelpSnapshot | undefined;
    if (changed.has('state') && this.state.open !== Boolean(before?.open)) {
      if (this.state.open) this.opened();
      else this.closed();
    } else if (changed.has('modal') && this.state?.open) {
      this.placeContainer();
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    }
    if (this.focusAfterUpdate) {
      const focus = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      void focus();
    }
  }

  /** A modal dialog where the page would get too narrow beside the panel, or above a host's modal dialog. */
  private wantsModal(): boolean {
    if (this.fullScreen.matches || window.innerWidth - this.panelWidth() < MIN_PAGE_WIDTH) return true;
    const hostDialog = deepQuery('dialog:modal');
    return hostDialog !== null && hostDialog.getRootNode() !== this.renderRoot;
  }

  /** The side panel's width in pixels (`--dh-panel-width` may be in any unit). */
  private panelWidth(): number {
    return this.probe((probe) => probe.getBoundingClientRect().width) || 416;
  }

  /** Measures with an invisible element in the shadow root, which sees the host's custom properties. */
  private probe<T>(measure: (probe: HTMLElement) => T, colour?: string): T {
    const probe = document.createElement('span');
    probe.className = 'probe';
    if (colour) probe.style.color = colour;
    this.renderRoot.append(probe);
    try {
      return measure(probe);
    } finally {
      probe.remove();
    }
  }

  /** Chooses the palette (see `theme`) and exposes it as the custom state `dark` for the styles. */
  private applyScheme() {
    const style = getComputedStyle(this);
    const value = (name: string) => style.getPropertyValue(`--dh-color-${name}`).trim();
    const colour = (name: string) =>
      value(name) ? parseRgb(this.probe((probe) => getComputedStyle(probe).color, value(name))) : null;
    const scheme = schemeFor(this.theme, this.darkScheme.matches, {
      themed: ['surface', 'panel', 'text', 'text-muted', 'accent', 'border'].some((name) => value(name) !== ''),
      surface: colour('panel') ?? colour('surface'),
      text: colour('text'),
    });
    if (scheme === 'dark') this.internals.states.add('dark');
    else this.internals.states.delete('dark');
  }

  private opened() {
    this.placeContainer();
    // Focus moves to the heading, so a screen reader starts at the panel's name.
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    dispatch(this, 'dh-open', { page: this.state.page });
  }

  private closed() {
    this.undock();
    this.history.clear();
    this.returnFocusTo?.focus();
    dispatch(this, 'dh-close', { page: this.state.page });
  }

  /** Puts the panel into the top layer: a modal dialog, or the side panel as a popover. */
  private placeContainer() {
    const container = this.container;
    if (container instanceof HTMLDialogElement) {
      this.undock();
      if (!container.open) container.showModal();
    } else if (container) {
      if (!container.matches(':popover-open')) container.showPopover();
      this.dock();
    }
  }

  /** Makes room for the side panel on the host page (CSSOM, so a strict CSP allows it). */
  private dock() {
    if (this.noDock || this.docked) return;
    const element = document.documentElement;
    this.docked = { element, previous: element.style.marginInlineEnd };
    element.style.marginInlineEnd = `${this.panelWidth()}px`;
  }

  private undock() {
    if (!this.docked) return;
    this.docked.element.style.marginInlineEnd = this.docked.previous;
    this.docked = undefined;
  }

  private async load<T>(set: (value: Load<T>) => void, fetcher: () => Promise<T>) {
    set({ status: 'loading' });
    try {
      set({ status: 'ready', value: await fetcher() });
    } catch (error) {
      const { code = 'network', message } = error as HelpApiError;
      set({ status: 'error', code, message });
    }
  }

  private get topicValue(): PageContext | null | undefined {
    return this.topic.status === 'ready' ? this.topic.value : undefined;
  }

  /** The article the view shows: the one opened, else (home) the page's topic. */
  private get shownArticleId(): string | null {
    return this.state.articleId ?? this.topicValue?.primary?.id ?? null;
  }

  private loadTopic() {
    const { page, lang, role } = this.state;
    if (!page) {
      this.topic = { status: 'ready', value: null };
      return;
    }
    // A page the portal map does not know simply has no topic of its own.
    const context = () =>
      this.api
        .context(page, lang, role)
        .catch((error: HelpApiError) => (error.code === 'unknown_page' ? null : Promise.reject(error)));
    void this.load<PageContext | null>((v) => (this.topic = v), context).then(() => {
      const primary = this.topicValue?.primary;
      if (primary && this.state.page === page && !this.state.articleId) this.loadArticle(primary.id);
    });
  }

  private loadArticle(id: string) {
    const { lang } = this.state;
    if (this.article.id === id && this.article.status === 'ready' && this.article.value.lang === lang) return;
    this.articleReady = this.load<HelpArticle>(
      (v) => (this.article = { ...v, id }),
      async () => (this.preview?.id === id ? this.preview : this.api.article(id, lang)),
    ).then(() => {
      if (this.article.status === 'ready' && this.article.id === id)
        dispatch(this, 'dh-article-view', { id, lang: this.article.value.lang });
    });
  }

  private loadIndexes() {
    const { lang, role, roles } = this.state;
    const other = roles.find((r) => r !== role) ?? null;
    this.index = undefined;
    this.otherIndex = undefined;
    this.remoteSearch = undefined;
    const current = () => this.state.lang === lang && this.state.role === role;
    void this.api.searchIndex(lang, role).then(
      (index) => {
        if (!current()) return;
        if (isRemoteIndex(index)) this.remoteSearch = this.api.serverSearch(lang);
        else this.index = index;
      },
      () => undefined,
    );
    if (other)
      void this.api.searchIndex(lang, other).then(
        (index) => current() && !isRemoteIndex(index) && (this.otherIndex = index),
        () => undefined,
      );
  }

  private close() {
    this.change({ open: false });
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      this.close();
    }
  }

  /**
   * Search reports: their code loads with the first search, and never while they are switched off. One
   * promise, so that the events reach it in their order (a search, then the result opened from it).
   */
  private reports?: Promise<{ report: typeof reportSearch }>;
  private report(event: Event) {
    if (this.analytics !== 'off')
      void (this.reports ??= import('./panel-reports.js')).then(({ report }) => report(this, this.api, event));
  }

  private async sendFeedback(event: CustomEvent<FeedbackDetail>) {
    this.unhelpful = event.detail.helpful ? null : event.detail.id;
    // "Was hat Ihnen gefehlt?" loads only after a "Nein".
    if (this.unhelpful) void import('../dh-feedback-comment.js');
    try {
      await this.api.feedback(event.detail.id, event.detail.helpful, this.state.lang);
    } catch {
      // Feedback is optional; a failure must not disturb reading.
    }
  }

  private switchLanguage() {
    const lang: Language = this.state.lang === 'de' ? 'en' : 'de';
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.language')?.focus();
    this.change({ lang });
  }

  private switchRole(role: Role) {
    // The other view has other topics: from an article, the reader lands on that view's home.
    this.change({ role, articleId: null });
  }

  override render(): unknown {
    if (!this.state?.open) return nothing;
    const t = uiTranslator(this.state.lang);
    const location = locationOf(this.state);
    const view = viewOf(location);
    const content = html`
      <header part="header">
        ${
          this.history.canGoBack(location)
            ? html`<button class="icon-button back" type="button" @click=${this.back}>
                ${icon('back', { directional: true })}<span class="visually-hidden">${t('panel.back')}</span>
              </button>`
            : nothing
        }
        <h2 id="title" tabindex="-1">${t('panel.title')}</h2>
        <button
          class="button language"
          type="button"
          lang=${this.state.lang === 'de' ? 'en' : 'de'}
          @click=${this.switchLanguage}
        >
          ${icon('language')}<span>${t('panel.otherLanguage')}</span>
        </button>
        <button class="icon-button close" type="button" @click=${this.close}>
          ${icon('close')}<span class="visually-hidden">${t('panel.close')}</span>
        </button>
      </header>
      ${view === 'article' && this.state.wizard ? this.renderWizardReturn() : nothing}
      <div class="scroll" part="body">
        <div class="view" data-view=${view}>
          ${view === 'wizard' || (view === 'article' && this.state.wizard) ? nothing : this.renderRoleSwitch()}
          ${view === 'home' || view === 'results' ? this.renderSearch() : nothing}
          ${view === 'home' ? this.renderHome() : nothing} ${view === 'article' ? this.renderArticleView() : nothing}
          ${this.state.wizard ? this.renderWizard(view !== 'wizard') : nothing}
          ${view === 'wizard' ? nothing : renderContact(t)}
        </div>
      </div>
    `;
    // One of two containers, so that narrow screens get a real modal dialog and wide ones a landmark.
    return this.modal
      ? html`<dialog
          part="panel"
          class="panel"
          aria-labelledby="title"
          lang=${this.state.lang}
          @keydown=${this.onKeydown}
          @cancel=${(e: Event) => {
            e.preventDefault();
            this.close();
          }}
        >
          ${content}
        </dialog>`
      : html`<aside
          part="panel"
          class="panel"
          popover="manual"
          aria-labelledby="title"
          lang=${this.state.lang}
          @keydown=${this.onKeydown}
        >
          ${content}
        </aside>`;
  }

  private renderRoleSwitch() {
    return html`<dh-role-switch
      exportparts="group: view-switch, option: view-switch-option"
      lang=${this.state.lang}
      .view=${this.state.role}
      .roles=${this.state.roles}
      @dh-role-change=${(e: CustomEvent<{ role: Role }>) => this.switchRole(e.detail.role)}
    ></dh-role-switch>`;
  }

  private renderSearch() {
    const other = this.state.roles.find((r) => r !== this.state.role) ?? null;
    return html`<dh-help-search
      exportparts="input: search-input, results: search-results, result: search-result, empty: search-empty, other-view: search-other-view"
      lang=${this.state.lang}
      .index=${this.index}
      .searcher=${this.remoteSearch}
      .view=${this.state.role}
      .query=${this.state.query}
      .suggestions=${this.suggestions}
      .otherView=${other}
      .otherIndex=${this.otherIndex}
      @dh-query-change=${(e: CustomEvent<{ query: string }>) => this.change({ query: e.detail.query })}
      @dh-search=${this.report}
      @dh-result-select=${(e: CustomEvent<{ id: string }>) => (this.report(e), this.navigate({ articleId: e.detail.id }))}
      @dh-role-change=${(e: CustomEvent<{ role: Role }>) => {
        e.stopPropagation();
        this.focusAfterUpdate = () => this.search?.focus();
        this.switchRole(e.detail.role);
      }}
    ></dh-help-search>`;
  }

  /** Home: first steps, the help for this page with its menu path, related topics, all topics. */
  private renderHome() {
    const t = uiTranslator(this.state.lang);
    const topic = this.topicValue;
    const noTopic = this.topic.status === 'ready' && !topic?.primary;
    return html`
      ${this.wizardsOn ? this.renderWizardOffer() : nothing}
      ${
        noTopic
          ? html`<p class="state">${t('panel.noTopic')}</p>`
          : html`<section class="topic" aria-labelledby="title-topic">
              <p class="eyebrow" id="title-topic">${t('panel.topicFor')}</p>
              ${
                topic
                  ? html`<nav class="breadcrumb" aria-label=${t('panel.breadcrumb')}>
                      <ol>
                        ${topic.menuPathParts.map(
                          (part, i) =>
                            html`<li>${i ? icon('chevron', { directional: true }) : nothing}<span>${part}</span></li>`,
                        )}
                      </ol>
                    </nav>`
                  : nothing
              }
              ${this.renderArticle()}
            </section>`
      }
      ${this.renderUnhelpful()}
      ${
        topic?.related.length
          ? html`<section aria-labelledby="related">
              <h3 id="related">${t('panel.related')}</h3>
              ${this.renderTopicList(topic.related)}
            </section>`
          : nothing
      }
      ${this.renderAllTopics(noTopic)}
    `;
  }

  private renderTopicList(topics: { id: string; title: string }[]) {
    return html`<ul class="topics">
      ${topics.map(
        (a) =>
          html`<li>
            <button class="link" type="button" @click=${() => this.navigate({ articleId: a.id })}>
              ${icon('article')}<span>${a.title}</span>
            </button>
          </li>`,
      )}
    </ul>`;
  }

  /** Every topic of the view, open where the page has none of its own. */
  private renderAllTopics(open: boolean) {
    if (!this.searcher) return nothing;
    const t = uiTranslator(this.state.lang);
    const { topics } = this.searcher;
    return html`<details class="all-topics" ?open=${open}>
      <summary>
        <h3>${t('panel.allTopics')} <span class="count">(${topics.length})</span></h3>
      </summary>
      ${this.renderTopicList(topics)}
    </details>`;
  }

  private renderArticleView() {
    return html`${this.renderArticle()} ${this.renderUnhelpful()}`;
  }

  /** After "Nein": other words to search, related topics, contact. */
  private renderUnhelpful() {
    const shown = this.shownArticleId;
    if (!this.unhelpful || this.unhelpful !== shown) return nothing;
    const t = uiTranslator(this.state.lang);
    const related = this.article.status === 'ready' ? [this.article.value.prev, this.article.value.next] : [];
    return html`<section class="unhelpful" aria-labelledby="unhelpful">
      <h3 id="unhelpful">${t('panel.unhelpful.title')}</h3>
      <dh-feedback-comment
        focus-on-load
        lang=${this.state.lang}
        .client=${this.api}
        article=${shown}
      ></dh-feedback-comment>
      <p>${t('panel.unhelpful.text')}</p>
      <div class="actions">
        <button
          class="button"
          type="button"
          @click=${() => this.navigate({ articleId: null, query: '' }, () => this.search?.focus())}
        >
          ${icon('search')} ${t('panel.unhelpful.search')}
        </button>
        <button
          class="button"
          type="button"
          @click=${() => this.renderRoot.querySelector<HTMLElement>('#contact')?.focus()}
        >
          ${icon('phone')} ${t('panel.unhelpful.contact')}
        </button>
      </div>
      ${related.some(Boolean) ? this.renderTopicList(related.filter((a) => a !== null)) : nothing}
    </section>`;
  }

  /** The article to show, or why there is none. */
  private renderArticle() {
    const t = uiTranslator(this.state.lang);
    const id = this.shownArticleId;
    const { article } = this;
    if (article.status === 'error' && article.id === id && article.code === 'article_not_found') {
      return this.renderMissing(t('panel.notFound'));
    }
    if (this.topic.status === 'error' || (article.status === 'error' && article.id === id)) {
      return html`<p class="error" role="alert">${t('panel.error')}</p>
        <button class="button" type="button" @click=${() => (this.loadTopic(), id && this.loadArticle(id))}>
          ${t('panel.retry')}
        </button>`;
    }
    if (article.status === 'ready' && article.id === id) {
      return html`<dh-article
        exportparts="base: article, title: article-title, content: article-body, guide-nav: article-guide-nav, feedback: article-feedback"
        lang=${this.state.lang}
        heading-level="3"
        feedback
        .article=${article.value}
        .prev=${article.value.prev}
        .next=${article.value.next}
        @dh-article-link=${(e: CustomEvent<{ id: string }>) => this.navigate({ articleId: e.detail.id })}
        @dh-feedback=${this.sendFeedback}
      ></dh-article>`;
    }
    return html`<p class="state" role="status">${t('panel.loading')}</p>`;
  }

  /** An article or wizard that does not exist: said so, with the ways on that the panel always has. */
  private renderMissing(message: string) {
    const t = uiTranslator(this.state.lang);
    return html`<div class="missing" role="alert">
        <p class="missing-title">${message}</p>
        <p>${t('panel.notFoundHint')}</p>
      </div>
      <button
        class="button"
        type="button"
        @click=${() => this.navigate({ articleId: null, query: '', wizard: null }, () => this.search?.focus())}
      >
        ${icon('help')} ${t('panel.home')}
      </button>`;
  }

  /** Wizards: unless turned off, where the help API is the page's own origin (see `wizards`). */
  private get wizardsOn(): boolean {
    return this.wizards !== 'off' && new URL(this.apiBase, location.href).origin === location.origin;
  }

  /** The first-steps wizard of the current view, offered on the home view. */
  private renderWizardOffer() {
    const t = uiTranslator(this.state.lang);
    const flow = this.state.role === 'admin' ? 'admin-first-setup' : 'user-first-login';
    return html`<section class="first-steps" aria-labelledby="first-steps">
      <h3 id="first-steps">${t('panel.firstSteps')}</h3>
      <button
        id="first-steps-start"
        class="link"
        type="button"
        @click=${() => this.navigate({ wizard: flow, articleId: null, query: '' }, () => undefined)}
      >
        ${icon('start')}<span>${t(`panel.startWizard.${flow}`)}</span>
      </button>
    </section>`;
  }

  /** "Zurück zum Assistenten · Schritt 7 von 8" above an article opened from a wizard step. */
  private renderWizardReturn() {
    const t = uiTranslator(this.state.lang);
    const where = this.wizardPosition;
    return html`<div class="wizard-return">
      <button class="link" type="button" @click=${this.back}>
        ${icon('back', { directional: true })}<span
          >${t('panel.backToWizard')}${where ? ` · ${t('panel.wizardPosition', where)}` : ''}</span
        >
      </button>
    </div>`;
  }

  /** The wizard; kept (hidden) while an article opened from it is read, so that nothing typed is lost. */
  private renderWizard(hidden: boolean) {
    const flow = this.state.wizard!;
    if (!FLOW_IDS.includes(flow)) {
      return hidden ? nothing : this.renderMissing(uiTranslator(this.state.lang)('panel.notFoundWizard'));
    }
    // The wizard's code loads only when a wizard is started.
    void import('../dh-wizard.js');
    return html`<dh-wizard
      exportparts="base: wizard, steps: wizard-steps, step: wizard-step"
      focus-on-load
      ?hidden=${hidden}
      lang=${this.state.lang}
      flow=${flow}
      api-base=${this.apiBase}
      @dh-wizard-step=${(e: CustomEvent<{ position: number; total: number }>) =>
        (this.wizardPosition = { position: e.detail.position, total: e.detail.total })}
      @dh-wizard-close=${(e: CustomEvent<{ complete: boolean }>) =>
        e.detail.complete
          ? this.navigate({ wizard: null }, () =>
              this.renderRoot.querySelector<HTMLElement>('#first-steps-start')?.focus(),
            )
          : // "Später fortsetzen" closes the panel (on a phone it would otherwise show another full-screen page).
            this.change({ wizard: null, open: false })}
      @dh-article-link=${(e: CustomEvent<{ id: string }>) => this.navigate({ articleId: e.detail.id })}
    ></dh-wizard>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-help-panel': DhHelpPanel;
  }
}
