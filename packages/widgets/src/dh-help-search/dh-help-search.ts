import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Role } from '@direkthilfe/core/content/model';
import { SearchEngine } from '@direkthilfe/core/search/search-engine';
import type { SearchResult, Searcher, SerializedSearchIndex } from '@direkthilfe/core/search/types';
import '../i18n/help-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { debounce } from '../shared/debounce.js';
import { defineElement } from '../shared/define.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import { styles } from './dh-help-search.styles.js';

/** Detail of `dh-search`. */
export interface SearchEventDetail {
  query: string;
  count: number;
}

/** Detail of `dh-result-select`. */
export interface ResultSelectDetail {
  id: string;
}

/** The result count is announced once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * Searches the help while the user types, offline, in the prebuilt index: no request per keystroke. A help
 * centre too large to download is searched through `searcher` (the backend's search API) instead.
 * Arrow keys move through the results, Enter opens one, Escape clears the search.
 *
 * @tag dh-help-search
 * @summary Search box with results as you type.
 *
 * @fires dh-search - The result count for a query, once typing pauses. `detail: { query, count }`.
 * @fires dh-result-select - A result was chosen. `detail: { id }`.
 * @fires dh-query-change - The query changed. `detail: { query }`.
 *
 * @csspart input - The search box.
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart empty - The empty state with suggestions.
 *
 * @cssprop --dh-color-mark - Background of the matched words.
 */
export class DhHelpSearch extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The prebuilt search index of the current language and role. */
  @property({ attribute: false }) index?: SerializedSearchIndex;

  /** Searches instead of `index` when set: for help centres searched on the server. */
  @property({ attribute: false }) searcher?: Searcher;

  /** The view whose articles are searched. */
  @property() view: Role = 'user';

  /** The query; setting it searches. */
  @property() query = '';

  /** Words offered when nothing is found. */
  @property({ type: Array }) suggestions: string[] = [];

  @state() private results: SearchResult[] = [];
  @state() private announcement = '';

  @query('input') private input?: HTMLInputElement;

  private engine?: Searcher;
  /** Counts searches, so that a late answer of the server for an older query is dropped. */
  private searches = 0;
  private readonly language = new LanguageController(this);

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('index') || changed.has('searcher')) {
      this.engine = this.searcher ?? (this.index ? new SearchEngine(this.index) : undefined);
    }
    if (changed.has('index') || changed.has('searcher') || changed.has('query') || changed.has('view')) {
      this.runSearch();
    }
  }

  private runSearch() {
    const search = ++this.searches;
    const found =
      this.engine && this.query.trim() ? this.engine.search(this.query, { role: this.view, limit: 10 }) : [];
    const show = (results: SearchResult[]) => {
      if (search !== this.searches) return;
      this.results = results;
      this.scheduleAnnouncement();
    };
    if (Array.isArray(found)) show(found);
    else found.then(show, () => show([]));
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
    this.announcement = count ? t('search.results', { count }) : t('search.none', { query });
    this.dispatchEvent(
      new CustomEvent<SearchEventDetail>('dh-search', { detail: { query, count }, bubbles: true, composed: true }),
    );
  }, ANNOUNCE_DELAY_MS);

  private setQuery(value: string) {
    this.query = value;
    this.dispatchEvent(new CustomEvent('dh-query-change', { detail: { query: value }, bubbles: true, composed: true }));
  }

  private select(id: string) {
    this.dispatchEvent(
      new CustomEvent<ResultSelectDetail>('dh-result-select', { detail: { id }, bubbles: true, composed: true }),
    );
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

  override render() {
    const t = uiTranslator(this.language.lang);
    const query = this.query.trim();
    return html`
      <div @keydown=${this.onKeydown}>
        <label for="search">${t('search.label')}</label>
        <div class="box">
          <input
            part="input"
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            placeholder=${t('search.placeholder')}
            aria-describedby="count"
            .value=${this.query}
            @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)}
          />
          ${this.query ? html`<button class="clear" type="button" @click=${this.clear}>${t('search.clear')}</button>` : nothing}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${query ? this.renderResults(query) : nothing}
      </div>
    `;
  }

  private renderResults(query: string) {
    const t = uiTranslator(this.language.lang);
    if (!this.engine) return html`<p class="count" id="count">${t('search.loading')}</p>`;
    if (!this.results.length) {
      return html`<div part="empty">
        <p class="count" id="count">${t('search.none', { query })}</p>
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

defineElement('dh-help-search', DhHelpSearch);

declare global {
  interface HTMLElementTagNameMap {
    'dh-help-search': DhHelpSearch;
  }
}
