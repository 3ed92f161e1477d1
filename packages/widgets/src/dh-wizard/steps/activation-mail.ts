import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Order } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** Step "Die Aktivierungsmail": who got one, from the orders carried out, so the admin can tell them. */
export class DhWizardActivationMail extends WizardStep {
  @state() private orders?: Order[];

  protected override async reload() {
    this.orders = await this.load(() => this.client.orders());
  }

  override render() {
    const t = this.t;
    const recipients = (this.orders ?? [])
      .filter((order) => order.status === 'executed')
      .flatMap((order) => order.items);
    return html`
      ${this.renderAlert()}
      ${
        recipients.length
          ? html`<h4>${t('wizard.mail.sentTo')}</h4>
              <ul class="recipients">
                ${recipients.map((item) => html`<li>${item.name} (${item.email})</li>`)}
              </ul>`
          : nothing
      }
      <h4>${t('wizard.mail.missingHeading')}</h4>
      <ul>
        <li>${t('wizard.mail.spam')}</li>
        <li>${t('wizard.mail.address')}</li>
      </ul>
    `;
  }
}
