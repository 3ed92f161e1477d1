/** Strings of the password field. */
export default {
  passwordField: {
    label: 'Neues Passwort',
    confirmLabel: 'Passwort wiederholen',
    show: 'Passwort anzeigen',
    rulesHeading: 'Das Passwort braucht:',
    state: {
      open: 'Offen:',
      met: 'Erfüllt:',
      failed: 'Nicht erfüllt:',
      pending: 'Wird geprüft:',
    },
    strengthUnknown: 'noch nicht bewertet',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    empty: 'Bitte geben Sie ein neues Passwort ein.',
    pendingCheck: 'Das Passwort wird noch geprüft. Bitte einen Moment Geduld.',
    announce: {
      allMet: 'Alle Regeln erfüllt.',
      nowMet: 'Erfüllt: {{rules}}.',
      nowFailed: 'Nicht mehr erfüllt: {{rules}}.',
      open_one: 'Noch {{count}} Regel offen.',
      open_other: 'Noch {{count}} Regeln offen.',
      strength: 'Passwortstärke: {{strength}}.',
      mismatch: 'Die Passwörter stimmen nicht überein.',
      match: 'Die Passwörter stimmen überein.',
    },
  },
} as const;
