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
import { isRemoteIndex, type Searcher, type SerializedSearchIndex } from '@direkthilfe/core/search/types';
import '../i18n/help-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { defineElement } from '../shared/define.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import '../dh-article/dh-article.js';
import '../dh-help-search/dh-help-search.js';
import '../dh-role-switch/dh-role-switch.js';
import type { FeedbackDetail } from '../dh-article/dh-article.js';
import { styles } from './dh-help-panel.styles.js';

/** At this width and below, the panel is a modal dialog that covers the page. */
const NARROW = '(max-width: 640px)';

type Load<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * The Direkthilfe panel: the help topic of the current page, search, articles, the view switch and
 * contact. On wide screens a non-modal side panel that makes room for itself; on narrow ones a modal
 * dialog. Driven by `state` (from `window.direkthilfe`); user actions come back as `dh-state-change`.
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
 * @csspart header - Title, view switch and close button.
 * @csspart body - The scrolling content.
 * @csspart contact - The contact section.
 *
 * @cssprop --dh-panel-width - Width of the side panel (26rem).
 * @cssprop --dh-color-panel - Panel background.
 * @cssprop --dh-z-index - Stacking order.
 */
export class DhHelpPanel extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];

  /** What to show; set by `window.direkthilfe`. */
  @property({ attribute: false }) state!: HelpSnapshot;

  /** Where focus goes when the panel closes (the launcher). */
  @property({ attribute: false }) returnFocusTo: HTMLElement | null = null;

  /** Base URL of the help API; same origin by default. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Shift the page's content aside while the side panel is open, so the panel covers nothing. */
  @property({ type: Boolean, attribute: 'no-dock' }) noDock = false;

  @state() private narrow = matchMedia(NARROW).matches;
  /** The page's topic; null when the page has no help of its own. */
  @state() private topic: Load<PageContext | null> = { status: 'idle' };
  @state() private article: Load<HelpArticle> = { status: 'idle' };
  @state() private index?: SerializedSearchIndex;
  @state() private searcher?: Searcher;

  @query('aside, dialog') private container?: HTMLElement;

  private api = new HelpApiClient(this.apiBase);
  private readonly media = matchMedia(NARROW);
  private readonly onMedia = () => (this.narrow = this.media.matches);
  private docked?: { element: HTMLElement; previous: string };

  override connectedCallback() {
    super.connectedCallback();
    this.media.addEventListener('change', this.onMedia);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.media.removeEventListener('change', this.onMedia);
    this.undock();
  }

  private change(detail: Partial<HelpSnapshot>) {
    this.dispatchEvent(new CustomEvent('dh-state-change', { detail }));
  }

  private emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('apiBase')) this.api = new HelpApiClient(this.apiBase);
    // Loading reacts to state changes only; the loads' own updates must not start them again.
    if (!changed.has('state')) return;
    const before = changed.get('state') as HelpSnapshot | undefined;
    const now = this.state;
    if (!now?.open) return;
    const reopened = !before?.open;
    if (reopened || before.page !== now.page || before.lang !== now.lang || before.role !== now.role) this.loadTopic();
    if (now.articleId && (reopened || before.articleId !== now.articleId || before.lang !== now.lang))
      this.loadArticle(now.articleId);
    if (reopened || before.lang !== now.lang || before.role !== now.role) this.loadIndex();
  }

  protected override updated(changed: PropertyValues) {
    const before = changed.get('state') as HelpSnapshot | undefined;
    if (changed.has('state') && this.state.open !== Boolean(before?.open)) {
      if (this.state.open) this.opened();
      else this.closed();
    }
    if (changed.has('narrow') && this.state?.open) this.placeContainer();
    // A closed wizard leaves nothing to hold focus: it goes back to the offer that started it.
    if (before?.wizard && !this.state.wizard && this.state.open) {
      this.renderRoot.querySelector<HTMLElement>('#first-steps + button')?.focus();
    }
  }

  private opened() {
    this.placeContainer();
    // Focus moves to the heading, so a screen reader starts at the panel's name.
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    this.emit('dh-open', { page: this.state.page });
  }

  private closed() {
    this.undock();
    this.returnFocusTo?.focus();
    this.emit('dh-close', { page: this.state.page });
  }

  private placeContainer() {
    const container = this.container;
    if (container instanceof HTMLDialogElement) {
      this.undock();
      if (!container.open) container.showModal();
    } else {
      this.dock();
    }
  }

  /** Makes room for the side panel on the host page (CSSOM, so a strict CSP allows it). */
  private dock() {
    if (this.noDock || this.docked) return;
    const element = document.documentElement;
    this.docked = { element, previous: element.style.marginInlineEnd };
    element.style.marginInlineEnd = getComputedStyle(this).getPropertyValue('--dh-panel-width').trim() || '26rem';
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
      set({ status: 'error', message: (error as Error).message });
    }
  }

  private get topicValue(): PageContext | null | undefined {
    return this.topic.status === 'ready' ? this.topic.value : undefined;
  }

  private loadTopic() {
    const { page, lang, role } = this.state;
    if (!page) {
      this.topic = { status: 'idle' };
      return;
    }
    // A page the portal map does not know simply has no topic of its own.
    const context = () =>
      this.api
        .context(page, lang, role)
        .catch((error: HelpApiError) => (error.code === 'unknown_page' ? null : Promise.reject(error)));
    void this.load<PageContext | null>((v) => (this.topic = v), context).then(() => {
      const primary = this.topicValue?.primary;
      if (primary && !this.state.articleId) this.loadArticle(primary.id);
    });
  }

  private loadArticle(id: string) {
    void this.load<HelpArticle>(
      (v) => (this.article = v),
      () => this.api.article(id, this.state.lang),
    ).then(() => {
      if (this.article.status === 'ready') this.emit('dh-article-view', { id, lang: this.article.value.lang });
    });
  }

  private loadIndex() {
    const { lang, role } = this.state;
    this.index = undefined;
    this.searcher = undefined;
    void this.api.searchIndex(lang, role).then(
      (index) => {
        if (this.state.lang !== lang || this.state.role !== role) return;
        // A large help centre is searched on the server (see docs/search.md).
        if (isRemoteIndex(index)) this.searcher = this.api.serverSearch(lang);
        else this.index = index;
      },
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

  private async sendFeedback(event: CustomEvent<FeedbackDetail>) {
    try {
      await this.api.feedback(event.detail.id, event.detail.helpful, this.state.lang);
    } catch {
      // Feedback is optional; a failure must not disturb reading.
    }
  }

  override render() {
    if (!this.state?.open) return nothing;
    const t = uiTranslator(this.state.lang);
    const content = html`
      <header part="header">
        <h2 id="title" tabindex="-1">${t('panel.title')}</h2>
        <dh-role-switch
          lang=${this.state.lang}
          .view=${this.state.role}
          .roles=${this.state.roles}
          @dh-role-change=${(e: CustomEvent<{ role: Role }>) => this.change({ role: e.detail.role, articleId: null })}
        ></dh-role-switch>
        <button class="close" type="button" @click=${this.close}>${t('panel.close')}</button>
      </header>
      <div class="scroll" part="body">
        <dh-help-search
          lang=${this.state.lang}
          .index=${this.index}
          .searcher=${this.searcher}
          .view=${this.state.role}
          .query=${this.state.query}
          .suggestions=${this.suggestions}
          @dh-query-change=${(e: CustomEvent<{ query: string }>) => this.change({ query: e.detail.query })}
          @dh-result-select=${(e: CustomEvent<{ id: string }>) => this.change({ articleId: e.detail.id, query: '' })}
        ></dh-help-search>
        ${this.state.wizard ? this.renderWizard() : this.state.query.trim() ? nothing : this.renderMain()}
        ${this.state.wizard ? nothing : this.renderWizardOffer()} ${this.renderContact()}
      </div>
    `;
    // One of two containers, so that narrow screens get a real modal dialog and wide ones a landmark.
    return this.narrow
      ? html`<dialog
          part="panel"
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
      : html`<aside part="panel" aria-labelledby="title" lang=${this.state.lang} @keydown=${this.onKeydown}>
          ${content}
        </aside>`;
  }

  /** The first-steps wizard of the current view, offered below the topic. */
  private renderWizardOffer() {
    const t = uiTranslator(this.state.lang);
    const flow = this.state.role === 'admin' ? 'admin-first-setup' : 'user-first-login';
    return html`<section aria-labelledby="first-steps">
      <h3 id="first-steps">${t('panel.firstSteps')}</h3>
      <button class="link" type="button" @click=${() => this.change({ wizard: flow, articleId: null, query: '' })}>
        ${t(`panel.startWizard.${flow}`)}
      </button>
    </section>`;
  }

  private renderWizard() {
    // The wizard's code loads only when a wizard is started.
    void import('../dh-wizard/dh-wizard.js');
    return html`<dh-wizard
      focus-on-load
      lang=${this.state.lang}
      flow=${this.state.wizard!}
      api-base=${this.apiBase}
      @dh-wizard-close=${() => this.change({ wizard: null })}
      @dh-article-link=${(e: CustomEvent<{ id: string }>) => this.change({ articleId: e.detail.id, wizard: null })}
    ></dh-wizard>`;
  }

  /** Words to try when nothing is found: the titles' first words of this view's topics. */
  private get suggestions(): string[] {
    if (!this.topicValue) return [];
    const { primary, related } = this.topicValue;
    return [primary, ...related]
      .filter((a) => a !== null)
      .map((a) => a.title.split(/[\s:–-]+/)[0])
      .slice(0, 4);
  }

  private renderMain() {
    const t = uiTranslator(this.state.lang);
    const topic = this.topicValue ?? undefined;
    const showingOther = this.state.articleId !== null && this.state.articleId !== topic?.primary?.id;
    return html`
      ${
        topic
          ? html`<nav class="breadcrumb" aria-label=${t('panel.breadcrumb')}>
              <ol>
                ${topic.menuPathParts.map((part) => html`<li>${part}</li>`)}
              </ol>
            </nav>`
          : nothing
      }
      ${
        showingOther && topic?.primary
          ? html`<p>
              <button class="link" type="button" @click=${() => this.change({ articleId: null })}>
                ${t('panel.backToTopic')}
              </button>
            </p>`
          : nothing
      }
      ${this.renderArticle()}
      ${
        topic && !showingOther && topic.related.length
          ? html`<section aria-labelledby="related">
              <h3 id="related">${t('panel.related')}</h3>
              <ul class="topics">
                ${topic.related.map(
                  (a) =>
                    html`<li>
                      <button class="link" type="button" @click=${() => this.change({ articleId: a.id })}>
                        ${a.title}
                      </button>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  private renderArticle() {
    const t = uiTranslator(this.state.lang);
    if (this.topic.status === 'error' || this.article.status === 'error') {
      return html`<p class="error" role="alert">${t('panel.error')}</p>
        <button
          class="link"
          type="button"
          @click=${() => (this.loadTopic(), this.state.articleId && this.loadArticle(this.state.articleId))}
        >
          ${t('panel.retry')}
        </button>`;
    }
    if (this.article.status === 'ready' && (this.state.articleId === null ? this.topic.status === 'ready' : true)) {
      const article = this.article.value;
      return html`<dh-article
        lang=${this.state.lang}
        heading-level="3"
        feedback
        .article=${article}
        .prev=${article.prev}
        .next=${article.next}
        @dh-article-link=${(e: CustomEvent<{ id: string }>) => this.change({ articleId: e.detail.id })}
        @dh-feedback=${this.sendFeedback}
      ></dh-article>`;
    }
    if (this.topic.status === 'ready' && !this.topicValue?.primary && !this.state.articleId) {
      return html`<p class="state">${t('panel.noTopic')}</p>`;
    }
    return html`<p class="state" role="status">${t('panel.loading')}</p>`;
  }

  private renderContact() {
    const t = uiTranslator(this.state.lang);
    const { dhContactPhone: phone, dhContactEmail: email, dhContactHours: hours } = document.documentElement.dataset;
    return html`<section part="contact" class="contact" aria-labelledby="contact">
      <h3 id="contact">${t('panel.contact')}</h3>
      ${
        phone || email
          ? html`<dl>
              ${
                phone
                  ? html`<dt>${t('panel.phone')}</dt>
                      <dd><a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a></dd>`
                  : nothing
              }
              ${
                email
                  ? html`<dt>${t('panel.email')}</dt>
                      <dd><a href="mailto:${email}">${email}</a></dd>`
                  : nothing
              }
              ${
                hours
                  ? html`<dt>${t('panel.hours')}</dt>
                      <dd>${hours}</dd>`
                  : nothing
              }
            </dl>`
          : html`<p>${t('panel.noContact')}</p>`
      }
    </section>`;
  }
}

defineElement('dh-help-panel', DhHelpPanel);

declare global {
  interface HTMLElementTagNameMap {
    'dh-help-panel': DhHelpPanel;
  }
}
