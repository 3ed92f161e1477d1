import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Group } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** Step "Gruppen / Standorte planen" (optional): the groups there are, and a form for another one. */
export class DhWizardPlanGroups extends WizardStep {
  @state() private groups?: Group[];
  @state() private created = '';

  protected override async reload() {
    this.groups = (await this.load(() => this.client.groups())) ?? [];
  }

  private readonly onSubmit = this.submitHandler(async (form) => {
    const name = this.formValue(form, 'name');
    await this.client.createGroup(name, this.formValue(form, 'address'));
    form.reset();
    this.created = this.t('wizard.groups.created', { name });
    await this.reload();
    // More groups may follow; "Weiter" is the admin's call.
    return { advance: false };
  });

  override render(): unknown {
    const t = this.t;
    return html`
      <h4>${t('wizard.groups.existing')}</h4>
      ${
        this.groups
          ? html`<ul>
              ${this.groups.map(
                (group) => html`<li>${group.name}${group.isDefault ? ` (${t('wizard.groups.default')})` : ''}</li>`,
              )}
            </ul>`
          : html`<p class="muted">${t('wizard.loadingData')}</p>`
      }
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.groups.formLabel')}>
        ${this.renderAlert()}
        ${this.renderField({ name: 'name', label: t('wizard.fields.groupName'), hint: t('wizard.groups.nameHint') })}
        ${this.renderField({ name: 'address', label: t('wizard.fields.address'), required: false, autocomplete: 'street-address' })}
        ${this.renderSubmit(t('wizard.groups.submit'), nothing, t('wizard.groups.busy'))}
      </form>
      <p class="success" role="status">${this.created || nothing}</p>
    `;
  }
}
