import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { diffStats, lineDiff, withContext, type DiffLine } from '@direkthilfe/core/studio/line-diff';
import type { RevisionInfo } from '@direkthilfe/core/studio/studio-client';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { phoneTableStyles, studioStyles } from '../shared/controls.styles.js';
import { formatDateTime } from '../shared/format.js';
import { styles } from './dh-studio-revisions.styles.js';

const MARKS: Record<DiffLine['kind'], string> = { added: '+', removed: '−', same: '' };
const WORDS: Record<DiffLine['kind'], string> = { added: 'added', removed: 'removed', same: 'unchanged' };

/**
 * "Versionen": every revision of a language version, newest first, with author, time, note and origin;
 * any two compared line by line; "Wiederherstellen" makes an old one the new draft (a new revision, so
 * nothing is lost).
 *
 * @tag dh-studio-revisions
 * @fires dh-studio-restore - "Wiederherstellen" was chosen. `detail: { number }`.
 */
@customElement('dh-studio-revisions')
export class DhStudioRevisions extends StudioElement {
  static override styles = [studioStyles, styles, phoneTableStyles];

  /** The revisions, newest first; undefined while they load. */
  @property({ attribute: false }) revisions?: RevisionInfo[];

  /** Loads a revision's Markdown. */
  @property({ attribute: false }) load?: (number: number) => Promise<string>;

  /** A restore is on its way. */
  @property({ type: Boolean }) busy = false;

  @state() private older?: number;
  @state() private newer?: number;
  @state() private compared?: { older: number; newer: number; diff: DiffLine[] };
  @state() private comparing = false;
  @state() private error = '';

  /** Moves the focus to the heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    // By default the newest revision against the one before it.
    if (changed.has('revisions') && this.revisions?.length) {
      const numbers = this.revisions.map((r) => r.number);
      if (this.newer === undefined || !numbers.includes(this.newer)) this.newer = numbers[0];
      if (this.older === undefined || !numbers.includes(this.older)) this.older = numbers[1] ?? numbers[0];
    }
  }

  private async compare(event: SubmitEvent) {
    event.preventDefault();
    if (!this.load || this.older === undefined || this.newer === undefined) return;
    const [older, newer] = [Math.min(this.older, this.newer), Math.max(this.older, this.newer)];
    this.comparing = true;
    this.error = '';
    try {
      const [before, after] = await Promise.all([this.load(older), this.load(newer)]);
      this.compared = { older, newer, diff: lineDiff(before, after) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#diff-title')?.focus();
    } catch (error) {
      this.error = error instanceof ApiCallError ? error.message : String(error);
    } finally {
      this.comparing = false;
    }
  }

  private renderSelect(id: 'older' | 'newer') {
    return html`<div class="field">
      <label for="compare-${id}">${this.t(`revisions.compare.${id}`)}</label>
      <select id="compare-${id}" @change=${(e: Event) => (this[id] = Number((e.target as HTMLSelectElement).value))}>
        ${this.revisions!.map(
          (r) =>
            html`<option value=${r.number} ?selected=${r.number === this[id]}>
              ${this.t('editor.revision', { revision: r.number })} · ${formatDateTime(r.createdAt, this.uiLang)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderDiff() {
    const compared = this.compared;
    if (!compared) return nothing;
    const stats = diffStats(compared.diff);
    const same = stats.added === 0 && stats.removed === 0;
    return html`<section class="diff" aria-labelledby="diff-title">
      <h3 id="diff-title" tabindex="-1">${this.t('revisions.compare.title', compared)}</h3>
      <p>
        ${
          same
            ? this.t('revisions.compare.same')
            : `${this.t('revisions.compare.addedLines', { count: stats.added })}, ${this.t('revisions.compare.removedLines', { count: stats.removed })}.`
        }
      </p>
      ${
        same
          ? nothing
          : html`<table>
              <caption class="visually-hidden">
                ${this.t('revisions.compare.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${this.t('revisions.compare.oldLine')}</th>
                  <th scope="col">${this.t('revisions.compare.newLine')}</th>
                  <th scope="col">${this.t('revisions.compare.change')}</th>
                  <th scope="col">${this.t('revisions.compare.text')}</th>
                </tr>
              </thead>
              <tbody>
                ${withContext(compared.diff).map((line) =>
                  line.kind === 'skipped'
                    ? html`<tr class="skipped">
                        <td colspan="4">${this.t('revisions.compare.skipped', { count: line.count })}</td>
                      </tr>`
                    : html`<tr class=${line.kind}>
                        <td class="number">${line.oldLine ?? ''}</td>
                        <td class="number">${line.newLine ?? ''}</td>
                        <td class="mark">
                          <span aria-hidden="true">${MARKS[line.kind]}</span
                          ><span class="visually-hidden">${this.t(`revisions.compare.${WORDS[line.kind]}`)}</span>
                        </td>
                        <td><code>${line.text}</code></td>
                      </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }

  override render(): unknown {
    const revisions = this.revisions;
    return html`<section aria-labelledby="revisions-title">
      <h2 id="revisions-title" tabindex="-1">${this.t('revisions.title')}</h2>
      ${
        !revisions
          ? html`<p role="status">${this.t('revisions.loading')}</p>`
          : html`<div class="table-wrap">
                <table>
                  <caption class="visually-hidden">
                    ${this.t('revisions.caption')}
                  </caption>
                  <thead>
                    <tr>
                      ${(['number', 'date', 'author', 'message', 'origin', 'actions'] as const).map(
                        (column) => html`<th scope="col">${this.t(`revisions.columns.${column}`)}</th>`,
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    ${revisions.map(
                      (r, i) =>
                        html`<tr>
                          <th scope="row">
                            ${r.number}
                            ${r.published ? html`<span class="published">${this.t('revisions.published')}</span>` : nothing}
                          </th>
                          <td>${formatDateTime(r.createdAt, this.uiLang)}</td>
                          <td>${r.author}</td>
                          <td>${r.message}</td>
                          <td>${this.t(`revisions.origin.${r.origin}`)}</td>
                          <td>
                            ${
                              i === 0
                                ? nothing
                                : html`<button
                                    type="button"
                                    class="button small"
                                    aria-label=${this.t('revisions.restoreLabel', { number: r.number })}
                                    ?disabled=${this.busy}
                                    @click=${() => dispatch(this, 'dh-studio-restore', { number: r.number })}
                                  >
                                    ${this.t('revisions.restore')}
                                  </button>`
                            }
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${
                revisions.length > 1
                  ? html`<form class="compare" novalidate @submit=${this.compare}>
                      <fieldset>
                        <legend>${this.t('revisions.compare.legend')}</legend>
                        <div class="selects">${this.renderSelect('older')} ${this.renderSelect('newer')}</div>
                        <div class="actions">
                          <button type="submit" class="button" ?disabled=${this.comparing}>
                            ${this.t('revisions.compare.submit')}
                          </button>
                        </div>
                      </fieldset>
                    </form>`
                  : nothing
              }
              <p class="status" role="status">${this.comparing ? this.t('revisions.compare.loading') : ''}</p>
              <p class="alert" role="alert">${this.error}</p>
              ${this.renderDiff()}`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-revisions': DhStudioRevisions;
  }
}
