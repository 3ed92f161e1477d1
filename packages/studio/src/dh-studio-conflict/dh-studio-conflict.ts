import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  markedMerge,
  resolveMerge,
  threeWayMerge,
  type MergeResult,
  type Resolution,
} from '@direkthilfe/core/studio/merge';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { formatDateTime } from '../shared/format.js';
import { styles } from './dh-studio-conflict.styles.js';

const RESOLUTIONS: Resolution[] = ['mine', 'theirs', 'both'];

/**
 * The conflict view after a refused save (409): the editor's text and the newer saved one, merged by a
 * three-way merge where the changes do not overlap, and each overlapping place marked with both versions
 * to choose from (both by default). Whatever the editor takes goes to the editor as the new draft on top
 * of the saved revision; the saved one stays in the versions. Nothing is lost either way.
 *
 * @tag dh-studio-conflict
 * @fires dh-studio-merge - The text to continue with. `detail: { source }`.
 */
@customElement('dh-studio-conflict')
export class DhStudioConflict extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The editor's text. */
  @property({ attribute: false }) mine = '';
  /** The revision both started from. */
  @property({ attribute: false }) base = '';
  /** The newer saved revision's text. */
  @property({ attribute: false }) theirs = '';
  /** The newer revision: its number, author and time. */
  @property({ attribute: false }) revision?: { number: number; author: string; createdAt: string };

  @state() private choices: Resolution[] = [];

  private result: MergeResult = { chunks: [], conflicts: 0 };

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('base') || changed.has('mine') || changed.has('theirs')) {
      this.result = threeWayMerge(this.base, this.mine, this.theirs);
      this.choices = [];
    }
  }

  /** Moves the focus to the view's heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private choose(index: number, resolution: Resolution) {
    const choices = [...this.choices];
    choices[index] = resolution;
    this.choices = choices;
  }

  private take(source: string) {
    dispatch(this, 'dh-studio-merge', { source });
  }

  private lines(lines: string[]) {
    return lines.length ? html`<pre>${lines.join('\n')}</pre>` : html`<p class="empty">${this.t('conflict.empty')}</p>`;
  }

  override render(): unknown {
    const result = this.result;
    const revision = this.revision;
    const count = result.conflicts;
    let index = -1;
    return html`
      <section aria-labelledby="conflict-title">
        <h2 id="conflict-title" tabindex="-1">${this.t('conflict.title')}</h2>
        <p>
          ${
            revision
              ? this.t('conflict.intro', {
                  revision: revision.number,
                  author: revision.author,
                  date: formatDateTime(revision.createdAt, this.uiLang),
                })
              : nothing
          }
        </p>
        <p class="summary ${count ? 'has-conflicts' : ''}">
          ${count ? this.t('conflict.conflicts', { count }) : this.t('conflict.clean')}
        </p>
        <h3>${this.t('conflict.merged')}</h3>
        <div class="merged">
          ${result.chunks.map((chunk) => {
            if (chunk.kind === 'merged') return html`<pre class="same">${chunk.lines.join('\n')}</pre>`;
            const i = ++index;
            const n = i + 1;
            const chosen = this.choices[i] ?? 'both';
            return html`<section class="conflict" aria-labelledby="place-${n}">
              <h4 id="place-${n}">${this.t('conflict.place', { n, count })}</h4>
              <div class="sides">
                <div class="side mine">
                  <p class="side-label">${this.t('conflict.mine')}</p>
                  ${this.lines(chunk.mine)}
                </div>
                <div class="side theirs">
                  <p class="side-label">${this.t('conflict.theirs')}</p>
                  ${this.lines(chunk.theirs)}
                </div>
              </div>
              <details>
                <summary>${this.t('conflict.base')}</summary>
                ${this.lines(chunk.base)}
              </details>
              <fieldset>
                <legend>${this.t('conflict.choice', { n })}</legend>
                ${RESOLUTIONS.map(
                  (resolution) =>
                    html`<div class="choice">
                      <input
                        type="radio"
                        name="place-${n}"
                        id="place-${n}-${resolution}"
                        .checked=${chosen === resolution}
                        @change=${() => this.choose(i, resolution)}
                      />
                      <label for="place-${n}-${resolution}">${this.t(`conflict.${resolution}`)}</label>
                    </div>`,
                )}
              </fieldset>
            </section>`;
          })}
        </div>
        <div class="actions">
          <button type="button" class="button primary" @click=${() => this.take(resolveMerge(result, this.choices))}>
            ${this.t('conflict.take')}
          </button>
          ${
            count
              ? html`<button
                  type="button"
                  class="button"
                  @click=${() =>
                    this.take(
                      markedMerge(result, {
                        mine: this.t('conflict.mine'),
                        theirs: `${this.t('conflict.theirs')} (${this.t('editor.revision', { revision: revision?.number ?? '' })})`,
                      }),
                    )}
                >
                  ${this.t('conflict.takeMarked')}
                </button>`
              : nothing
          }
          <button type="button" class="button" @click=${() => this.take(this.mine)}>
            ${this.t('conflict.keepMine')}
          </button>
        </div>
        <details>
          <summary>${this.t('conflict.wholeMine')}</summary>
          <pre>${this.mine}</pre>
        </details>
        <details>
          <summary>${this.t('conflict.wholeTheirs', { revision: revision?.number ?? '' })}</summary>
          <pre>${this.theirs}</pre>
        </details>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-conflict': DhStudioConflict;
  }
}
