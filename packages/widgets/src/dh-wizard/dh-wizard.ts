import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PortalClient } from '@direkthilfe/core/portal/portal-client';
import {
  advance,
  goBack,
  wizardView,
  type DerivedState,
  type SavedProgress,
  type StepStatus,
  type WizardView,
} from '@direkthilfe/core/wizard/engine';
import { FLOWS } from '@direkthilfe/core/wizard/flows';
import '../i18n/wizard-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { dispatch } from '../shared/dispatch.js';
import type { WizardStepDetail } from '../events.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import { controlStyles } from './controls.styles.js';
import { styles } from './dh-wizard.styles.js';
import { hasStepView, renderStepView } from './steps/step-views.js';
import type { StepDoneDetail } from './steps/wizard-step.js';

const ICONS: Record<StepStatus, string> = { done: '✓', current: '➜', open: '○', skipped: '–' };

/** Before a session exists (registering, the first login), progress stays in this tab only. */
const tabStore = {
  key: (flow: string) => `dh-wizard:${flow}`,
  read(flow: string): SavedProgress | undefined {
    try {
      return JSON.parse(sessionStorage.getItem(this.key(flow)) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  },
  write(flow: string, progress: SavedProgress) {
    try {
      sessionStorage.setItem(this.key(flow), JSON.stringify(progress));
    } catch {
      // Storage may be blocked; the progress on screen stays.
    }
  },
  clear(flow: string) {
    try {
      sessionStorage.removeItem(this.key(flow));
    } catch {
      // As above.
    }
  },
};

/**
 * A step-by-step onboarding wizard. The flow is data in `@direkthilfe/core`; which steps are done comes
 * from the backend (`/api/onboarding/:flow`), so progress continues on any device. Each step embeds the
 * real form for it, which calls the portal API; "Weiter" waits until the backend confirms the step, and
 * optional steps can be skipped.
 *
 * @tag dh-wizard
 * @summary Onboarding wizard driven by the backend's state.
 *
 * @fires dh-wizard-close - "Später fortsetzen" or "Schließen" at the end. `detail: { flow, complete }`.
 * @fires dh-wizard-step - The current step changed. `detail: { flow, step, position, total }`.
 * @fires dh-article-link - A help article of the step was chosen. `detail: { id }`.
 * @fires dh-session-change - A step signed the user in or out (registration, a login): the host page
 *   updates its header and forms. `detail: { authenticated }`.
 * @fires dh-wizard-navigate - The wizard goes to the page the portal itself opens after a step (after the
 *   new password: the Übersicht). Cancelable; unless cancelled, the browser goes there. `detail: { url }`.
 *
 * @csspart base - The wizard.
 * @csspart progress - The progress header: bar, "Schritt 3 von 8" and the collapsible step list.
 * @csspart steps - The step list.
 * @csspart step - The current step's panel.
 * @csspart finish - The finish screen with the next actions.
 */
export class DhWizard extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, controlStyles, styles];

  /** `admin-first-setup` or `user-first-login`. */
  @property() flow = 'admin-first-setup';

  /** Base URL of the portal API; same origin by default. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The portal API the steps call; same origin by default. Set it for another transport (as the stories do). */
  @property({ attribute: false }) client = new PortalClient();

  /** Moves focus to the wizard's heading once it has loaded (when it was just started). */
  @property({ type: Boolean, attribute: 'focus-on-load' }) focusOnLoad = false;

  /** Backend state and saved progress; loaded from the API unless set. */
  @property({ attribute: false }) derived?: DerivedState;
  @property({ attribute: false }) progress: SavedProgress = {};

  @state() private failed = false;
  @state() private announcement = '';
  @state() private authenticated = false;
  @state() private demo = false;
  /** What the backend confirmed of the step just left, said at the top of the next one. */
  @state() private confirmation = '';

  private readonly language = new LanguageController(this);
  /** Where the user stands, computed once per update from the backend's state and the progress. */
  private view?: WizardView;
  private lastStep?: string;
  /** The step shown before this update, with its position and whether the backend confirmed it. */
  private shown?: { id: string; position: number; done: boolean };
  /** Set when the step changed in this update: where focus goes, and what `dh-wizard-step` says. */
  private moved?: { focus?: 'step' | 'title' | 'finish'; detail: WizardStepDetail; navigate?: string };
  /** Whether the session is known yet: the first answer only sets it, later changes are announced. */
  private sessionKnown = false;
  /** Counts the changes of the progress here: an answer asked for before the last one does not undo it. */
  private changes = 0;
  /** The saves on their way, one after the other, so that the backend keeps the newest progress. */
  private saving: Promise<void> = Promise.resolve();

  override connectedCallback() {
    super.connectedCallback();
    if (!this.derived) void this.refresh();
    document.addEventListener('visibilitychange', this.onVisible);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  /** Coming back from another tab or the portal page where the step is done: ask the backend again. */
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  /** Reads the backend's state and the saved progress. */
  async refresh(): Promise<void> {
    const changes = this.changes;
    try {
      const answer = await this.client.onboarding(this.flow);
      const signedIn = this.sessionKnown && answer.authenticated !== this.authenticated;
      this.sessionKnown = true;
      this.authenticated = answer.authenticated;
      this.demo = answer.demo === true;
      this.derived = answer.derived;
      if (signedIn) dispatch(this, 'dh-session-change', { authenticated: answer.authenticated });
      const inTab = tabStore.read(this.flow);
      if (!answer.authenticated) {
        this.progress = inTab ?? this.progress;
      } else if (inTab) {
        // Just logged in: what was done before the session joins the saved progress.
        const saved = answer.state as SavedProgress;
        await this.save({ ...inTab, ...saved, choices: { ...inTab.choices, ...saved.choices } });
      } else if (changes === this.changes) {
        const saved = answer.state as SavedProgress;
        // The step on screen stays, unless the server knows where the user was (another device).
        this.progress = { ...saved, current: saved.current ?? this.progress.current };
      }
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  /** Keeps the progress: on the server once there is a session, else in this tab. */
  private save(next: SavedProgress): Promise<void> {
    this.progress = next;
    const change = ++this.changes;
    if (!this.authenticated) {
      tabStore.write(this.flow, next);
      return Promise.resolve();
    }
    // "Weiter" pressed while a step's own save is on its way: saved after it, and only the newest progress.
    this.saving = this.saving.then(async () => {
      if (change !== this.changes) return;
      try {
        const answer = await this.client.saveOnboarding(this.flow, next);
        this.derived = answer.derived;
        tabStore.clear(this.flow);
      } catch {
        // The progress on screen stays; the backend's own state is what counts for "done".
      }
    });
    return this.saving;
  }

  /** A step's form was accepted by the backend: keep what it hands over, ask again, and go on. */
  private async onStepDone(event: CustomEvent<StepDoneDetail>) {
    event.stopPropagation();
    const next = { ...this.progress, ...event.detail.progress };
    if (!this.authenticated) await this.refresh();
    await this.save(next);
    if (this.authenticated) await this.refresh();
    if (event.detail.advance !== false) await this.save(advance(FLOWS[this.flow], this.derived!, this.progress));
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('apiBase') && !changed.has('client')) this.client = new PortalClient(this.apiBase);
    // The API answers in the reader's language, so its errors read like the rest of the wizard.
    this.client.language = this.language.lang;
    const view = (this.view =
      this.derived && FLOWS[this.flow] ? wizardView(FLOWS[this.flow], this.derived, this.progress) : undefined);
    // The step on screen stays there when the backend confirms it, until the user goes on.
    if (view && !this.progress.current) this.progress = { ...this.progress, current: view.current };
    const key = view && `${view.current}${view.complete}`;
    const shown = this.shown;
    if (view) {
      const step = view.steps[view.position - 1];
      this.shown = { id: step.id, position: view.position, done: view.currentDone };
    }
    if (!view || key === this.lastStep) return;
    const first = this.lastStep === undefined;
    this.lastStep = key;
    const t = uiTranslator(this.language.lang);
    // Going on from a step the backend confirmed: say what it confirmed, at the top of the next step.
    const forward = shown && !first && (view.complete || view.position > shown.position);
    // Confirmed by the backend (also when it confirmed the step in the same answer that moved the wizard on).
    const confirmed = shown && (shown.done || view.steps.find((s) => s.id === shown.id)?.status === 'done');
    this.confirmation = forward && confirmed ? t(`wizard.steps.${shown.id}.confirmed`, { defaultValue: '' }) : '';
    const step = view.steps[view.position - 1];
    this.announcement = view.complete
      ? `${t('wizard.finished.heading')} ${t(`wizard.finished.${this.flow}`)}`
      : [
          this.confirmation && `${t('wizard.confirmedPrefix')} ${this.confirmation}`,
          t('wizard.announce', {
            position: view.position,
            total: view.total,
            title: t(`wizard.steps.${view.current}.title`),
          }),
        ]
          .filter(Boolean)
          .join(' ');
    this.moved = {
      focus: first ? (this.focusOnLoad ? 'title' : undefined) : view.complete ? 'finish' : 'step',
      detail: { flow: this.flow, step: view.current, position: view.position, total: view.total },
      // The portal opens this step's page by itself (after the new password, the Übersicht).
      navigate:
        !first && forward && step.opensPage && step.action && location.pathname !== step.action
          ? step.action
          : undefined,
    };
  }

  protected override updated() {
    const moved = this.moved;
    if (!moved) return;
    this.moved = undefined;
    // On a change, focus goes to the new step's heading; on load, to the wizard's, if it was just started.
    if (moved.focus === 'step') this.renderRoot.querySelector<HTMLElement>('.step h3')?.focus();
    if (moved.focus === 'title') this.renderRoot.querySelector<HTMLElement>('#wizard-title')?.focus();
    if (moved.focus === 'finish') this.renderRoot.querySelector<HTMLElement>('#finish-title')?.focus();
    dispatch(this, 'dh-wizard-step', moved.detail);
    if (moved.navigate && dispatch(this, 'dh-wizard-navigate', { url: moved.navigate }, true))
      location.assign(moved.navigate);
  }

  private close(complete: boolean) {
    dispatch(this, 'dh-wizard-close', { flow: this.flow, complete });
  }

  private article(id: string) {
    dispatch(this, 'dh-article-link', { id });
  }

  override render(): unknown {
    const lang = this.language.lang;
    const t = uiTranslator(lang);
    const flow = FLOWS[this.flow];
    if (this.failed) {
      return html`<div role="alert">
        <p>${t('wizard.error')}</p>
        <button type="button" @click=${() => void this.refresh()}>${t('wizard.retry')}</button>
      </div>`;
    }
    const { view, derived } = this;
    if (!flow || !view || !derived) return html`<p role="status">${t('wizard.loading')}</p>`;
    const position = view.complete
      ? t('wizard.finished.heading')
      : t('wizard.progress', { position: view.position, total: view.total });
    return html`
      <section part="base" class="wizard" aria-labelledby="wizard-title" @dh-wizard-step-done=${this.onStepDone}>
        <header part="progress" class="head">
          <h2 id="wizard-title" tabindex="-1">${t(`wizard.flows.${this.flow}`)}</h2>
          <p class="progress" id="wizard-position">${position}</p>
          <progress
            max=${view.total}
            .value=${view.complete ? view.total : view.position - 1}
            aria-labelledby="wizard-position"
          ></progress>
          <details>
            <summary>${t('wizard.allSteps')}</summary>
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
          </details>
        </header>
        ${view.complete ? this.renderFinish() : this.renderStep(view, derived)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderStep(view: WizardView, derived: DerivedState) {
    const lang = this.language.lang;
    const t = uiTranslator(lang);
    const flow = FLOWS[this.flow];
    const step = view.steps[view.position - 1];
    const last = view.position === view.total;
    return html`
      ${this.confirmation ? html`<p class="confirmation"><span aria-hidden="true">✓</span> ${this.confirmation}</p>` : nothing}
      <div part="step" class="step">
        <h3 tabindex="-1">
          ${t(`wizard.steps.${step.id}.title`)}${step.optional ? html` <small>(${t('wizard.optional')})</small>` : nothing}
        </h3>
        <p>${t(`wizard.steps.${step.id}.text`)}</p>
        ${
          hasStepView(step.id)
            ? renderStepView(step.id, { client: this.client, progress: this.progress, derived, lang, demo: this.demo })
            : nothing
        }
        <div class="actions">
          ${
            step.action && !hasStepView(step.id)
              ? html`<a class="action" href=${step.action}>${t(`wizard.steps.${step.id}.action`)}</a>`
              : nothing
          }
          ${
            step.articles.length
              ? html`<button type="button" class="link" @click=${() => this.article(step.articles[0])}>
                  ${t('wizard.help')}
                </button>`
              : nothing
          }
        </div>
      </div>
      ${view.canAdvance ? nothing : html`<p class="reason" id="reason">${t(`wizard.steps.${step.id}.waiting`, { defaultValue: t('wizard.notDone') })}</p>`}
      <div class="actions">
        <button
          type="button"
          ?disabled=${view.position === 1}
          @click=${() => this.save(goBack(flow, this.derived!, this.progress))}
        >
          ${t('wizard.back')}
        </button>
        <button
          type="button"
          class="primary"
          aria-describedby=${view.canAdvance ? nothing : 'reason'}
          ?disabled=${!view.canAdvance}
          @click=${() => this.save(advance(flow, this.derived!, this.progress))}
        >
          ${last ? t('wizard.finish') : t('wizard.next')}
        </button>
        ${last ? nothing : html`<button type="button" @click=${() => this.close(false)}>${t('wizard.later')}</button>`}
      </div>
    `;
  }

  /** The end: what is done, and where to go next (the portal pages of the flow's own steps). */
  private renderFinish() {
    const t = uiTranslator(this.language.lang);
    const admin = this.flow === 'admin-first-setup';
    const page = (step: string) => FLOWS[this.flow].steps.find((s) => s.id === step)?.action ?? '/';
    return html`<div part="finish" class="finish">
      <p class="finish-icon" aria-hidden="true">✓</p>
      <h3 id="finish-title" tabindex="-1">${t('wizard.finished.heading')}</h3>
      <p>${t(`wizard.finished.${this.flow}`)}</p>
      <h4>${t('wizard.finished.nextHeading')}</h4>
      <div class="actions">
        ${
          admin
            ? html`<a class="action primary" href=${page('set-up-workplace')}
                  >${t('wizard.finished.anotherWorkplace')}</a
                >
                <a class="action" href=${page('bsp-access')}>${t('wizard.finished.adminOverview')}</a>`
            : html`<a class="action primary" href=${page('overview')}>${t('wizard.finished.userOverview')}</a>`
        }
        <button type="button" @click=${() => this.close(true)}>${t('wizard.close')}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-wizard': DhWizard;
  }
}
