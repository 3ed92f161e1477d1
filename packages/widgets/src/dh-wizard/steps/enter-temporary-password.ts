import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { usernameFromLink } from './request-temporary-password.js';
import { WizardStep } from './wizard-step.js';

/** Step "Mit dem temporären Passwort anmelden": one field, paste allowed, and a new code when needed. */
export class DhWizardEnterTemporaryPassword extends WizardStep {
  @state() private resent = '';
  /** Which call the form waits for: a new code, or the login. */
  @state() private requesting = false;

  private get username() {
    return this.progress.choices?.username ?? usernameFromLink();
  }

  private readonly onSubmit = this.submitHandler(async (form) => {
    const username = this.formValue(form, 'username');
    await this.client.login(username, this.formValue(form, 'password'));
    return this.withUsername(username);
  });

  private requestAnother() {
    const username = this.renderRoot.querySelector<HTMLInputElement>('#username')?.value.trim() || this.username;
    this.requesting = true;
    void this.submit(async () => {
      await this.client.requestTemporaryPassword(username);
      this.resent = this.t('wizard.temporary.resent');
    }).finally(() => (this.requesting = false));
  }

  override render(): unknown {
    const t = this.t;
    if (this.derived.temporaryLoginDone) return this.renderConfirmed('enter-temporary-password');
    const code = this.error?.code;
    const offerNew = code === 'invalid_credentials' || code === 'temporary_password_expired';
    return html`
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.steps.enter-temporary-password.title')}>
        ${this.renderAlert()}
        ${this.renderField({ name: 'username', label: t('wizard.fields.username'), autocomplete: 'username', value: this.username })}
        ${this.renderField({
          name: 'password',
          label: t('wizard.fields.temporaryPassword'),
          type: 'text',
          autocomplete: 'one-time-code',
          hint: t('wizard.temporary.passwordHint'),
        })}
        ${this.renderSubmit(
          t('wizard.temporary.login'),
          html`<button
            type="button"
            class=${offerNew ? 'primary' : ''}
            ?disabled=${this.busy}
            @click=${this.requestAnother}
          >
            ${t('wizard.temporary.requestAnother')}
          </button>`,
          t(this.requesting ? 'wizard.temporary.busyRequest' : 'wizard.temporary.busyLogin'),
        )}
      </form>
      <p class="success" role="status">${this.resent || nothing}</p>
    `;
  }
}
