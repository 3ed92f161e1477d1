import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Order, OrderStatus } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

const EXECUTED: OrderStatus = 'executed';

/**
 * Step "Auftragsstatus verfolgen": the orders and their status, live from the server's event stream
 * (`/api/orders/events`), until one is carried out.
 */
export class DhWizardFollowOrder extends WizardStep {
  @state() private orders?: Order[];
  @state() private announcement = '';
  private events?: EventSource;
  private reported = false;

  override connectedCallback() {
    super.connectedCallback();
    this.events = this.client.orderEvents();
    this.events?.addEventListener('orders', () => void this.reload());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.events?.close();
  }

  protected override async reload() {
    const before = new Map(this.orders?.map((o) => [o.id, o.status]));
    const orders = await this.load(() => this.client.orders());
    if (!orders) return;
    this.orders = orders;
    const changed = this.orders.filter((o) => before.size && before.get(o.id) !== o.status);
    if (changed.length) {
      this.announcement = changed
        .map((o) => this.t('wizard.orders.changed', { id: o.id, status: this.statusText(o.status) }))
        .join(' ');
    }
    if (!this.reported && this.orders.some((o) => o.status === EXECUTED)) {
      this.reported = true;
      // Carried out: the wizard asks the backend, which now confirms the step; "Weiter" is the admin's.
      this.done({ advance: false });
    }
  }

  private statusText(status: OrderStatus) {
    return this.shared(`portal.orderStatus.${status}`, { defaultValue: status });
  }

  override render(): unknown {
    const t = this.t;
    return html`
      ${this.renderAlert()}
      ${
        this.orders
          ? this.orders.length
            ? html`<ul>
                ${this.orders.map(
                  (order) =>
                    html`<li>
                      ${t('wizard.orders.order', { id: order.id, count: order.items.length })}:
                      <strong data-status=${order.status}>${this.statusText(order.status)}</strong>
                      ${
                        order.failureReason
                          ? html`<span class="error"
                              >${this.shared(`portal.failureReason.${order.failureReason}`, { defaultValue: order.failureReason })}</span
                            >`
                          : ''
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p>${t('wizard.orders.none')}</p>`
          : this.error
            ? nothing
            : html`<p class="muted">${t('wizard.loadingData')}</p>`
      }
      <p class="hint">${t('wizard.orders.live')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}
