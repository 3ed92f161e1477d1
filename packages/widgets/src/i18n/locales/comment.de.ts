/** Strings of the comment after "Nein" ("Was hat Ihnen gefehlt?"). */
export default {
  comment: {
    question: 'Was hat Ihnen gefehlt?',
    optional: '(freiwillig)',
    privacy:
      'Bitte schreiben Sie keine persönlichen Daten wie Namen, E-Mail-Adressen, Telefonnummern oder Passwörter. Ihr Hinweis geht ohne Angaben zu Ihrer Person an unsere Redaktion.',
    count: '{{count}} von {{max}} Zeichen',
    send: 'Hinweis senden',
    skip: 'Überspringen',
    sending: 'Wird gesendet …',
    sent: 'Danke! Ihr Hinweis hilft uns, den Artikel zu verbessern.',
    skipped: 'Kein Hinweis gesendet.',
    error: 'Ihr Hinweis konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.',
  },
} as const;
