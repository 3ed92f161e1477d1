export default {
  password: {
    rule: {
      minLength: 'Mindestens {{count}} Zeichen',
      uppercase: 'Mindestens ein Großbuchstabe (A–Z)',
      lowercase: 'Mindestens ein Kleinbuchstabe (a–z)',
      digit: 'Mindestens eine Ziffer (0–9)',
      allowedCharacters: 'Nur Buchstaben (A–Z, a–z), Ziffern und die Sonderzeichen „_“ „-“ „.“',
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
} as const;
