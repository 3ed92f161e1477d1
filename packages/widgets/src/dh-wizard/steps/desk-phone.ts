import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Device } from '@direkthilfe/core/portal/portal-client';
import { printSheet } from './print-sheet.js';
import { WizardStep } from './wizard-step.js';

/** How often the registration status is asked for while the step is open. */
const POLL_MS = 3000;

/** Simulated phones of the demo: the first, and a second one with the same data (a double registration). */
const DEMO_ENDPOINTS = { first: 'demo-telefon-1', second: 'demo-telefon-2' };

/**
 * Step "Am Tischtelefon anmelden": per desk phone its first-login data (hidden until revealed; monospace,
 * never broken inside a value, each with a copy button, and a printable sheet), the warning against using
 * them on two devices, and the registration status, live. In the demo the phone's own registration is
 * offered in place, marked as a simulation.
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

  private async copy(label: string, value: string) {
    try {
      await navigator.clipboard.writeText(value);
      this.announcement = this.t('wizard.phone.copied', { label });
    } catch {
      this.announcement = this.t('wizard.phone.copyFailed');
    }
  }

  private print() {
    const t = this.t;
    printSheet({
      title: t('wizard.phone.sheetTitle'),
      lang: this.lang,
      note: t('wizard.phone.sheetNote'),
      sections: (this.devices ?? [])
        .filter((device) => device.firstLogin)
        .map((device) => ({
          heading: device.label,
          rows: [
            [t('wizard.phone.loginName'), device.firstLogin!.loginName],
            [t('wizard.phone.secret'), device.firstLogin!.secret],
          ],
        })),
    });
  }

  /** The demo's stand-in for the phone signing in (or out) with the data. */
  private simulate(device: Device, action: keyof typeof DEMO_ENDPOINTS | 'clear') {
    void this.submit(async () => {
      if (action === 'clear') await this.client.unregisterDevice(device.id);
      else await this.client.registerDevice(device.id, DEMO_ENDPOINTS[action]);
      await this.reload();
    });
  }

  /** A value wider than a phone's screen scrolls (it never breaks), so it takes focus for the keyboard. */
  private renderValue(label: string, value: string) {
    return html`<dt>${label}</dt>
      <dd>
        <code class="credential" tabindex="0">${value}</code>
        <button type="button" class="small" @click=${() => this.copy(label, value)}>
          ${this.t('wizard.phone.copy')}<span class="visually-hidden">: ${label}</span>
        </button>
      </dd>`;
  }

  private renderSimulation(device: Device) {
    const t = this.t;
    return html`<div class="simulation" role="group" aria-labelledby=${`simulation-${device.id}`}>
      <p id=${`simulation-${device.id}`}>
        <strong>${t('wizard.phone.simulationHeading')}:</strong> ${t('wizard.phone.simulationText')}
      </p>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.simulate(device, 'first')}>
          ${t('wizard.phone.simulate', { device: device.label })}
        </button>
        <button type="button" ?disabled=${this.busy} @click=${() => this.simulate(device, 'second')}>
          ${t('wizard.phone.simulateSecond')}
        </button>
        <button type="button" ?disabled=${this.busy} @click=${() => this.simulate(device, 'clear')}>
          ${t('wizard.phone.simulateClear')}
        </button>
      </div>
    </div>`;
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
              <dl class="credentials" id=${`first-login-${device.id}`} ?hidden=${!open}>
                ${open ? this.renderValue(t('wizard.phone.loginName'), device.firstLogin.loginName) : nothing}
                ${open ? this.renderValue(t('wizard.phone.secret'), device.firstLogin.secret) : nothing}
              </dl>`
          : nothing
      }
      ${this.demo ? this.renderSimulation(device) : nothing}
    </li>`;
  }

  override render(): unknown {
    const t = this.t;
    const anyRevealed = this.devices?.some((device) => device.firstLogin && this.revealed.has(device.id));
    return html`
      ${this.renderAlert()}
      <p class="hint"><strong>${t('wizard.phone.warningTitle')}</strong> ${t('wizard.phone.warning')}</p>
      ${
        this.devices
          ? this.devices.length
            ? html`<ul class="devices">
                  ${this.devices.map((device) => this.renderDevice(device))}
                </ul>
                ${
                  anyRevealed
                    ? html`<div class="actions">
                        <button type="button" @click=${this.print}>${t('wizard.phone.print')}</button>
                      </div>`
                    : nothing
                }`
            : html`<p>${t('wizard.phone.none')}</p>`
          : html`<p class="muted">${t('wizard.loadingData')}</p>`
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}
