/** Strings the portal's pages and the wizard share: field messages, device and order words. */
export default {
  form: {
    required: 'Bitte füllen Sie das Feld „{{label}}“ aus.',
    email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.',
    check: 'Bitte prüfen Sie das Feld „{{label}}“.',
    checkHint: 'Bitte prüfen Sie das Feld „{{label}}“. {{hint}}',
    invalid: 'Bitte prüfen Sie die markierten Eingaben.',
    passwordMissing: 'Bitte geben Sie ein Passwort ein.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    network:
      'Der Server ist nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es gleich noch einmal.',
  },
  portal: {
    deviceKind: { 'desk-phone': 'Tischtelefon', desktop: 'Desktop-Client', mobile: 'Mobile-Client' },
    deviceStatus: { unregistered: 'nicht angemeldet', registered: 'angemeldet', double_registered: 'Doppelanmeldung' },
    orderStatus: {
      ordered: 'bestellt',
      in_progress: 'in Bearbeitung',
      executed: 'ausgeführt',
      failed: 'fehlgeschlagen',
    },
    failureReason: {
      execution_failed: 'Der Auftrag konnte nicht ausgeführt werden.',
      number_block_full: 'Im Rufnummernblock ist keine Rufnummer mehr frei.',
    },
  },
} as const;
