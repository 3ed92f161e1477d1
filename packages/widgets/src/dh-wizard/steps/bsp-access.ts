import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { WizardStep } from './wizard-step.js';

type Access = 'register' | 'existing';

/** Step "Zugang zum Business Service Portal": register, or log in with an existing access. */
export class DhWizardBspAccess extends WizardStep {
  @state() private access?: Access;

  override connectedCallback() {
    super.connectedCallback();
    this.access ??= (this.progress.choices?.access as Access | undefined) ?? 'register';
    void import('../../dh-password-field.js');
  }

  private choose(event: Event) {
    this.access = (event.target as HTMLInputElement).value as Access;
    this.error = undefined;
  }

  private readonly onSubmit = this.submitHandler(async (form) => {
    const username = this.formValue(form, 'username');
    const password = String(new FormData(form).get('password') ?? '');
    const access = this.access ?? 'register';
    if (access === 'register') await this.client.register(username, this.formValue(form, 'email'), password);
    else await this.client.login(username, password, 'admin');
    return { progress: { choices: { ...this.progress.choices, access } } };
  });

  override render(): unknown {
    const t = this.t;
    if (this.derived.bspAccount) return this.renderConfirmed('bsp-access');
    const register = this.access !== 'existing';
    return html`
      <fieldset @change=${this.choose}>
        <legend>${t('wizard.bsp.question')}</legend>
        <div class="choice">
          <input type="radio" id="access-register" name="access" value="register" .checked=${register} />
          <label for="access-register">${t('wizard.bsp.register')}</label>
        </div>
        <div class="choice">
          <input type="radio" id="access-existing" name="access" value="existing" .checked=${!register} />
          <label for="access-existing">${t('wizard.bsp.existing')}</label>
        </div>
      </fieldset>
      <form
        novalidate
        @submit=${this.onSubmit}
        aria-label=${register ? t('wizard.bsp.register') : t('wizard.bsp.existing')}
      >
        ${this.renderAlert()}
        ${this.renderField({ name: 'username', label: t('wizard.fields.username'), autocomplete: 'username', hint: register ? t('wizard.bsp.usernameHint') : undefined })}
        ${
          register
            ? html`${this.renderField({ name: 'email', label: t('wizard.fields.email'), type: 'email', autocomplete: 'email' })}
                <dh-password-field
                  name="password"
                  confirm
                  .serverError=${this.fieldError('password') ?? ''}
                ></dh-password-field>`
            : this.renderField({
                name: 'password',
                label: t('wizard.fields.password'),
                type: 'password',
                autocomplete: 'current-password',
              })
        }
        ${
          register
            ? this.renderSubmit(t('wizard.bsp.submitRegister'), nothing, t('wizard.bsp.busyRegister'))
            : this.renderSubmit(t('wizard.bsp.submitLogin'), nothing, t('wizard.bsp.busyLogin'))
        }
      </form>
    `;
  }
}
