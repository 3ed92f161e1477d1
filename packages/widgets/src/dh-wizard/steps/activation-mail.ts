import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Workplace } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** The portal page "Arbeitsplatz anzeigen / bearbeiten" of a workplace. */
const workplacePage = (id: number) => `/admin/arbeitsplaetze/${id}`;

/**
 * Step "Die Aktivierungsmail": who got one (the workplaces of the orders carried out) with the user name
 * the mail carried, a way to send it again, and the page where a wrong address is corrected.
 */
export class DhWizardActivationMail extends WizardStep {
  @state() private recipients?: Workplace[];
  @state() private sent = '';

  protected override async reload() {
    const answer = await this.load(() => Promise.all([this.client.orders(), this.client.workplaces()]));
    if (!answer) return;
    const [orders, workplaces] = answer;
    const executed = new Set(orders.filter((order) => order.status === 'executed').map((order) => order.id));
    this.recipients = workplaces.filter((workplace) => workplace.orderId !== null && executed.has(workplace.orderId));
  }

  private resend(workplace: Workplace) {
    this.sent = '';
    void this.submit(async () => {
      const { sentTo } = await this.client.resendActivationMail(workplace.id);
      this.sent = this.t('wizard.mail.resent', { email: sentTo });
    });
  }

  private renderRecipient(workplace: Workplace) {
    const t = this.t;
    return html`<li>
      <h5>${workplace.name}</h5>
      <dl>
        <dt>${t('wizard.fields.username')}</dt>
        <dd class="value">${workplace.username}</dd>
        <dt>${t('wizard.fields.email')}</dt>
        <dd class="value">${workplace.email}</dd>
      </dl>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.resend(workplace)}>
          ${t('wizard.mail.resend')}<span class="visually-hidden">: ${workplace.name}</span>
        </button>
        <a class="action" href=${workplacePage(workplace.id)}
          >${t('wizard.mail.edit')}<span class="visually-hidden">: ${workplace.name}</span></a
        >
      </div>
    </li>`;
  }

  override render(): unknown {
    const t = this.t;
    return html`
      ${this.renderAlert()}
      ${
        this.recipients?.length
          ? html`<h4>${t('wizard.mail.sentTo')}</h4>
              <ul class="items recipients">
                ${this.recipients.map((workplace) => this.renderRecipient(workplace))}
              </ul>`
          : nothing
      }
      <p class="success" role="status">${this.busy ? t('wizard.mail.busy') : this.sent || nothing}</p>
      <h4>${t('wizard.mail.missingHeading')}</h4>
      <ul>
        <li>${t('wizard.mail.spam')}</li>
        <li>${t('wizard.mail.address')}</li>
      </ul>
    `;
  }
}
