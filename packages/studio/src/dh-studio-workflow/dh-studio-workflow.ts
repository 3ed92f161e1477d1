import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { StudioLanguageState, WorkflowAction } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { formatDateTime } from '../shared/format.js';
import { styles } from './dh-studio-workflow.styles.js';

/** What an article's state offers, in the order of the buttons. */
function actionsFor(state: Pick<StudioLanguageState, 'status' | 'publishedRevision'>): WorkflowAction[] {
  const live = state.publishedRevision !== null;
  switch (state.status) {
    case 'draft':
      return ['submit', 'publish', ...(live ? (['unpublish'] as const) : [])];
    case 'review':
      return ['publish', 'withdraw', ...(live ? (['unpublish'] as const) : [])];
    case 'scheduled':
      return ['publish', 'withdraw', ...(live ? (['unpublish'] as const) : [])];
    case 'published':
      return ['unpublish'];
  }
}

/** `datetime-local`'s value for a moment, in the reader's time zone. */
const localInput = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/**
 * The workflow of one language version: Entwurf → "Zur Prüfung geben" → "Veröffentlichen" (now or at a
 * time in the future), "Zurückziehen" (out of the help), "Zurück in den Entwurf". Only what was saved can
 * move on: with unsaved changes the buttons wait and say so.
 *
 * @tag dh-studio-workflow
 * @fires dh-studio-workflow - A step was chosen. `detail: { action, publishAt? }`.
 */
@customElement('dh-studio-workflow')
export class DhStudioWorkflow extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The language version's state; revision 0 (a new article) offers nothing yet. */
  @property({ attribute: false }) state?: Pick<
    StudioLanguageState,
    'status' | 'revision' | 'publishedRevision' | 'publishAt'
  >;

  /** Unsaved changes: the steps wait for a save. */
  @property({ type: Boolean }) dirty = false;

  /** A step is on its way. */
  @property({ type: Boolean }) busy = false;

  /** What the last step did ("Der Artikel ist veröffentlicht."), announced politely. */
  @property() notice = '';

  /** Why the last step failed, announced at once. */
  @property() error = '';

  @state() private dateError = '';

  private run(action: WorkflowAction) {
    dispatch(this, 'dh-studio-workflow', { action });
  }

  private schedule(event: SubmitEvent) {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('input')!;
    const when = new Date(input.value);
    if (!input.value || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
      this.dateError = this.t('workflow.pastDate');
      void this.updateComplete.then(() => input.focus());
      return;
    }
    this.dateError = '';
    dispatch(this, 'dh-studio-workflow', { action: 'schedule', publishAt: when.toISOString() });
  }

  override render(): unknown {
    const current = this.state;
    if (!current || current.revision === 0) return nothing;
    const waiting = this.dirty || this.busy;
    const live =
      current.status === 'scheduled' && current.publishAt
        ? this.t('workflow.scheduledAt', { date: formatDateTime(current.publishAt, this.uiLang) })
        : current.publishedRevision !== null
          ? this.t('workflow.live', { revision: current.publishedRevision })
          : this.t('workflow.notLive');
    const canSchedule = current.status === 'draft' || current.status === 'review';
    const soon = new Date(Date.now() + 60 * 60_000);
    return html`<section aria-labelledby="workflow-title">
      <h2 id="workflow-title">${this.t('workflow.legend')}</h2>
      <p class="state">
        <span class="badge ${current.status}"
          >${this.t('workflow.status', { status: this.t(`status.${current.status}`) })}</span
        >
        ${live}
      </p>
      ${this.dirty ? html`<p class="hint" id="save-first">${this.t('workflow.saveFirst')}</p>` : nothing}
      <div class="actions">
        ${actionsFor(current).map(
          (action) =>
            html`<button
              type="button"
              class="button ${action === 'publish' ? 'primary' : ''}"
              data-action=${action}
              ?disabled=${waiting}
              aria-describedby=${this.dirty ? 'save-first' : nothing}
              @click=${() => this.run(action)}
            >
              ${this.t(`workflow.${action}`)}
            </button>`,
        )}
      </div>
      ${
        canSchedule
          ? html`<form class="schedule" novalidate @submit=${this.schedule}>
              <div class="field">
                <label for="publish-at">${this.t('workflow.scheduleAt')}</label>
                <input
                  id="publish-at"
                  type="datetime-local"
                  min=${localInput(new Date())}
                  .value=${localInput(soon)}
                  aria-invalid=${this.dateError ? 'true' : 'false'}
                  aria-describedby=${this.dateError ? 'publish-at-error' : nothing}
                />
                ${this.dateError ? html`<p class="error" id="publish-at-error">${this.dateError}</p>` : nothing}
              </div>
              <button type="submit" class="button" ?disabled=${waiting}>${this.t('workflow.schedule')}</button>
            </form>`
          : nothing
      }
      <p class="status" role="status">${this.busy ? this.t('workflow.busy') : this.notice}</p>
      <p class="alert" role="alert">${this.error}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-workflow': DhStudioWorkflow;
  }
}
