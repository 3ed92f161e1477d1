import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldMessage, passwordMessage } from '@direkthilfe/core/forms/field-messages';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { PortalClient } from '@direkthilfe/core/portal/portal-client';
import type { DerivedState, SavedProgress } from '@direkthilfe/core/wizard/engine';
import type { DhPasswordField } from '../../dh-password-field/dh-password-field.js';
import { coreTranslator, uiTranslator } from '../../i18n/i18n.js';
import { focusRing, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import { controlStyles } from '../controls.styles.js';

/** What a step's form hands back to the wizard when the backend accepted it. */
export interface StepDoneDetail {
  /** Merged into the saved progress, e.g. a checked draft or a choice. */
  progress?: Partial<SavedProgress>;
  /** Go on to the next step once the backend confirms this one (default). */
  advance?: boolean;
}

export interface FieldOptions {
  name: string;
  label: string;
  type?: string;
  autocomplete?: string;
  value?: string;
  hint?: string;
  required?: boolean;
  inputmode?: string;
  readonly?: boolean;
}

/**
 * Base of the forms inside wizard steps: each calls the real portal API and shows its errors at the
 * fields, in the reader's language. On success it fires `dh-wizard-step-done`, and the wizard asks the
 * backend again whether the step is done.
 */
export abstract class WizardStep extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, controlStyles];

  @property({ attribute: false }) client!: PortalClient;
  @property({ attribute: false }) progress: SavedProgress = {};
  @property({ attribute: false }) derived: DerivedState = {};
  /** The backend runs the demo portal: steps may offer simulations in place (clearly marked). */
  @property({ attribute: false }) demo = false;
  /** The reader's language; reflected, so the API's messages and the fields read alike. */
  @property({ reflect: true }) override lang: Language = 'de';

  @state() protected busy = false;
  @state() protected error?: ApiCallError;

  protected get t() {
    return uiTranslator(this.lang);
  }

  /** The strings the wizard shares with the portal pages: field messages, device and order words. */
  protected get shared() {
    return coreTranslator(this.lang);
  }

  protected done(detail: StepDoneDetail = {}) {
    this.dispatchEvent(
      new CustomEvent<StepDoneDetail>('dh-wizard-step-done', { detail, bubbles: true, composed: true }),
    );
  }

  /** Runs a backend call with the form busy; shows a failure at the fields and focuses the first one. */
  protected async submit(action: () => Promise<StepDoneDetail | void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = undefined;
    try {
      const detail = await action();
      if (detail !== undefined) this.done(detail);
    } catch (error) {
      await this.fail(error);
      this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  /** Loads what the step shows; set by steps that load, and offered again after a failed load. */
  protected reload?(): Promise<void>;

  /** A failed load: shown in the alert, with "Erneut versuchen" when the step can load again. */
  @state() protected loadFailed = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.reload?.();
  }

  /**
   * Runs a load of what the step shows. On success an earlier failed load is over; on failure the alert
   * says so and offers "Erneut versuchen", and the answer is undefined.
   */
  protected async load<T>(request: () => Promise<T>): Promise<T | undefined> {
    try {
      const answer = await request();
      if (this.loadFailed) {
        this.loadFailed = false;
        this.error = undefined;
      }
      return answer;
    } catch (error) {
      this.loadFailed = true;
      await this.fail(error);
      return undefined;
    }
  }

  private retryLoad() {
    this.error = undefined;
    this.loadFailed = false;
    void this.reload?.();
  }

  /** Shows a failed call (also of loading what the form needs) in the form's alert and at its fields. */
  protected async fail(error: unknown): Promise<void> {
    this.error = this.placed(
      error instanceof ApiCallError ? error : new ApiCallError(0, 'network', (error as Error).message ?? ''),
    );
    await this.updateComplete;
  }

  /** A password policy answer (422 with the failed rules' messages) belongs at the password field. */
  private placed(error: ApiCallError): ApiCallError {
    const messages = error.data.messages;
    const field = this.renderRoot.querySelector<DhPasswordField>('dh-password-field')?.name;
    if (error.code !== 'password_policy' || !field || !Array.isArray(messages)) return error;
    return new ApiCallError(error.status, error.code, error.message, { [field]: messages.join(' ') }, error.data);
  }

  /**
   * A form's submit handler: checks the fields, then runs the backend call with the form. Declared as a
   * field (`private readonly onSubmit = this.submitHandler(…)`), so the listener stays the same across renders.
   */
  protected submitHandler(action: (form: HTMLFormElement) => Promise<StepDoneDetail | void>) {
    return (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      if (this.validate(form)) void this.submit(() => action(form));
    };
  }

  /** The progress to keep after a call for this user name: the next steps and the login fill it in. */
  protected withUsername(username: string): StepDoneDetail {
    return { progress: { choices: { ...this.progress.choices, username } } };
  }

  /** Checks required fields and e-mail addresses before anything is sent, with the portal's own messages. */
  protected validate(form: HTMLFormElement): boolean {
    const fields: Record<string, string> = {};
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      if (!control.name || control.disabled || fields[control.name] || control.checkValidity()) continue;
      const label = form.querySelector(`label[for="${control.id}"]`)?.textContent?.trim() ?? control.name;
      fields[control.name] = fieldMessage(this.shared, control.validity, label);
    }
    const mismatched: DhPasswordField[] = [];
    for (const field of form.querySelectorAll<DhPasswordField>('dh-password-field')) {
      // The policy itself is the server's to judge; only what is plainly missing or mistyped stays here.
      // A different repetition is the field's to say, once, at the repetition.
      const missing = passwordMessage(this.shared, field.value);
      if (missing) fields[field.name] = missing;
      else if (!field.reportConfirmation(false)) mismatched.push(field);
    }
    if (!Object.keys(fields).length) {
      if (!mismatched.length) return true;
      this.error = undefined;
      mismatched[0].reportConfirmation();
      return false;
    }
    this.error = new ApiCallError(422, 'invalid_input', this.shared('form.invalid'), fields);
    void this.updateComplete.then(() => this.focusFirstError());
    return false;
  }

  protected focusFirstError() {
    const invalid = [...this.renderRoot.querySelectorAll<HTMLElement>('[aria-invalid="true"], dh-password-field')].find(
      (control) => control.localName !== 'dh-password-field' || (control as DhPasswordField).serverError,
    );
    (invalid ?? this.renderRoot.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }

  /** The message at a field: the API's own text for it, if it sent one. */
  protected fieldError(name: string): string | undefined {
    return this.error?.fields[name] || undefined;
  }

  /**
   * The form's alert: the reason when one field is wrong (also said at the field), a request to check the
   * marked fields when several are, the API's message otherwise, or what to do when the server was not reached.
   */
  protected renderAlert(): TemplateResult {
    const error = this.error;
    const reasons = error ? Object.values(error.fields).filter(Boolean) : [];
    const message = !error
      ? ''
      : error.status === 0
        ? this.loadFailed
          ? this.t('wizard.form.loadNetwork')
          : this.shared('form.network')
        : reasons.length === 1
          ? reasons[0]
          : reasons.length
            ? this.shared('form.invalid')
            : error.message;
    return html`<div role="alert" tabindex="-1">
      ${message ? html`<p>${message}</p>` : nothing}
      ${
        error && this.loadFailed && this.reload
          ? html`<button type="button" @click=${this.retryLoad}>${this.t('wizard.retry')}</button>`
          : nothing
      }
    </div>`;
  }

  /**
   * The form's buttons; while the call runs, the button waits and a status says what is happening
   * (`busy`, e.g. "Sie werden angemeldet …", since a login takes seconds).
   */
  protected renderSubmit(
    label: string,
    more: TemplateResult | typeof nothing = nothing,
    busy = this.t('wizard.form.busy'),
  ): TemplateResult {
    return html`<div class="actions">
      <button type="submit" class="primary" ?disabled=${this.busy}>${label}</button>
      ${more}
      <span class="muted" role="status">${this.busy ? busy : nothing}</span>
    </div>`;
  }

  /** What a step confirmed by the backend shows when the user comes back to it. */
  protected renderConfirmed(step: string): TemplateResult {
    return html`<p class="success">${this.t(`wizard.steps.${step}.confirmed`)}</p>`;
  }

  protected renderField(options: FieldOptions): TemplateResult {
    const { name, label, type = 'text', hint } = options;
    const error = this.fieldError(name);
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        ?required=${options.required !== false}
        ?readonly=${options.readonly === true}
        .value=${options.value ?? ''}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${described || nothing}
      />
      ${error ? html`<p class="error" id=${`${name}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  protected formValue(form: HTMLFormElement, name: string): string {
    return String(new FormData(form).get(name) ?? '').trim();
  }
}
