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
    deviceStatus: {
      'nicht angemeldet': 'nicht angemeldet',
      angemeldet: 'angemeldet',
      doppelanmeldung: 'Doppelanmeldung',
    },
    orderStatus: {
      bestellt: 'bestellt',
      'in Bearbeitung': 'in Bearbeitung',
      ausgeführt: 'ausgeführt',
      fehlgeschlagen: 'fehlgeschlagen',
    },
  },
} as const;
