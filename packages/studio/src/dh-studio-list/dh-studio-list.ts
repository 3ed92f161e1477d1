import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ROLES, type Role } from '@direkthilfe/core/content/model';
import { LANGUAGES, type Language } from '@direkthilfe/core/i18n/languages';
import {
  FILTER_STATUSES,
  NO_FILTER,
  filterArticles,
  lastChange,
  languageStatus,
  type ArticleFilter,
} from '@direkthilfe/core/studio/article-list';
import type { StudioArticleListItem, StudioCatalog } from '@direkthilfe/core/studio/studio-client';
import { StudioElement } from '../shared/studio-element.js';
import { phoneTableStyles, studioStyles } from '../shared/controls.styles.js';
import { formatDateTime } from '../shared/format.js';
import { styles } from './dh-studio-list.styles.js';

/**
 * The articles: title, views, portal pages, the state of each language ("Übersetzung veraltet" when the
 * German changed after the English), workflow status, last change and its author; filtered by text, view,
 * status and page. Titles and states are links to the editor (the app follows them without a reload).
 *
 * @tag dh-studio-list
 */
@customElement('dh-studio-list')
export class DhStudioList extends StudioElement {
  static override styles = [studioStyles, styles, phoneTableStyles];

  /** The articles with the state of each language. */
  @property({ attribute: false }) articles: StudioArticleListItem[] = [];

  /** The portal's pages, for the page filter. */
  @property({ attribute: false }) pages: StudioCatalog['pages'] = [];

  /** The studio's address, for the links. */
  @property() base = '/redaktion/';

  @state() private filter: ArticleFilter = NO_FILTER;

  /** Moves the focus to the heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private set(change: Partial<ArticleFilter>) {
    this.filter = { ...this.filter, ...change };
  }

  private editorLink(id: string, lang: Language) {
    return `${this.base}artikel/${encodeURIComponent(id)}/${lang}`;
  }

  private renderFilter() {
    return html`<form role="search" aria-label=${this.t('list.filter')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field query">
        <label for="query">${this.t('list.query')}</label>
        <input
          id="query"
          type="search"
          autocomplete="off"
          aria-describedby="query-hint"
          .value=${this.filter.query}
          @input=${(e: Event) => this.set({ query: (e.target as HTMLInputElement).value })}
        />
        <p class="hint" id="query-hint">${this.t('list.queryHint')}</p>
      </div>
      <div class="field">
        <label for="role">${this.t('list.role')}</label>
        <select
          id="role"
          @change=${(e: Event) => this.set({ role: (e.target as HTMLSelectElement).value as Role | '' })}
        >
          <option value="" ?selected=${!this.filter.role}>${this.t('list.allRoles')}</option>
          ${ROLES.map(
            (role) =>
              html`<option value=${role} ?selected=${this.filter.role === role}>${this.t(`roles.${role}`)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="status">${this.t('list.status')}</label>
        <select
          id="status"
          @change=${(e: Event) => this.set({ status: (e.target as HTMLSelectElement).value as ArticleFilter['status'] })}
        >
          <option value="" ?selected=${!this.filter.status}>${this.t('list.allStatuses')}</option>
          ${FILTER_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${this.filter.status === status}>
                ${this.t(`status.${status}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="page">${this.t('list.page')}</label>
        <select id="page" @change=${(e: Event) => this.set({ page: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!this.filter.page}>${this.t('list.allPages')}</option>
          ${this.pages.map((p) => html`<option value=${p.key} ?selected=${this.filter.page === p.key}>${p.key}</option>`)}
        </select>
      </div>
      <button type="reset" class="button" @click=${() => (this.filter = NO_FILTER)}>${this.t('list.reset')}</button>
    </form>`;
  }

  private renderLanguage(item: StudioArticleListItem, lang: Language) {
    const state = item.languages[lang];
    const status = languageStatus(state);
    return html`<td class="lang">
      <a class="status-${status}" href=${this.editorLink(item.id, lang)}
        >${this.t(`status.${status}`)}<span class="visually-hidden"
          >: ${item.title}, ${this.t(`languages.${lang}`)}</span
        ></a
      >
      ${state?.outdated ? html`<span class="outdated">${this.t('status.outdated')}</span>` : nothing}
    </td>`;
  }

  override render(): unknown {
    const shown = filterArticles(this.articles, this.filter);
    return html`<section aria-labelledby="list-title">
      <div class="heading">
        <h1 id="list-title" tabindex="-1">${this.t('list.title')}</h1>
        <a class="button primary" href="${this.base}neu">${this.t('app.newArticle')}</a>
      </div>
      ${this.renderFilter()}
      <p class="count" role="status">${this.t('list.count', { count: shown.length, total: this.articles.length })}</p>
      ${
        shown.length
          ? html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  ${this.t('list.caption')}
                </caption>
                <thead>
                  <tr>
                    ${(['title', 'roles', 'pages', 'de', 'en', 'changed'] as const).map(
                      (column) => html`<th scope="col">${this.t(`list.columns.${column}`)}</th>`,
                    )}
                  </tr>
                </thead>
                <tbody>
                  ${shown.map((item) => {
                    const change = lastChange(item);
                    const first = LANGUAGES.find((lang) => item.languages[lang]) ?? 'de';
                    return html`<tr>
                      <th scope="row"><a href=${this.editorLink(item.id, first)}>${item.title}</a></th>
                      <td>${item.roles.map((role) => this.t(`roles.${role}Short`)).join(', ')}</td>
                      <td class="pages">
                        ${
                          item.contexts.length
                            ? item.contexts.map((key, i) => html`${i ? ', ' : ''}<code>${key}</code>`)
                            : this.t('list.noPages')
                        }
                      </td>
                      ${LANGUAGES.map((lang) => this.renderLanguage(item, lang))}
                      <td>
                        ${change ? this.t('list.changedBy', { date: formatDateTime(change.at, this.uiLang), name: change.by }) : ''}
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p>${this.articles.length ? this.t('list.empty') : this.t('list.none')}</p>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-list': DhStudioList;
  }
}
