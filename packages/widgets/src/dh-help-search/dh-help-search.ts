import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Role } from '@direkthilfe/core/content/model';
import type { HelpSearch } from '@direkthilfe/core/help/help-search';
import type { SearchResult, Searcher, SerializedSearchIndex } from '@direkthilfe/core/search/types';
import '../i18n/help-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { debounce } from '../shared/debounce.js';
import { dispatch } from '../shared/dispatch.js';
import { icon } from '../shared/icons.js';
import { loadSearch } from '../shared/load-search.js';
import { PendingWork } from '../shared/pending-work.js';
import { buttonStyles, iconStyles } from '../styles/controls.styles.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import { styles } from './dh-help-search.styles.js';

/** The result count is announced once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * Searches the help while the user types, offline, in the prebuilt index: no request per keystroke. A help
 * centre too large to download is searched through `searcher` (the backend's search API) instead.
 * Arrow keys move through the results, Enter opens one, Escape clears the search. Given the other view's
 * index, it says how many hits that view has ("In der Anwender-Ansicht gibt es 3 Treffer.") with a
 * button to switch.
 *
 * @tag dh-help-search
 * @summary Search box with results as you type.
 *
 * @fires dh-search - The result count for a query, once typing pauses. `detail: { query, count }`.
 * @fires dh-result-select - A result was chosen. `detail: { id }`.
 * @fires dh-query-change - The query changed. `detail: { query }`.
 * @fires dh-role-change - The hint to the other view's hits was chosen. `detail: { role }`.
 *
 * @csspart input - The search box.
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart empty - The empty state with suggestions.
 * @csspart other-view - The hint to the other view's hits.
 *
 * @cssprop --dh-color-mark - Background of the matched words.
 */
export class DhHelpSearch extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, iconStyles, buttonStyles, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The prebuilt search index of the current language and role. */
  @property({ attribute: false }) index?: SerializedSearchIndex;

  /** Searches instead of `index` when set: for help centres searched on the server. */
  @property({ attribute: false }) searcher?: Searcher;

  /** The view whose articles are searched. */
  @property() view: Role = 'user';

  /** The query; setting it searches. */
  @property() query = '';

  /** Searches offered when nothing is found (each finds something in this view). */
  @property({ type: Array }) suggestions: string[] = [];

  /** The other view, whose hits are counted (`otherIndex`) and offered; null when the user has one view. */
  @property({ attribute: 'other-view' }) otherView: Role | null = null;

  /** The prebuilt index of `otherView`. */
  @property({ attribute: false }) otherIndex?: SerializedSearchIndex;

  @state() private results: SearchResult[] = [];
  @state() private otherCount = 0;
  @state() private announcement = '';

  @query('input') private input?: HTMLInputElement;

  @state() private engine?: Searcher;
  @state() private otherEngine?: HelpSearch;
  /** Counts searches, so that a late answer of the server for an older query is dropped. */
  private searches = 0;
  private readonly language = new LanguageController(this);

  /** The engines still loading: `updateComplete` waits for them. */
  private readonly work = new PendingWork();

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(() => super.getUpdateComplete());
  }

  /** Builds the engine for `index` once its code is in, unless the index has changed meanwhile. */
  private engineFor(index: SerializedSearchIndex, current: () => unknown, use: (engine: HelpSearch) => void) {
    this.work.track(loadSearch(index).then((engine) => current() === index && use(engine)));
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('index') || changed.has('searcher')) {
      this.engine = this.searcher;
      if (!this.searcher && this.index)
        this.engineFor(
          this.index,
          () => !this.searcher && this.index,
          (engine) => (this.engine = engine),
        );
    }
    if (changed.has('otherIndex')) {
      this.otherEngine = undefined;
      if (this.otherIndex)
        this.engineFor(
          this.otherIndex,
          () => this.otherIndex,
          (engine) => (this.otherEngine = engine),
        );
    }
    if (changed.has('engine') || changed.has('query') || changed.has('view')) this.runSearch();
    if (changed.has('otherEngine') || changed.has('otherView') || changed.has('query')) {
      const query = this.query.trim();
      const other = this.otherView && this.otherEngine && query;
      this.otherCount = other ? this.otherEngine!.search(query, { role: this.otherView!, limit: 10 }).length : 0;
      this.scheduleAnnouncement();
    }
  }

  private runSearch() {
    const search = ++this.searches;
    const query = this.query.trim();
    const found = this.engine && query ? this.engine.search(query, { role: this.view, limit: 10 }) : [];
    const show = (results: SearchResult[]) => {
      if (search !== this.searches) return;
      this.results = results;
      this.scheduleAnnouncement();
    };
    if (Array.isArray(found)) show(found);
    else found.then(show, () => show([]));
  }

  /** Focuses the result for an article (coming back from it), else the search box. */
  async focusResult(id: string): Promise<void> {
    await this.updateComplete;
    const index = this.results.findIndex((r) => r.id === id);
    (index >= 0 ? this.resultButtons[index] : this.input)?.focus();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.scheduleAnnouncement.cancel();
  }

  private readonly scheduleAnnouncement = debounce(() => {
    const query = this.query.trim();
    if (!query || !this.engine) {
      this.announcement = '';
      return;
    }
    const t = uiTranslator(this.language.lang);
    const count = this.results.length;
    const other = this.otherHint(t);
    this.announcement = [count ? t('search.results', { count }) : t('search.none', { query }), other].join(' ').trim();
    dispatch(this, 'dh-search', { query, count });
  }, ANNOUNCE_DELAY_MS);

  private setQuery(value: string) {
    this.query = value;
    dispatch(this, 'dh-query-change', { query: value });
  }

  /** "In der Anwender-Ansicht gibt es 3 Treffer.", or nothing. */
  private otherHint(t: ReturnType<typeof uiTranslator>): string {
    if (!this.otherView || !this.otherCount) return '';
    return t('search.otherView', { count: this.otherCount, view: t(`roleSwitch.${this.otherView}`) });
  }

  private switchView() {
    dispatch(this, 'dh-role-change', { role: this.otherView! });
  }

  private select(id: string) {
    // The results' count goes out before the choice, also when the reader chose before typing paused.
    this.scheduleAnnouncement.flush();
    dispatch(this, 'dh-result-select', { id });
  }

  private get resultButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.result')];
  }

  private clear() {
    this.setQuery('');
    this.input?.focus();
  }

  private onKeydown(event: KeyboardEvent) {
    const buttons = this.resultButtons;
    const current = buttons.indexOf(
      this.renderRoot.querySelector<HTMLButtonElement>('.result:focus') as HTMLButtonElement,
    );
    const moveTo = (index: number) => {
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, index))]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (buttons.length) moveTo(current + 1);
        break;
      case 'ArrowUp':
        if (current <= 0) {
          event.preventDefault();
          this.input?.focus();
        } else moveTo(current - 1);
        break;
      case 'Home':
        if (current >= 0) moveTo(0);
        break;
      case 'End':
        if (current >= 0) moveTo(buttons.length - 1);
        break;
      case 'Escape':
        if (this.query) {
          // Escape clears first; a second Escape reaches the panel and closes it.
          event.preventDefault();
          event.stopPropagation();
          this.clear();
        }
        break;
      case 'Enter':
        if (event.target === this.input && this.results[0]) {
          event.preventDefault();
          this.select(this.results[0].id);
        }
        break;
    }
  }

  override render(): unknown {
    const t = uiTranslator(this.language.lang);
    const query = this.query.trim();
    return html`
      <div @keydown=${this.onKeydown}>
        <label for="search">${t('search.label')}</label>
        <div class="box">
          ${icon('search')}
          <input
            part="input"
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            placeholder=${t(`search.placeholder.${this.view}`)}
            aria-describedby=${query ? 'count' : nothing}
            .value=${this.query}
            @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)}
          />
          ${
            this.query
              ? html`<button
                  class="icon-button clear"
                  type="button"
                  aria-label=${t('search.clear')}
                  @click=${this.clear}
                >
                  ${icon('close')}
                </button>`
              : nothing
          }
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${query ? this.renderResults(query) : nothing}
      </div>
    `;
  }

  private renderResults(query: string) {
    const t = uiTranslator(this.language.lang);
    if (!this.engine) return html`<p class="count" id="count">${t('search.loading')}</p>`;
    const other = this.otherHint(t);
    const hint = other
      ? html`<p part="other-view" class="other-view">
          <button class="link" type="button" @click=${this.switchView}>${other}</button>
        </p>`
      : nothing;
    if (!this.results.length) {
      return html`<div part="empty">
        <p class="count" id="count">${t('search.none', { query })}</p>
        ${hint}
        ${
          this.suggestions.length
            ? html`<p>${t('search.suggestions')}</p>
                <ul class="suggestions">
                  ${this.suggestions.map(
                    (word) =>
                      html`<li>
                        <button class="suggestion" type="button" @click=${() => this.setQuery(word)}>${word}</button>
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
      </div>`;
    }
    return html`<p class="count" id="count">${t('search.results', { count: this.results.length })}</p>
      ${hint}
      <ol part="results" aria-labelledby="count">
        ${this.results.map(
          (result) =>
            html`<li>
              <button part="result" class="result" type="button" @click=${() => this.select(result.id)}>
                <span class="result-title">${result.title}</span>
                <span class="snippet">${this.marked(result)}</span>
              </button>
            </li>`,
        )}
      </ol>`;
  }

  /** The snippet with its matched words in `<mark>`, built from offsets: no HTML from the index. */
  private marked({ snippet, highlights }: SearchResult) {
    const parts: unknown[] = [];
    let at = 0;
    for (const [start, end] of highlights) {
      parts.push(snippet.slice(at, start), html`<mark>${snippet.slice(start, end)}</mark>`);
      at = end;
    }
    parts.push(snippet.slice(at));
    return parts;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-help-search': DhHelpSearch;
  }
}
