import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { WorkplaceDraft } from '@direkthilfe/core/portal/portal-client';
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
      return html`<p class="success">
        ${this.derived.workplaceInCart ? t('wizard.order.inCart') : t('wizard.order.noDraft')}
      </p>`;
    }
    return html`
      <dl>
        <dt>${t('wizard.fields.name')}</dt>
        <dd>${draft.name}</dd>
        <dt>${t('wizard.fields.email')}</dt>
        <dd>${draft.email}</dd>
      </dl>
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
        ${this.renderSubmit(t('wizard.order.submit'))}
      </form>
    `;
  }

  protected override updated() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="activationDate"]');
    if (input) input.min = tomorrow();
  }
}
