/** Strings of the onboarding wizards. */
export default {
  wizard: {
    progress: 'Schritt {{position}} von {{total}}',
    stepsLabel: 'Schritte',
    status: { done: 'erledigt', current: 'aktueller Schritt', open: 'offen', skipped: 'übersprungen' },
    optional: 'optional',
    back: 'Zurück',
    next: 'Weiter',
    skip: 'Überspringen',
    later: 'Später fortsetzen',
    check: 'Erneut prüfen',
    notDone: 'Weiter geht es, sobald dieser Schritt im Portal erledigt ist.',
    help: 'Mehr dazu in der Hilfe',
    done: 'Geschafft: Alle Schritte sind erledigt.',
    announce: 'Schritt {{position}} von {{total}}: {{title}}',
    loading: 'Fortschritt wird geladen …',
    error: 'Der Fortschritt konnte nicht geladen werden. Bitte melden Sie sich an.',
    flows: {
      'admin-first-setup': 'Ersteinrichtung für Administratoren',
      'user-first-login': 'Erstanmeldung in MyPortal',
    },
    steps: {
      'bsp-access': {
        title: 'Zugang zum Business Service Portal',
        text: 'Registrieren Sie sich im Business Service Portal, oder melden Sie sich mit Ihrem bestehenden BSP-Zugang an, etwa dem für Ihre Mobilfunk-Verträge.',
        action: 'Zur Anmeldung',
      },
      'unlock-permission': {
        title: 'Berechtigung freischalten',
        text: 'Geben Sie die Kundennummer und das Einmal-Passwort aus dem Willkommensbrief ein.',
        action: 'Zum Freischalten',
      },
      'plan-groups': {
        title: 'Gruppen / Standorte planen',
        text: 'Die Gruppe Ihrer Vertragsanschrift gibt es schon. Legen Sie weitere an, wenn Sie Arbeitsplätze getrennt verwalten möchten. Ein aktivierter Arbeitsplatz lässt sich später nicht verschieben: Er muss gelöscht und neu eingerichtet werden, und löschen geht erst nach der 30-tägigen Mindestvertragslaufzeit.',
        action: 'Gruppen verwalten',
      },
      'set-up-workplace': {
        title: 'Ersten Arbeitsplatz einrichten',
        text: 'Füllen Sie das Formular „Arbeitsplatz einrichten“ aus: Name, E-Mail-Adresse, Gruppe, Endgeräte und Clients.',
        action: 'Zum Formular',
      },
      'add-order': {
        title: 'Aktivierungsdatum und Auftrag',
        text: 'Wählen Sie das Aktivierungsdatum („schnellstmöglich“ ist vorausgewählt) und klicken Sie auf „Auftrag hinzufügen“.',
        action: 'Zum Formular',
      },
      'order-cart': {
        title: 'Warenkorb kostenpflichtig bestellen',
        text: 'Prüfen Sie die Auftragspositionen und bestellen Sie kostenpflichtig. Der Warenkorb gilt nur für diese Sitzung.',
        action: 'Zum Warenkorb',
      },
      'follow-order': {
        title: 'Auftragsstatus verfolgen',
        text: 'Unter „Kontingente & Auftragsstatus“ sehen Sie, wann der Auftrag ausgeführt ist.',
        action: 'Zum Auftragsstatus',
      },
      'activation-mail': {
        title: 'Die Aktivierungsmail',
        text: 'Der neue Benutzer erhält eine E-Mail mit seinem Benutzernamen und dem Link zur Erstanmeldung. Kommt sie nicht an: Spam-Ordner prüfen, E-Mail-Adresse unter „Arbeitsplatz anzeigen / bearbeiten“ kontrollieren.',
        action: 'Zu den Arbeitsplätzen',
      },
      welcome: {
        title: 'Willkommen bei Cloud PBX',
        text: 'Mit MyPortal verwalten Sie Ihren Arbeitsplatz; dazu kommen je nach Zuweisung Desktop-Client, Mobile-Client und Tischtelefon.',
        action: 'Zur Übersicht',
      },
      'request-temporary-password': {
        title: 'Temporäres Passwort anfordern',
        text: 'Geben Sie Ihren Benutzernamen ein und fordern Sie das temporäre Passwort an; dann geht es mit „Zum 2. Schritt“ weiter.',
        action: 'Zur Anmeldung',
      },
      'enter-temporary-password': {
        title: 'Mit dem temporären Passwort anmelden',
        text: 'Tragen Sie das temporäre Passwort aus der E-Mail ein. Es gilt 30 Minuten.',
        action: 'Zur Anmeldung',
      },
      'set-password': {
        title: 'Eigenes Passwort vergeben',
        text: 'Vergeben Sie ein neues Passwort nach den Passwortregeln.',
        action: 'Passwort vergeben',
      },
      overview: {
        title: 'Ihre Übersicht',
        text: 'Auf der Übersicht sehen Sie Stammdaten, Rufnummer und Ihre Clients und Endgeräte.',
        action: 'Zur Übersicht',
      },
      'desk-phone': {
        title: 'Am Tischtelefon anmelden',
        text: 'Die Erstanmelde-Daten finden Sie unter „Endgeräte Einstellungen“. Nutzen Sie sie nur an einem Gerät: Eine Doppelanmeldung führt dazu, dass Anrufe am falschen Gerät klingeln.',
        action: 'Zu den Endgeräten',
      },
      clients: {
        title: 'Desktop- und Mobile-Client',
        text: 'Unter „Hilfe & Downloads“ laden Sie die Clients herunter; Sie melden sich mit Ihren MyPortal-Daten an.',
        action: 'Zu Hilfe & Downloads',
      },
    },
  },
} as const;
