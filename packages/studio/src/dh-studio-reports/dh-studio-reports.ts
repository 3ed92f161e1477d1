import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedbackReport, FunnelReport, SearchReport } from '@direkthilfe/core/api/reports';
import { JsonClient, type ApiCallError } from '@direkthilfe/core/http/json-client';
import { resolveLanguage, type Language } from '@direkthilfe/core/i18n/languages';
import type { Translate } from '@direkthilfe/core/i18n/translator';
import { addDays, dayOf } from '@direkthilfe/core/reports/days';
import { summariseSearches, type QueryTotal } from '@direkthilfe/core/reports/search-summary';
import { reportsTranslator } from './reports-strings.js';
import { styles } from './dh-studio-reports.styles.js';

/** The three reports the view shows, as the studio API answers them. */
export interface StudioReports {
  feedback: FeedbackReport;
  searches: SearchReport;
  funnel: FunnelReport;
}

/** Detail of `dh-create-article`: a new article for a search that found nothing, the query as its keyword. */
export interface CreateArticleDetail {
  keyword: string;
  lang: Language;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dh-create-article': CustomEvent<CreateArticleDetail>;
  }
  interface HTMLElementTagNameMap {
    'dh-studio-reports': DhStudioReports;
  }
}

/** The periods to choose from, in days up to today. */
export const REPORT_PERIODS = [7, 28, 90] as const;

/**
 * The editors' reports ("Auswertungen"): article feedback per article, language and week with the comments
 * after "Nein"; the panel's searches (top, without results with "Artikel anlegen", the results opened, per
 * day); and the first-steps wizards' funnel. Loads them from the studio API for the chosen period, unless
 * `reports` is given.
 *
 * @tag dh-studio-reports
 * @summary The editors' reports.
 *
 * @fires dh-create-article - "Artikel anlegen" for a search without results. `detail: { keyword, lang }`.
 */
export class DhStudioReports extends LitElement {
  static override styles = styles;

  /** Base URL of the studio API; same origin by default. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The period in days up to today. */
  @property({ type: Number }) days: number = 28;

  /** The reports shown; loaded for `days` when the element connects without them. */
  @property({ attribute: false }) reports?: StudioReports;

  @state() private loading = false;
  @state() private error = '';
  /** Counts loads, so that the answer of an older one is dropped. */
  private loads = 0;

  private get language(): Language {
    return resolveLanguage(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.reports) void this.load();
  }

  /** Loads the three reports for the period. */
  async load(): Promise<void> {
    const load = ++this.loads;
    const to = dayOf(new Date());
    const range = `?from=${addDays(to, 1 - this.days)}&to=${to}`;
    const client = new JsonClient(this.apiBase, undefined, this.language);
    this.loading = true;
    this.error = '';
    try {
      const [feedback, searches, funnel] = await Promise.all([
        client.request<FeedbackReport>('GET', `/api/studio/reports/feedback${range}`),
        client.request<SearchReport>('GET', `/api/studio/reports/searches${range}`),
        client.request<FunnelReport>('GET', `/api/studio/reports/funnel${range}`),
      ]);
      if (load === this.loads) this.reports = { feedback, searches, funnel };
    } catch (error) {
      if (load === this.loads) this.error = (error as ApiCallError).message;
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  private choosePeriod(event: Event) {
    this.days = Number((event.target as HTMLSelectElement).value);
    void this.load();
  }

  private createArticle({ query, lang }: QueryTotal) {
    this.dispatchEvent(
      new CustomEvent<CreateArticleDetail>('dh-create-article', {
        detail: { keyword: query, lang },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render(): unknown {
    const lang = this.language;
    const t = reportsTranslator(lang);
    const reports = this.reports;
    const date = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    const day = (value: string) => date.format(new Date(`${value}T00:00:00Z`));
    return html`
      <div class="toolbar">
        <label>
          ${t('period.label')}
          <select @change=${this.choosePeriod}>
            ${REPORT_PERIODS.map(
              (days) =>
                html`<option value=${days} ?selected=${days === this.days}>
                  ${t('period.days', { count: days })}
                </option>`,
            )}
          </select>
        </label>
        ${this.error ? html`<button type="button" @click=${() => this.load()}>${t('reload')}</button>` : nothing}
      </div>
      <p class="status" role="status">
        ${
          this.loading
            ? t('loading')
            : reports
              ? t('period.range', { from: day(reports.searches.from), to: day(reports.searches.to) })
              : ''
        }
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        reports
          ? html`${this.renderFeedback(t, reports.feedback, day)} ${this.renderSearches(t, reports.searches, day)}
            ${this.renderFunnel(t, reports.funnel)}`
          : nothing
      }
    `;
  }

  /** "KW 49/2026" for `2026-W49`. */
  private week(t: Translate, week: string) {
    const [year, number] = week.split('-W');
    return t('week', { week: Number(number), year });
  }

  private renderFeedback(t: Translate, report: FeedbackReport, day: (value: string) => string) {
    return html`<section aria-labelledby="feedback">
      <h2 id="feedback">${t('feedback.title')}</h2>
      ${
        report.rows.length
          ? this.table(
              'feedback-table',
              t('feedback.caption'),
              [t('feedback.article'), t('feedback.language'), t('feedback.week')],
              [t('feedback.helpful'), t('feedback.notHelpful')],
              [t('feedback.comments')],
              report.rows.map(
                (row) =>
                  html`<tr>
                    <th scope="row">
                      ${row.title ?? t('feedback.unpublished')} <span class="id">${row.articleId}</span>
                    </th>
                    <td>${t(`languages.${row.lang}`)}</td>
                    <td>${this.week(t, row.week)}</td>
                    <td class="number">${row.helpful}</td>
                    <td class="number">${row.notHelpful}</td>
                    <td>
                      ${
                        row.comments.length
                          ? html`<ul>
                              ${row.comments.map(
                                (c) => html`<li><time datetime=${c.day}>${day(c.day)}</time>: ${c.text}</li>`,
                              )}
                            </ul>`
                          : t('feedback.noComments')
                      }
                    </td>
                  </tr>`,
              ),
            )
          : html`<p>${t('feedback.empty')}</p>`
      }
    </section>`;
  }

  private renderSearches(t: Translate, report: SearchReport, day: (value: string) => string) {
    const summary = summariseSearches(report);
    const language = (lang: string) => t(`languages.${lang}`);
    const none = html`<p>${t('searches.none')}</p>`;
    return html`<section aria-labelledby="searches">
      <h2 id="searches">${t('searches.title')}</h2>
      ${
        report.days.length
          ? html`<p>${t('searches.summary', { count: summary.searches, noResults: summary.noResults })}</p>
              <p class="note">${t('searches.privacy', { min: report.minSearches })}</p>
              ${
                summary.top.length
                  ? this.table(
                      'top-table',
                      t('searches.top'),
                      [t('searches.query'), t('searches.language')],
                      [t('searches.count'), t('searches.noResults')],
                      [],
                      summary.top.map(
                        (q) =>
                          html`<tr>
                            <th scope="row">${q.query}</th>
                            <td>${language(q.lang)}</td>
                            <td class="number">${q.searches}</td>
                            <td class="number">${q.noResults}</td>
                          </tr>`,
                      ),
                    )
                  : none
              }
              ${
                summary.withoutResults.length
                  ? this.table(
                      'without-results-table',
                      t('searches.withoutResults'),
                      [t('searches.query'), t('searches.language')],
                      [t('searches.noResults')],
                      [t('searches.action')],
                      summary.withoutResults.map(
                        (q) =>
                          html`<tr>
                            <th scope="row">${q.query}</th>
                            <td>${language(q.lang)}</td>
                            <td class="number">${q.noResults}</td>
                            <td>
                              <button type="button" @click=${() => this.createArticle(q)}>
                                <span aria-hidden="true">${t('searches.createArticle')}</span>
                                <span class="visually-hidden"
                                  >${t('searches.createArticleFor', { query: q.query })}</span
                                >
                              </button>
                            </td>
                          </tr>`,
                      ),
                    )
                  : nothing
              }
              ${
                summary.opened.length
                  ? this.table(
                      'opened-table',
                      t('searches.opened'),
                      [t('searches.query'), t('searches.language'), t('searches.article')],
                      [t('searches.opens')],
                      [],
                      summary.opened.map(
                        (o) =>
                          html`<tr>
                            <th scope="row">${o.query}</th>
                            <td>${language(o.lang)}</td>
                            <td>${o.title ?? o.articleId}</td>
                            <td class="number">${o.opens}</td>
                          </tr>`,
                      ),
                    )
                  : nothing
              }
              ${this.table(
                'per-day-table',
                t('searches.perDay'),
                [t('searches.day'), t('searches.language')],
                [t('searches.count'), t('searches.noResults')],
                [],
                report.days.map(
                  (d) =>
                    html`<tr>
                      <th scope="row"><time datetime=${d.day}>${day(d.day)}</time></th>
                      <td>${language(d.lang)}</td>
                      <td class="number">${d.searches}</td>
                      <td class="number">${d.noResults}</td>
                    </tr>`,
                ),
              )}`
          : html`<p>${t('searches.empty')}</p>`
      }
    </section>`;
  }

  private renderFunnel(t: Translate, report: FunnelReport) {
    return html`<section aria-labelledby="funnel">
      <h2 id="funnel">${t('funnel.title')}</h2>
      ${
        report.weeks.length
          ? html`<p class="note">${t('funnel.intro')}</p>
              ${report.weeks.map((week, index) =>
                this.table(
                  `funnel-table-${index}`,
                  t('funnel.caption', {
                    flow: t(`funnel.flows.${week.flow}`),
                    week: this.week(t, week.week),
                    count: week.users,
                  }),
                  [t('funnel.step')],
                  [t('funnel.started'), t('funnel.finished')],
                  [],
                  week.steps.map(
                    (step) =>
                      html`<tr>
                        <th scope="row">${t(`funnel.steps.${step.step}`)}</th>
                        <td class="number">${step.started}</td>
                        <td class="number">${step.finished}</td>
                      </tr>`,
                  ),
                ),
              )}`
          : html`<p>${t('funnel.empty')}</p>`
      }
    </section>`;
  }

  /**
   * A table with its caption, in a region that scrolls sideways on narrow screens (focusable, so that the
   * keyboard can scroll it). Columns: text, then numbers (right-aligned), then text again.
   */
  private table(id: string, caption: string, text: string[], numbers: string[], after: string[], rows: unknown) {
    return html`<div class="table" role="region" aria-labelledby=${id} tabindex="0">
      <table>
        <caption id=${id}>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${text.map((h) => html`<th scope="col">${h}</th>`)}
            ${numbers.map((h) => html`<th scope="col" class="number">${h}</th>`)}
            ${after.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  }
}

// Once, also when the studio's bundle and this module's own import both load it.
if (!customElements.get('dh-studio-reports')) customElements.define('dh-studio-reports', DhStudioReports);
