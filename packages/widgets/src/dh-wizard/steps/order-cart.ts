import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CartItem } from '@direkthilfe/core/portal/portal-client';
import { renderWorkplaceFacts } from './workplace-facts.js';
import { WizardStep } from './wizard-step.js';

/**
 * Step "Warenkorb kostenpflichtig bestellen": what is ordered, each order to change or remove, that it
 * costs money, then the real checkout.
 */
export class DhWizardOrderCart extends WizardStep {
  @state() private items?: CartItem[];
  @state() private removed = '';
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

  /** "Entfernen": out of the cart; the wizard asks the backend again (an empty cart leads back to the form). */
  private removeItem(item: CartItem) {
    void this.submit(async () => {
      await this.client.removeFromCart(item.id);
      this.removed = this.t('wizard.cart.removed', { name: item.name });
      await this.reload();
      return { advance: false };
    });
  }

  /** "Ändern": out of the cart and back into the workplace form, filled in as it was. */
  private changeItem(item: CartItem) {
    void this.submit(async () => {
      await this.client.removeFromCart(item.id);
      const { name, email, groupId, devices, clients } = item;
      return {
        progress: { draft: { name, email, groupId, devices, clients }, current: 'set-up-workplace' },
        advance: false,
      };
    });
  }

  private renderItem(item: CartItem) {
    const t = this.t;
    const activation = item.soonest ? t('wizard.order.soonest') : (item.activationDate ?? '');
    return html`<li>
      <h5>${t('wizard.cart.setUpWorkplace', { name: item.name })}</h5>
      ${renderWorkplaceFacts({ ...item, activation }, t)}
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.changeItem(item)}>
          ${t('wizard.cart.change')}<span class="visually-hidden">: ${item.name}</span>
        </button>
        <button type="button" ?disabled=${this.busy} @click=${() => this.removeItem(item)}>
          ${t('wizard.cart.remove')}<span class="visually-hidden">: ${item.name}</span>
        </button>
      </div>
    </li>`;
  }

  override render(): unknown {
    const t = this.t;
    const status = html`<p class="success" role="status">${this.removed || nothing}</p>`;
    if (this.derived.cartOrdered && !this.items?.length) return this.renderConfirmed('order-cart');
    if (!this.items) return html`<p class="muted" role="status">${t('wizard.loadingData')}</p>`;
    // After a failed load the cart is unknown, not empty: the alert alone says so.
    if (!this.items.length)
      return html`${this.renderAlert()} ${this.error ? nothing : html`<p>${t('wizard.cart.empty')}</p>`} ${status}`;
    return html`
      <h4>${t('wizard.cart.heading', { count: this.items.length })}</h4>
      <ul class="items">
        ${this.items.map((item) => this.renderItem(item))}
      </ul>
      ${status}
      <p><strong>${t('wizard.cart.costs')}</strong></p>
      <p class="hint">${t('wizard.cart.session')}</p>
      <form @submit=${this.onSubmit} aria-label=${t('wizard.steps.order-cart.title')}>
        ${this.renderAlert()} ${this.renderSubmit(t('wizard.cart.submit'), nothing, t('wizard.cart.busy'))}
      </form>
    `;
  }
}
