import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Device } from '@direkthilfe/core/portal/portal-client';
import { WizardStep } from './wizard-step.js';

/** How often the registration status is asked for while the step is open. */
const POLL_MS = 3000;

/**
 * Step "Am Tischtelefon anmelden": per desk phone its first-login data (hidden until revealed), the
 * warning against using them on two devices, and the registration status, live.
 */
export class DhWizardDeskPhone extends WizardStep {
  @state() private devices?: Device[];
  @state() private revealed = new Set<number>();
  @state() private announcement = '';
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => void this.reload(), POLL_MS);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override async reload() {
    const before = new Map(this.devices?.map((d) => [d.id, d.status]));
    const devices = await this.load(() => this.client.devices());
    if (!devices) return;
    this.devices = devices.filter((device) => device.kind === 'desk-phone');
    const changed = this.devices.filter((d) => before.size && before.get(d.id) !== d.status);
    if (changed.length) {
      this.announcement = changed.map((d) => `${d.label}: ${this.shared(`portal.deviceStatus.${d.status}`)}`).join(' ');
      // A new status changes what the backend says of the step: the wizard asks it again.
      this.done({ advance: false });
    }
  }

  private toggle(id: number) {
    const revealed = new Set(this.revealed);
    if (!revealed.delete(id)) revealed.add(id);
    this.revealed = revealed;
  }

  private renderDevice(device: Device) {
    const t = this.t;
    const open = this.revealed.has(device.id);
    const problem = device.status === 'double_registered';
    return html`<li>
      <h4>${device.label}</h4>
      <p>
        ${t('wizard.phone.statusLabel')}:
        <strong class=${problem ? 'error' : device.status === 'registered' ? 'success' : ''}>
          ${this.shared(`portal.deviceStatus.${device.status}`)}
        </strong>
      </p>
      ${problem ? html`<p class="error">${t('wizard.phone.double')}</p>` : nothing}
      ${
        device.firstLogin
          ? html`<button
                type="button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${`first-login-${device.id}`}
                @click=${() => this.toggle(device.id)}
              >
                ${open ? t('wizard.phone.hide') : t('wizard.phone.reveal')}
              </button>
              <dl id=${`first-login-${device.id}`} ?hidden=${!open}>
                <dt>${t('wizard.phone.loginName')}</dt>
                <dd>${open ? device.firstLogin.loginName : ''}</dd>
                <dt>${t('wizard.phone.secret')}</dt>
                <dd>${open ? device.firstLogin.secret : ''}</dd>
              </dl>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const t = this.t;
    return html`
      ${this.renderAlert()}
      <p class="hint"><strong>${t('wizard.phone.warningTitle')}</strong> ${t('wizard.phone.warning')}</p>
      ${
        this.devices
          ? this.devices.length
            ? html`<ul class="devices">
                ${this.devices.map((device) => this.renderDevice(device))}
              </ul>`
            : html`<p>${t('wizard.phone.none')}</p>`
          : html`<p class="muted">${t('wizard.loadingData')}</p>`
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}
