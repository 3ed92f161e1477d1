import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { DeviceModels, Group, WorkplaceDraft } from '@direkthilfe/core/portal/portal-client';
import { draftFacts, renderWorkplaceFacts } from './workplace-facts.js';
import { WizardStep } from './wizard-step.js';

/** The next day, as `YYYY-MM-DD` in local time: the earliest date an activation can be planned for. */
const tomorrow = () => {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

/** Step "Aktivierungsdatum und Auftrag": "schnellstmöglich" or a date, then "Auftrag hinzufügen" into the cart. */
export class DhWizardAddOrder extends WizardStep {
  @state() private onDate = false;
  @state() private groups?: Group[];
  @state() private models?: DeviceModels;

  protected override async reload() {
    // The names of the draft's group, desk phones and clients, for the summary.
    [this.groups, this.models] =
      (await this.load(() => Promise.all([this.client.groups(), this.client.deviceModels()]))) ?? [];
  }

  private get draft(): WorkplaceDraft | undefined {
    return this.progress.draft as WorkplaceDraft | undefined;
  }

  private readonly onSubmit = this.submitHandler(async (form) => {
    // Rendered only with a draft.
    await this.client.addToCart(this.draft!, this.onDate ? this.formValue(form, 'activationDate') : undefined);
    // The draft is in the cart now; the form of the previous step starts empty for another workplace.
    return { progress: { draft: undefined } };
  });

  override render(): unknown {
    const t = this.t;
    const draft = this.draft;
    if (!draft) {
      return this.derived.workplaceInCart
        ? this.renderConfirmed('add-order')
        : html`<p class="success">${t('wizard.order.noDraft')}</p>`;
    }
    return html`
      ${
        this.groups && this.models
          ? renderWorkplaceFacts(draftFacts(draft, this.groups, this.models), t)
          : html`<p class="muted" role="status">${this.error ? nothing : t('wizard.loadingData')}</p>`
      }
      <form novalidate @submit=${this.onSubmit} aria-label=${t('wizard.steps.add-order.title')}>
        ${this.renderAlert()}
        <fieldset @change=${(e: Event) => (this.onDate = (e.target as HTMLInputElement).value === 'date')}>
          <legend>${t('wizard.fields.activation')}</legend>
          <div class="choice">
            <input type="radio" id="soonest" name="activation" value="soonest" .checked=${!this.onDate} />
            <label for="soonest">${t('wizard.order.soonest')}</label>
          </div>
          <div class="choice">
            <input type="radio" id="on-date" name="activation" value="date" .checked=${this.onDate} />
            <label for="on-date">${t('wizard.order.onDate')}</label>
          </div>
        </fieldset>
        ${
          this.onDate
            ? html`${this.renderField({ name: 'activationDate', label: t('wizard.fields.activationDate'), type: 'date', hint: t('wizard.order.dateHint') })}`
            : nothing
        }
        ${this.renderSubmit(t('wizard.order.submit'), nothing, t('wizard.order.busy'))}
      </form>
    `;
  }

  protected override updated() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="activationDate"]');
    if (input) input.min = tomorrow();
  }
}
