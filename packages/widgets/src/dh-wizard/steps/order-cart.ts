import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CartItem } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** Step "Warenkorb kostenpflichtig bestellen": what is ordered, that it costs money, then the real checkout. */
export class DhWizardOrderCart extends WizardStep {
  @state() private items?: CartItem[];
  /** One key per visit of this step: a second click or a retry after a lost answer orders nothing twice. */
  private readonly idempotencyKey = crypto.randomUUID();

  protected override async reload() {
    this.items = (await this.load(() => this.client.cart())) ?? [];
  }

  private readonly onSubmit = this.submitHandler(async () => {
    try {
      await this.client.checkout(this.idempotencyKey);
    } catch (error) {
      // Emptied meanwhile (another tab, a logout): show the cart as it is now, with the message.
      if ((error as { code?: string }).code === 'cart_empty') await this.reload();
      throw error;
    }
    return {};
  });

  private renderItem(item: CartItem) {
    const t = this.t;
    const none = t('wizard.cart.none');
    return html`<li>
      <dl>
        <dt>${t('wizard.cart.item')}</dt>
        <dd>${t('wizard.cart.setUpWorkplace', { name: item.name })}</dd>
        <dt>${t('wizard.fields.email')}</dt>
        <dd>${item.email}</dd>
        <dt>${t('wizard.fields.group')}</dt>
        <dd>${item.groupName}</dd>
        <dt>${t('wizard.fields.devices')}</dt>
        <dd>${item.deviceLabels.join(', ') || none}</dd>
        <dt>${t('wizard.fields.clients')}</dt>
        <dd>${item.clientLabels.join(', ') || none}</dd>
        <dt>${t('wizard.fields.activation')}</dt>
        <dd>${item.soonest ? t('wizard.order.soonest') : item.activationDate}</dd>
      </dl>
    </li>`;
  }

  override render(): unknown {
    const t = this.t;
    if (this.derived.cartOrdered && !this.items?.length)
      return html`<p class="success">${t('wizard.cart.ordered')}</p>`;
    if (!this.items) return html`<p class="muted" role="status">${t('wizard.loadingData')}</p>`;
    // After a failed load the cart is unknown, not empty: the alert alone says so.
    if (!this.items.length)
      return html`${this.renderAlert()} ${this.error ? nothing : html`<p>${t('wizard.cart.empty')}</p>`}`;
    return html`
      <h4>${t('wizard.cart.heading', { count: this.items.length })}</h4>
      <ul class="items">
        ${this.items.map((item) => this.renderItem(item))}
      </ul>
      <p><strong>${t('wizard.cart.costs')}</strong></p>
      <p class="hint">${t('wizard.cart.session')}</p>
      <form @submit=${this.onSubmit} aria-label=${t('wizard.steps.order-cart.title')}>
        ${this.renderAlert()} ${this.renderSubmit(t('wizard.cart.submit'))}
      </form>
    `;
  }
}
