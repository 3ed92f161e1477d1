import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Me } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** Step "Übersicht": master data, phone number, assigned clients and devices, live from the backend. */
export class DhWizardOverview extends WizardStep {
  @state() private me?: Me;

  protected override async reload() {
    this.me = await this.load(() => this.client.me());
  }

  override render(): unknown {
    const t = this.t;
    const workplace = this.me?.workplace;
    // A failed load shows the alert alone: nothing is loading any more.
    if (!this.me)
      return html`${this.renderAlert()}
      ${this.error ? nothing : html`<p class="muted" role="status">${t('wizard.loadingData')}</p>`}`;
    if (!workplace) return html`<p>${t('wizard.overview.noWorkplace')}</p>`;
    return html`
      <dl>
        <dt>${t('wizard.fields.name')}</dt>
        <dd>${workplace.name}</dd>
        <dt>${t('wizard.fields.username')}</dt>
        <dd class="value">${workplace.username}</dd>
        <dt>${t('wizard.fields.email')}</dt>
        <dd class="value">${workplace.email}</dd>
        <dt>${t('wizard.fields.phoneNumber')}</dt>
        <dd class="value">${workplace.phoneNumber ?? t('wizard.overview.noNumber')}</dd>
        <dt>${t('wizard.fields.group')}</dt>
        <dd>${workplace.group.name}</dd>
        <dt>${t('wizard.overview.devices')}</dt>
        <dd>${workplace.devices.map((device) => device.label).join(', ') || t('wizard.cart.none')}</dd>
      </dl>
    `;
  }
}
