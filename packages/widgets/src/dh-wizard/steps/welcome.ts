import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Me } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** What a workplace can have, in the order the customer's help names it. */
const PARTS = ['myportal', 'desktop', 'mobile', 'desk-phone'];

/** The parts a workplace has: MyPortal always, the rest as assigned. */
const assignedParts = (me: Me) =>
  PARTS.filter((part) => part === 'myportal' || me.workplace?.devices.some((device) => device.kind === part));

/**
 * Step "Willkommen": what this workplace has. Signed in, the backend says so; before, the token in the
 * activation mail's link (`?username=…&willkommen=…`) does. Without either, every possible part is named.
 */
export class DhWizardWelcome extends WizardStep {
  @state() private parts?: string[];

  protected override async reload() {
    const link = new URLSearchParams(location.search);
    const [username, token] = [link.get('username'), link.get('willkommen')];
    try {
      if (this.derived.temporaryLoginDone) this.parts = assignedParts(await this.client.me());
      else if (username && token) this.parts = (await this.client.welcome(username, token)).parts;
    } catch {
      // An old link or no session: the general list below says enough.
    }
  }

  override render(): unknown {
    const t = this.t;
    return html`
      <p>${this.parts ? t('wizard.welcome.assigned') : t('wizard.welcome.possible')}</p>
      <ul class="parts">
        ${(this.parts ?? PARTS).map((part) => html`<li>${part === 'myportal' ? t('wizard.parts.myportal') : this.shared(`portal.deviceKind.${part}`)}</li>`)}
      </ul>
    `;
  }
}
