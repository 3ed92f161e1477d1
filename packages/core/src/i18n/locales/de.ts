export default {
  password: {
    rule: {
      minLength: 'Mindestens {{count}} Zeichen',
      uppercase: 'Mindestens ein Großbuchstabe (A–Z)',
      lowercase: 'Mindestens ein Kleinbuchstabe (a–z)',
      digit: 'Mindestens eine Ziffer (0–9)',
      allowedCharacters: 'Nur Buchstaben A–Z und a–z, Ziffern und die Sonderzeichen _ - .',
      notContainsUsername: 'Enthält nicht Ihren Benutzernamen',
      maxLength: 'Höchstens {{count}} Zeichen',
      notCommon: 'Kein häufig verwendetes oder bekanntes Passwort',
    },
    error: {
      minLength: 'Das Passwort ist zu kurz: Es braucht mindestens {{count}} Zeichen.',
      uppercase: 'Das Passwort braucht mindestens einen Großbuchstaben (A–Z).',
      lowercase: 'Das Passwort braucht mindestens einen Kleinbuchstaben (a–z).',
      digit: 'Das Passwort braucht mindestens eine Ziffer (0–9).',
      allowedCharacters: 'Diese Zeichen sind nicht erlaubt: {{characters}}.',
      notContainsUsername: 'Das Passwort darf Ihren Benutzernamen nicht enthalten.',
      maxLength: 'Das Passwort ist zu lang: Es darf höchstens {{count}} Zeichen haben.',
      notCommon: 'Dieses Passwort ist zu bekannt und leicht zu erraten. Bitte wählen Sie ein anderes.',
    },
    character: {
      space: 'Leerzeichen',
      tab: 'Tabulator',
      lineBreak: 'Zeilenumbruch',
      listSeparator: ', ',
    },
    strength: {
      label: 'Passwortstärke',
      score0: 'sehr schwach',
      score1: 'schwach',
      score2: 'mittel',
      score3: 'stark',
      score4: 'sehr stark',
    },
  },
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
