import { html, nothing } from 'lit';
import { WizardStep } from './wizard-step.js';

/** Step "Berechtigung freischalten": customer number and one-time password from the welcome letter. */
export class DhWizardUnlockPermission extends WizardStep {
  private readonly onSubmit = this.submitHandler(async (form) => {
    await this.client.unlockPermission(this.formValue(form, 'customerNumber'), this.formValue(form, 'oneTimePassword'));
    return {};
  });

  override render(): unknown {
    const t = this.t;
    if (this.derived.permissionUnlocked) return this.renderConfirmed('unlock-permission');
    // A wrong, unknown or used code is one answer from the server; it belongs to both fields.
    const failed = this.error?.code === 'activation_failed';
    return html`
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.steps.unlock-permission.title')}>
        ${this.renderAlert()}
        ${this.renderField({ name: 'customerNumber', label: t('wizard.fields.customerNumber'), hint: t('wizard.unlock.customerNumberHint'), inputmode: 'numeric' })}
        ${this.renderField({ name: 'oneTimePassword', label: t('wizard.fields.oneTimePassword'), autocomplete: 'one-time-code', hint: t('wizard.unlock.oneTimePasswordHint') })}
        ${failed ? html`<p class="hint">${t('wizard.unlock.failedHelp')}</p>` : ''}
        ${this.renderSubmit(t('wizard.unlock.submit'), nothing, t('wizard.unlock.busy'))}
      </form>
    `;
  }
}
