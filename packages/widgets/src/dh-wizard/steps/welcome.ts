import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Me } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** What a workplace can have, in the order the customer's help names it. */
const PARTS = ['myportal', 'desktop', 'mobile', 'desk-phone'] as const;

/** The parts a workplace has: MyPortal always, the rest as assigned. */
export const assignedParts = (me: Me | undefined) =>
  PARTS.filter((part) => part === 'myportal' || me?.workplace?.devices.some((device) => device.kind === part));

/** Step "Willkommen": what this workplace has. Before the first login the server tells nobody, so all parts are named. */
export class DhWizardWelcome extends WizardStep {
  @state() private me?: Me;

  override connectedCallback() {
    super.connectedCallback();
    if (this.derived.temporaryLoginDone) {
      this.client.me().then(
        (me) => (this.me = me),
        () => undefined,
      );
    }
  }

  override render() {
    const t = this.t;
    const parts = this.me ? assignedParts(this.me) : PARTS;
    return html`
      <p>${this.me ? t('wizard.welcome.assigned') : t('wizard.welcome.possible')}</p>
      <ul>
        ${parts.map((part) => html`<li>${t(`wizard.parts.${part}`)}</li>`)}
      </ul>
    `;
  }
}
