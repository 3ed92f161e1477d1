import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  evaluatePasswordRules,
  type PasswordCheck,
  type RuleId,
  type RuleState,
} from '@direkthilfe/core/password/rules';
import { ruleError, ruleLabel } from '@direkthilfe/core/password/messages';
import type { StrengthEstimate } from '@direkthilfe/core/password/strength';
import '../i18n/password-strings.js';
import { coreTranslator, uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { debounce } from '../shared/debounce.js';
import { dispatch } from '../shared/dispatch.js';
import type { PasswordChangeDetail } from '../events.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';
import { styles } from './dh-password-field.styles.js';
import { keepTogether } from './keep-together.js';
import { loadPasswordData, type PasswordData } from './password-data.js';
import { hideIcon, showIcon } from './visibility-icons.js';

type DisplayState = RuleState | 'open';

const MARKS: Record<DisplayState, string> = { open: '○', met: '✓', failed: '✗', pending: '…' };

/** Waits for a pause in typing before estimating strength, which costs milliseconds per call. */
const STRENGTH_DELAY_MS = 120;
/** Waits longer before announcing, so that screen readers are not interrupted on every keystroke. */
const ANNOUNCE_DELAY_MS = 900;

/**
 * A field for setting a new password. It checks the portal's password policy and estimates the
 * strength while the user types, shows every rule with its state, and takes part in its `<form>`
 * like a native input: it submits its value under `name` and blocks submission while the policy fails.
 *
 * @tag dh-password-field
 * @summary New-password field with live policy rules, strength meter and optional confirmation.
 *
 * @attr lang - Language of the texts (`de` or `en`); without it the nearest `lang` of the page, German by default.
 * @fires dh-password-change - The check result or the strength changed. `detail: { valid, failed, score }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The label of the password input.
 * @csspart input - The password input.
 * @csspart toggle - The "show password" button.
 * @csspart strength - The strength row (label, meter, text).
 * @csspart meter - The strength meter.
 * @csspart strength-text - The strength in words.
 * @csspart rules - The list of rules.
 * @csspart rule - One rule; also `rule-open`, `rule-met`, `rule-failed` or `rule-pending`.
 * @csspart confirm-label - The label of the confirmation input.
 * @csspart confirm-input - The confirmation input.
 * @csspart error - An error message.
 *
 * @cssprop --dh-color-text - Text colour.
 * @cssprop --dh-color-text-muted - Colour of hints.
 * @cssprop --dh-color-surface - Background of inputs and buttons.
 * @cssprop --dh-color-border - Border of inputs.
 * @cssprop --dh-color-accent - Colour of the toggle button.
 * @cssprop --dh-color-accent-contrast - Text on the pressed toggle.
 * @cssprop --dh-color-success - Icon of a met rule.
 * @cssprop --dh-color-danger - Icon of a failed rule and error text.
 * @cssprop --dh-focus-ring-color - Focus outline.
 * @cssprop --dh-font-family - Font.
 * @cssprop --dh-font-size - Base font size.
 * @cssprop --dh-radius - Corner radius.
 * @cssprop --dh-space - Base spacing unit.
 */
export class DhPasswordField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, focusRing, visuallyHidden, styles];

  /** Name under which the password is submitted with its form. */
  @property({ reflect: true }) name = '';

  /** The account's user name; the password must not contain it. */
  @property() username = '';

  /** Label of the password input; "Neues Passwort" when empty. */
  @property() label = '';

  /** Shows a second input ("Passwort wiederholen") that must match. */
  @property({ type: Boolean, reflect: true }) confirm = false;

  /** Disables both inputs; also set when a surrounding `<fieldset>` is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The password. */
  @property({ attribute: false }) value = '';

  /** The text of the confirmation input. */
  @property({ attribute: false }) confirmation = '';

  /** Further words the user is known by (name, company), which make a password easier to guess. */
  @property({ attribute: false }) userInputs: string[] = [];

  /** The server's answer to this password (e.g. its policy messages), shown at the input until it changes. */
  @property({ attribute: false }) serverError = '';

  @state() private visible = false;
  @state() private data?: PasswordData;
  @state() private strength?: StrengthEstimate;
  @state() private announcement = '';
  /** The form was sent with an empty or different repetition: say so at the repetition, even if empty. */
  @state() private confirmReported = false;

  @query('#password') private passwordInput?: HTMLInputElement;
  @query('#confirm') private confirmInput?: HTMLInputElement;

  private readonly internals = this.attachInternals();
  private readonly language = new LanguageController(this);
  private result: PasswordCheck = this.evaluate();
  private lastDetail?: PasswordChangeDetail;
  private announcedStates?: Map<RuleId, RuleState>;
  private announcedMatch?: boolean;

  /** The current result of the policy check. */
  get check(): PasswordCheck {
    return this.result;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.scheduleStrength.cancel();
    this.scheduleAnnouncement.cancel();
  }

  /**
   * Checks the repetition as a form's submit would: when it does not match, the message appears once, at
   * the repetition (focused if `focus`); the password itself stays as it is. True when it matches.
   */
  reportConfirmation(focus = true): boolean {
    if (this.confirmMatches) return true;
    this.confirmReported = true;
    if (focus) void this.updateComplete.then(() => this.confirmInput?.focus());
    return false;
  }

  formResetCallback() {
    this.value = '';
    this.confirmation = '';
    this.confirmReported = false;
    this.announcedStates = undefined;
    this.announcedMatch = undefined;
  }

  formDisabledCallback(disabled: boolean) {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: string | null) {
    this.value = state ?? '';
  }

  private evaluate(): PasswordCheck {
    return evaluatePasswordRules(this.value, { username: this.username }, this.data?.isCommon ?? (() => undefined));
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('value') || changed.has('username') || changed.has('data')) {
      this.result = this.evaluate();
      if (this.value && !this.data) this.loadData();
      this.scheduleStrength();
    }
    if (changed.has('userInputs')) this.scheduleStrength();
  }

  protected override updated() {
    this.internals.setFormValue(this.value, this.value);
    this.updateValidity();
    const detail: PasswordChangeDetail = {
      valid: this.result.valid && this.confirmMatches,
      failed: this.result.failed,
      score: this.value && this.strength ? this.shownScore : null,
    };
    if (JSON.stringify(detail) !== JSON.stringify(this.lastDetail)) {
      this.lastDetail = detail;
      dispatch(this, 'dh-password-change', detail);
    }
  }

  private get confirmMatches(): boolean {
    return !this.confirm || this.confirmation === this.value;
  }

  /** The strength as shown: at most "schwach" while a rule fails or is not decided, never a green bar. */
  private get shownScore(): number {
    const score = this.strength?.score ?? 0;
    return this.result.valid ? score : Math.min(score, 1);
  }

  /** The repetition's message: once it differs, or (after a send attempt) while it is still empty. */
  private get confirmError(): string | undefined {
    const shown = !this.confirmMatches && (this.confirmation || this.confirmReported);
    return shown ? uiTranslator(this.language.lang)('passwordField.mismatch') : undefined;
  }

  private updateValidity() {
    const t = uiTranslator(this.language.lang);
    const anchor = this.passwordInput;
    if (!this.value) {
      this.internals.setValidity({ valueMissing: true }, t('passwordField.empty'), anchor);
    } else if (this.serverError) {
      this.internals.setValidity({ customError: true }, this.serverError, anchor);
    } else if (this.result.failed.length > 0) {
      const message = ruleError(this.result.failed[0], this.result, coreTranslator(this.language.lang));
      this.internals.setValidity({ customError: true }, message, anchor);
    } else if (this.result.pending.length > 0) {
      this.internals.setValidity({ customError: true }, t('passwordField.pendingCheck'), anchor);
    } else if (!this.confirmMatches) {
      this.internals.setValidity({ customError: true }, t('passwordField.mismatch'), this.confirmInput ?? anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  private loadData() {
    loadPasswordData().then((data) => (this.data = data));
  }

  private readonly scheduleStrength = debounce(() => {
    if (!this.data?.estimateStrength) return;
    this.strength = this.data.estimateStrength(this.value, { username: this.username, userInputs: this.userInputs });
  }, STRENGTH_DELAY_MS);

  private readonly scheduleAnnouncement = debounce(() => this.announce(), ANNOUNCE_DELAY_MS);

  /** Says what changed since the last announcement, so the user hears progress without a full list. */
  private announce() {
    const t = uiTranslator(this.language.lang);
    const ct = coreTranslator(this.language.lang);
    const statesOf = (check: PasswordCheck) => new Map(check.rules.map((r) => [r.id, r.state]));
    // The first announcement compares with the empty field, whose rules the list showed as open.
    const before =
      this.announcedStates ?? statesOf(evaluatePasswordRules('', { username: this.username }, () => false));
    const changed = (state: RuleState) =>
      this.result.rules.filter((r) => r.state === state && before.get(r.id) !== state).map((r) => ruleLabel(r.id, ct));
    const parts: string[] = [];
    const nowMet = changed('met');
    const nowFailed = changed('failed');
    if (nowMet.length) parts.push(t('passwordField.announce.nowMet', { rules: nowMet.join(', ') }));
    if (nowFailed.length) parts.push(t('passwordField.announce.nowFailed', { rules: nowFailed.join(', ') }));
    if (parts.length) {
      const open = this.result.failed.length + this.result.pending.length;
      parts.push(open ? t('passwordField.announce.open', { count: open }) : t('passwordField.announce.allMet'));
      if (!open && this.strength) parts.push(t('passwordField.announce.strength', { strength: this.strengthText }));
    }
    if (this.confirm && this.confirmation && this.confirmMatches !== this.announcedMatch) {
      parts.push(t(this.confirmMatches ? 'passwordField.announce.match' : 'passwordField.announce.mismatch'));
      this.announcedMatch = this.confirmMatches;
    }
    this.announcedStates = statesOf(this.result);
    if (parts.length) this.announcement = parts.join(' ');
  }

  private get strengthText(): string {
    if (!this.value || !this.strength) return uiTranslator(this.language.lang)('passwordField.strengthUnknown');
    return coreTranslator(this.language.lang)(`password.strength.score${this.shownScore}`);
  }

  private onPasswordInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
    this.serverError = '';
    this.scheduleAnnouncement();
  }

  private onConfirmInput(event: Event) {
    this.confirmation = (event.target as HTMLInputElement).value;
    this.scheduleAnnouncement();
  }

  /** Inputs in a shadow root do not submit the host's form on Enter by themselves. */
  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.isComposing) this.internals.form?.requestSubmit();
  }

  private onFocus() {
    if (!this.data) this.loadData();
  }

  private toggleVisibility() {
    this.visible = !this.visible;
  }

  private displayState(state: RuleState): DisplayState {
    return this.value ? state : 'open';
  }

  override render(): unknown {
    const lang = this.language.lang;
    const t = uiTranslator(lang);
    const ct = coreTranslator(lang);
    const type = this.visible ? 'text' : 'password';
    const confirmError = this.confirmError;
    const score = this.value && this.strength ? this.shownScore : 0;
    const feedback = this.value && this.strength ? (this.data?.strengthFeedback?.(this.strength, ct) ?? '') : '';

    return html`
      <div part="base" lang=${lang} @keydown=${this.onKeydown} @focusin=${this.onFocus}>
        <div class="field">
          <label part="label" for="password">${this.label || t('passwordField.label')}</label>
          <div class="control">
            <input
              part="input"
              id="password"
              type=${type}
              autocomplete="new-password"
              autocapitalize="off"
              spellcheck="false"
              .value=${this.value}
              ?disabled=${this.disabled}
              aria-invalid=${(this.value !== '' && this.result.failed.length > 0) || this.serverError ? 'true' : 'false'}
              aria-describedby="server-error rules-heading rules strength"
              @input=${this.onPasswordInput}
            />
            <button
              part="toggle"
              type="button"
              aria-pressed=${this.visible ? 'true' : 'false'}
              aria-controls=${this.confirm ? 'password confirm' : 'password'}
              ?disabled=${this.disabled}
              @click=${this.toggleVisibility}
            >
              ${this.renderVisibilityIcon()}${t('passwordField.show')}
            </button>
          </div>
          ${this.serverError ? html`<p part="error" class="error" id="server-error">${keepTogether(this.serverError)}</p>` : nothing}
          <div class="strength" part="strength" id="strength">
            <span id="strength-label">${ct('password.strength.label')}:</span>
            <meter
              part="meter"
              min="0"
              max="4"
              low="2"
              high="3"
              optimum="4"
              .value=${score}
              aria-labelledby="strength-label"
              aria-valuetext=${this.strengthText}
            ></meter>
            <span part="strength-text">${this.strengthText}</span>
          </div>
          ${feedback ? html`<p class="hint">${feedback}</p>` : nothing}
          <p class="rules-heading" id="rules-heading">${t('passwordField.rulesHeading')}</p>
          <ul part="rules" id="rules" aria-labelledby="rules-heading">
            ${this.result.rules.map((rule) => this.renderRule(rule.id, this.displayState(rule.state)))}
          </ul>
        </div>
        ${
          this.confirm
            ? html`<div class="field">
                <label part="confirm-label" for="confirm">${t('passwordField.confirmLabel')}</label>
                <div class="control">
                  <input
                    part="confirm-input"
                    id="confirm"
                    type=${type}
                    autocomplete="new-password"
                    autocapitalize="off"
                    spellcheck="false"
                    .value=${this.confirmation}
                    ?disabled=${this.disabled}
                    aria-invalid=${confirmError ? 'true' : 'false'}
                    aria-describedby=${confirmError ? 'confirm-error' : nothing}
                    @input=${this.onConfirmInput}
                  />
                </div>
                ${confirmError ? html`<p part="error" class="error" id="confirm-error">${confirmError}</p>` : nothing}
              </div>`
            : nothing
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  /**
   * The eye, or the crossed-out eye while the password is shown: drawn like the panel's icons, with the
   * set's own presentation attributes, so that the field needs none of the panel's styles.
   */
  private renderVisibilityIcon() {
    const shape = this.visible ? hideIcon : showIcon;
    return html`<svg
      width="1.25em"
      height="1.25em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      ${shape}
    </svg>`;
  }

  private renderRule(id: RuleId, state: DisplayState) {
    const lang = this.language.lang;
    const ct = coreTranslator(lang);
    const showCharacters = id === 'allowedCharacters' && state === 'failed';
    return html`<li part="rule rule-${state}" data-rule=${id} data-state=${state}>
      <span class="mark" aria-hidden="true">${MARKS[state]}</span>
      <span
        ><span class="visually-hidden">${uiTranslator(lang)(`passwordField.state.${state}`)} </span>${keepTogether(
          ruleLabel(id, ct),
        )}</span
      >
      ${showCharacters ? html`<span class="detail error">${ruleError(id, this.result, ct)}</span>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-password-field': DhPasswordField;
  }
}
