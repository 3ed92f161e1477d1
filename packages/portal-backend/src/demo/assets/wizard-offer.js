// The start pages offer the guided first steps to whoever has not finished them: the state comes from
// the backend (GET /api/onboarding/:flow), the wizard itself from Direkthilfe (window.direkthilfe).
const section = document.getElementById('wizard-offer');
const role = document.documentElement.dataset.dhRole;
const flow = role === 'admin' ? 'admin-first-setup' : 'user-first-login';
const TEXT = {
  'admin-first-setup': {
    heading: 'Geführte Ersteinrichtung',
    start: 'Schritt für Schritt vom Zugang bis zum ersten Arbeitsplatz: Der Assistent führt Sie durch die Einrichtung.',
  },
  'user-first-login': {
    heading: 'Geführte Erstanmeldung',
    start: 'Zum ersten Mal hier? Der Assistent führt Sie durch die Anmeldung, Ihr Passwort und Ihre Endgeräte.',
  },
};

async function offer() {
  const response = await fetch(`/api/onboarding/${flow}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const { summary, authenticated } = await response.json();
  if (!summary || summary.complete) return;
  const started = authenticated && summary.position > 1;
  document.getElementById('wizard-offer-heading').textContent = TEXT[flow].heading;
  document.getElementById('wizard-offer-text').textContent = started
    ? `Sie sind bei Schritt ${summary.position} von ${summary.total}. Machen Sie dort weiter, wo Sie aufgehört haben.`
    : TEXT[flow].start;
  const button = document.getElementById('wizard-offer-start');
  button.textContent = started ? 'Fortsetzen' : 'Assistent starten';
  button.addEventListener('click', async () => {
    await customElements.whenDefined('dh-help-launcher');
    window.direkthilfe?.startWizard(flow);
  });
  section.hidden = false;
}

if (section) offer().catch(() => undefined);
// While the wizard is open in the panel, the page does not offer to start it.
document.addEventListener('dh-wizard-step', () => section && (section.hidden = true));
