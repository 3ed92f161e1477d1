import { html, nothing } from 'lit';
import { WizardStep } from './wizard-step.js';

/** The user name from the activation mail's link (`?username=`), if the page was opened with it. */
export const usernameFromLink = () => new URLSearchParams(location.search).get('username') ?? '';

/** Step "Temporäres Passwort anfordern": the user name, then the temporary password comes by e-mail. */
export class DhWizardRequestTemporaryPassword extends WizardStep {
  private readonly onSubmit = this.submitHandler(async (form) => {
    const username = this.formValue(form, 'username');
    await this.client.requestTemporaryPassword(username);
    return this.withUsername(username);
  });

  override render(): unknown {
    const t = this.t;
    return html`
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.steps.request-temporary-password.title')}>
        ${this.renderAlert()}
        ${this.renderField({
          name: 'username',
          label: t('wizard.fields.username'),
          autocomplete: 'username',
          value: this.progress.choices?.username ?? usernameFromLink(),
          hint: t('wizard.temporary.usernameHint'),
        })}
        ${this.renderSubmit(t('wizard.temporary.request'), nothing, t('wizard.temporary.busyRequest'))}
      </form>
    `;
  }
}
