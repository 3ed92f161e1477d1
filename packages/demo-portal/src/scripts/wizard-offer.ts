// The start pages offer the guided first steps to whoever has not finished them: the state comes from
// the backend (GET /api/onboarding/:flow), the wizard itself from Direkthilfe (`window.direkthilfe`, typed by
// @direkthilfe/widgets, whose script every page loads).
import { byId } from '../lib/dom.js';
import { client } from '../lib/portal.js';

const section = document.getElementById('wizard-offer');
const flow = document.documentElement.dataset.dhRole === 'admin' ? 'admin-first-setup' : 'user-first-login';
const TEXT: Record<string, { heading: string; start: string }> = {
  'admin-first-setup': {
    heading: 'Geführte Ersteinrichtung',
    start: 'Schritt für Schritt vom Zugang bis zum ersten Arbeitsplatz: Der Assistent führt Sie durch die Einrichtung.',
  },
  'user-first-login': {
    heading: 'Geführte Erstanmeldung',
    start: 'Zum ersten Mal hier? Der Assistent führt Sie durch die Anmeldung, Ihr Passwort und Ihre Endgeräte.',
  },
};

/** Whether the wizard is open in the panel (it may come back from the previous page before the answer). */
let running = false;

async function offer(section: HTMLElement) {
  const { summary, authenticated } = await client.onboarding(flow);
  if (summary.complete || running) return;
  const started = authenticated && summary.position > 1;
  byId('wizard-offer-heading').textContent = TEXT[flow].heading;
  byId('wizard-offer-text').textContent = started
    ? `Sie sind bei Schritt ${summary.position} von ${summary.total}. Machen Sie dort weiter, wo Sie aufgehört haben.`
    : TEXT[flow].start;
  const button = byId('wizard-offer-start');
  button.textContent = started ? 'Fortsetzen' : 'Assistent starten';
  button.addEventListener('click', async () => {
    await customElements.whenDefined('dh-help-launcher');
    window.direkthilfe?.startWizard(flow);
  });
  section.hidden = false;
}

if (section) offer(section).catch(() => undefined);
// While the wizard is open in the panel, the page does not offer to start it.
document.addEventListener('dh-wizard-step', () => {
  running = true;
  if (section) section.hidden = true;
});
