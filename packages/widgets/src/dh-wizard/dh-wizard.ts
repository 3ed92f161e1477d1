import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HelpApiClient } from '@direkthilfe/core/help/api-client';
import {
  advance,
  goBack,
  skip,
  wizardView,
  type DerivedState,
  type SavedProgress,
  type StepStatus,
} from '@direkthilfe/core/wizard/engine';
import { FLOWS } from '@direkthilfe/core/wizard/flows';
import '../i18n/wizard-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { defineElement } from '../shared/define.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import { styles } from './dh-wizard.styles.js';

const ICONS: Record<StepStatus, string> = { done: '✓', current: '➜', open: '○', skipped: '–' };

/**
 * A step-by-step onboarding wizard. The flow is data in `@direkthilfe/core`; which steps are done comes
 * from the backend (`/api/onboarding/:flow`), so progress continues on any device. "Weiter" waits until
 * the backend confirms the step; optional steps can be skipped.
 *
 * @tag dh-wizard
 * @summary Onboarding wizard driven by the backend's state.
 *
 * @fires dh-wizard-close - "Später fortsetzen". `detail: { flow }`.
 * @fires dh-wizard-step - The current step changed. `detail: { flow, step }`.
 * @fires dh-article-link - A help article of the step was chosen. `detail: { id }`.
 *
 * @csspart base - The wizard.
 * @csspart steps - The step list.
 * @csspart step - The current step's panel.
 */
export class DhWizard extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];

  /** `admin-first-setup` or `user-first-login`. */
  @property() flow = 'admin-first-setup';

  /** Base URL of the portal API; same origin by default. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Backend state and saved progress; loaded from the API unless set. */
  @property({ attribute: false }) derived?: DerivedState;
  @property({ attribute: false }) progress: SavedProgress = {};

  @state() private failed = false;
  @state() private announcement = '';

  private readonly language = new LanguageController(this);
  private lastStep?: string;

  private get api() {
    return new HelpApiClient(this.apiBase);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.derived) void this.refresh();
    document.addEventListener('visibilitychange', this.onVisible);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  /** Coming back from the portal page where the step is done: ask the backend again. */
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  /** Reads the backend's state and the saved progress. */
  async refresh(): Promise<void> {
    try {
      const answer = await this.api.onboarding(this.flow);
      this.derived = answer.derived;
      const saved = answer.state as SavedProgress;
      // The step on screen stays, unless the server knows where the user was (another device).
      this.progress = { ...saved, current: saved.current ?? this.progress.current };
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  private async move(next: SavedProgress) {
    this.progress = next;
    try {
      await this.api.saveOnboarding(this.flow, next);
    } catch {
      // The progress on screen stays; the backend's own state is what counts for "done".
    }
  }

  protected override willUpdate() {
    // The step on screen stays there when the backend confirms it, until the user goes on.
    if (this.derived && FLOWS[this.flow] && !this.progress.current) {
      this.progress = { ...this.progress, current: wizardView(FLOWS[this.flow], this.derived, this.progress).current };
    }
  }

  protected override updated() {
    const view =
      this.derived && FLOWS[this.flow] ? wizardView(FLOWS[this.flow], this.derived, this.progress) : undefined;
    if (!view || view.current === this.lastStep) return;
    const first = this.lastStep === undefined;
    this.lastStep = view.current;
    const t = uiTranslator(this.language.lang);
    this.announcement = t('wizard.announce', {
      position: view.position,
      total: view.total,
      title: t(`wizard.steps.${view.current}.title`),
    });
    // On a change (not on first render), focus goes to the new step's heading.
    if (!first) this.renderRoot.querySelector<HTMLElement>('.step h3')?.focus();
    this.dispatchEvent(
      new CustomEvent('dh-wizard-step', {
        detail: { flow: this.flow, step: view.current },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    const t = uiTranslator(this.language.lang);
    const flow = FLOWS[this.flow];
    if (this.failed) return html`<p role="alert">${t('wizard.error')}</p>`;
    if (!flow || !this.derived) return html`<p role="status">${t('wizard.loading')}</p>`;
    const view = wizardView(flow, this.derived, this.progress);
    const step = view.steps[view.position - 1];
    return html`
      <section part="base" class="wizard" aria-labelledby="wizard-title">
        <h2 id="wizard-title">${t(`wizard.flows.${this.flow}`)}</h2>
        <p class="progress">${t('wizard.progress', { position: view.position, total: view.total })}</p>
        <ol part="steps" aria-label=${t('wizard.stepsLabel')}>
          ${view.steps.map(
            (s) =>
              html`<li data-status=${s.status} aria-current=${s.status === 'current' ? 'step' : nothing}>
                <span class="icon" aria-hidden="true">${ICONS[s.status]}</span>
                <span
                  >${t(`wizard.steps.${s.id}.title`)}
                  <span class="visually-hidden"
                    >(${t(`wizard.status.${s.status}`)}${s.optional ? `, ${t('wizard.optional')}` : ''})</span
                  ></span
                >
              </li>`,
          )}
        </ol>
        <div part="step" class="step">
          <h3 tabindex="-1">
            ${t(`wizard.steps.${step.id}.title`)}${step.optional ? html` <small>(${t('wizard.optional')})</small>` : nothing}
          </h3>
          <p>${t(`wizard.steps.${step.id}.text`)}</p>
          <div class="actions">
            ${step.action ? html`<a class="action" href=${step.action}>${t(`wizard.steps.${step.id}.action`)}</a>` : nothing}
            ${step.articles
              .map(
                (id) =>
                  html`<button
                    type="button"
                    @click=${() => this.dispatchEvent(new CustomEvent('dh-article-link', { detail: { id }, bubbles: true, composed: true }))}
                  >
                    ${t('wizard.help')}
                  </button>`,
              )
              .slice(0, 1)}
            <button type="button" @click=${() => void this.refresh()}>${t('wizard.check')}</button>
          </div>
        </div>
        ${view.complete ? html`<p role="status">${t('wizard.done')}</p>` : nothing}
        ${view.canAdvance ? nothing : html`<p class="reason" id="reason">${t('wizard.notDone')}</p>`}
        <div class="actions">
          <button
            type="button"
            ?disabled=${view.position === 1}
            @click=${() => this.move(goBack(flow, this.derived!, this.progress))}
          >
            ${t('wizard.back')}
          </button>
          ${
            view.canSkip
              ? html`<button type="button" @click=${() => this.move(skip(flow, this.derived!, this.progress))}>
                  ${t('wizard.skip')}
                </button>`
              : nothing
          }
          <button
            type="button"
            class="primary"
            aria-disabled=${view.canAdvance && view.position < view.total ? 'false' : 'true'}
            aria-describedby=${view.canAdvance ? nothing : 'reason'}
            ?disabled=${!view.canAdvance || view.position === view.total}
            @click=${() => this.move(advance(flow, this.derived!, this.progress))}
          >
            ${t('wizard.next')}
          </button>
          <button
            type="button"
            @click=${() => this.dispatchEvent(new CustomEvent('dh-wizard-close', { detail: { flow: this.flow }, bubbles: true, composed: true }))}
          >
            ${t('wizard.later')}
          </button>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }
}

defineElement('dh-wizard', DhWizard);

declare global {
  interface HTMLElementTagNameMap {
    'dh-wizard': DhWizard;
  }
}
