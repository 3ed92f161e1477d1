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

/** Whether Direkthilfe shows a wizard now (its state may have loaded before this script listened). */
const wizardShown = () => Boolean(window.direkthilfe?.state?.snapshot.wizard);

/** Shows the offer, with the step the backend knows, unless the wizard is finished or open. */
async function offer(section: HTMLElement) {
  const { summary, authenticated } = await client.onboarding(flow);
  if (summary.complete || running || wizardShown()) return;
  const started = authenticated && summary.position > 1;
  byId('wizard-offer-heading').textContent = TEXT[flow].heading;
  byId('wizard-offer-text').textContent = started
    ? `Sie sind bei Schritt ${summary.position} von ${summary.total}. Machen Sie dort weiter, wo Sie aufgehört haben.`
    : TEXT[flow].start;
  byId('wizard-offer-start').textContent = started ? 'Fortsetzen' : 'Assistent starten';
  section.hidden = false;
}

if (section) {
  byId('wizard-offer-start').addEventListener('click', async () => {
    await customElements.whenDefined('dh-help-launcher');
    window.direkthilfe?.startWizard(flow);
  });
  /** While the wizard is open in the panel, the page does not offer to start it. */
  const wizardRuns = () => {
    running = true;
    section.hidden = true;
  };
  offer(section).catch(() => undefined);
  document.addEventListener('dh-wizard-step', wizardRuns);
  // The event may have come before this script ran (the wizard returns from the previous page): the state
  // says so too. Once the wizard closes ("Später fortsetzen"), the page offers to go on where it stopped.
  void customElements.whenDefined('dh-help-launcher').then(() =>
    window.direkthilfe?.subscribe((snapshot) => {
      if (snapshot.wizard) wizardRuns();
      else if (running) {
        running = false;
        offer(section).catch(() => undefined);
      }
    }),
  );
}
