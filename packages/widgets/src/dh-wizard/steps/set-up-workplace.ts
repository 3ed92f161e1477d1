import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { DeviceModels, Group, WorkplaceDraft } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/**
 * Step "Ersten Arbeitsplatz einrichten": the form of "Arbeitsplatz einrichten". The backend checks it
 * as "Auftrag hinzufügen" would; the checked draft is kept with the progress for the next step.
 */
export class DhWizardSetUpWorkplace extends WizardStep {
  @state() private groups?: Group[];
  @state() private models?: DeviceModels;

  protected override async reload() {
    [this.groups, this.models] =
      (await this.load(() => Promise.all([this.client.groups(), this.client.deviceModels()]))) ?? [];
  }

  private get draft(): Partial<WorkplaceDraft> {
    return (this.progress.draft ?? {}) as Partial<WorkplaceDraft>;
  }

  private readonly onSubmit = this.submitHandler(async (form) => {
    const data = new FormData(form);
    const draft: WorkplaceDraft = {
      name: this.formValue(form, 'name'),
      email: this.formValue(form, 'email'),
      groupId: Number(data.get('groupId')),
      devices: data.getAll('devices').map(String),
      // The checkboxes' values are the client ids of the device models; the backend checks them.
      clients: data.getAll('clients').map(String) as WorkplaceDraft['clients'],
    };
    await this.client.checkWorkplace(draft);
    return { progress: { draft: { ...draft } } };
  });

  private renderChoices(name: 'devices' | 'clients', options: { value: string; label: string }[]) {
    const chosen = (this.draft[name] as string[] | undefined) ?? [];
    const error = this.fieldError(name);
    return html`<fieldset aria-describedby=${error ? `${name}-error` : nothing}>
      <legend>${this.t(`wizard.fields.${name}`)}</legend>
      ${options.map(
        (option) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id=${`${name}-${option.value}`}
              name=${name}
              value=${option.value}
              .checked=${chosen.includes(option.value)}
            />
            <label for=${`${name}-${option.value}`}>${option.label}</label>
          </div>`,
      )}
      ${error ? html`<p class="error" id=${`${name}-error`}>${error}</p>` : ''}
    </fieldset>`;
  }

  override render(): unknown {
    const t = this.t;
    const draft = this.draft;
    if (!this.groups || !this.models) {
      // A failed load shows the alert alone: nothing is loading any more.
      return html`${this.renderAlert()}
      ${this.error ? nothing : html`<p class="muted" role="status">${t('wizard.loadingData')}</p>`}`;
    }
    const groupError = this.fieldError('groupId');
    return html`
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.steps.set-up-workplace.title')}>
        ${this.renderAlert()}
        ${this.renderField({ name: 'name', label: t('wizard.fields.fullName'), value: draft.name, autocomplete: 'off' })}
        ${this.renderField({ name: 'email', label: t('wizard.fields.email'), type: 'email', value: draft.email, hint: t('wizard.workplace.emailHint') })}
        <div class="field">
          <label for="groupId">${t('wizard.fields.group')}</label>
          <select
            id="groupId"
            name="groupId"
            required
            aria-invalid=${groupError ? 'true' : 'false'}
            aria-describedby=${groupError ? 'groupId-error' : 'groupId-hint'}
          >
            ${this.groups.map(
              (group) =>
                html`<option
                  value=${group.id}
                  ?selected=${draft.groupId ? draft.groupId === group.id : group.isDefault}
                >
                  ${group.name}
                </option>`,
            )}
          </select>
          <p class="hint" id="groupId-hint">${t('wizard.workplace.groupHint')}</p>
          ${groupError ? html`<p class="error" id="groupId-error">${groupError}</p>` : ''}
        </div>
        ${this.renderChoices(
          'devices',
          this.models.deskPhones.map((p) => ({ value: p.model, label: p.label })),
        )}
        ${this.renderChoices(
          'clients',
          this.models.clients.map((c) => ({ value: c.id, label: c.label })),
        )}
        ${this.renderSubmit(t('wizard.workplace.submit'), nothing, t('wizard.workplace.busy'))}
      </form>
    `;
  }
}
