import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Me } from '@direkthilfe/core/portal/portal-client';
import type { DhPasswordField } from '../../dh-password-field/dh-password-field.js';
import { WizardStep } from './wizard-step.js';

/**
 * Step "Eigenes Passwort vergeben": `<dh-password-field>` with its confirmation. The server judges the
 * policy (the same module as the field); its answer, the failed rules, is shown at the field.
 */
export class DhWizardSetPassword extends WizardStep {
  @state() private me?: Me;

  override connectedCallback() {
    super.connectedCallback();
    void import('../../dh-password-field.js');
  }

  protected override async reload() {
    this.me = await this.load(() => this.client.me());
  }

  private readonly onSubmit = this.submitHandler(async (form) => {
    await this.client.setPassword(form.querySelector<DhPasswordField>('dh-password-field')!.value);
    return {};
  });

  override render(): unknown {
    const t = this.t;
    if (this.derived.passwordSet) return this.renderConfirmed('set-password');
    const known = [this.me?.workplace?.name, this.me?.workplace?.email].filter((x): x is string => Boolean(x));
    return html`
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.steps.set-password.title')}>
        ${this.renderAlert()}
        <dh-password-field
          name="newPassword"
          confirm
          lang=${this.lang}
          username=${this.me?.username ?? ''}
          .userInputs=${known}
          .serverError=${this.fieldError('newPassword') ?? ''}
        ></dh-password-field>
        ${this.renderSubmit(t('wizard.password.submit'), nothing, t('wizard.password.busy'))}
      </form>
    `;
  }
}
