/** Strings of the help panel, search, view switch and article navigation. */
export default {
  panel: {
    firstSteps: 'Erste Schritte',
    startWizard: {
      'admin-first-setup': 'Ersteinrichtung Schritt für Schritt',
      'user-first-login': 'Erstanmeldung Schritt für Schritt',
    },
    title: 'Direkthilfe',
    close: 'Schließen',
    back: 'Zurück',
    otherLanguage: 'English',
    loading: 'Wird geladen …',
    error: 'Die Hilfe ist gerade nicht erreichbar.',
    retry: 'Erneut versuchen',
    breadcrumb: 'Sie sind hier',
    topicFor: 'Hilfe zu dieser Seite',
    noTopic:
      'Für diese Seite gibt es noch keinen eigenen Hilfeartikel. Suchen Sie oben, oder wählen Sie unten ein Thema.',
    related: 'Verwandte Themen',
    allTopics: 'Alle Themen',
    notFound: 'Diesen Artikel gibt es nicht (mehr).',
    notFoundWizard: 'Diesen Assistenten gibt es nicht (mehr).',
    notFoundHint: 'Vielleicht wurde er umbenannt. Suchen Sie nach dem Thema, oder beginnen Sie auf der Startseite.',
    home: 'Zur Startseite der Hilfe',
    backToWizard: 'Zurück zum Assistenten',
    wizardPosition: 'Schritt {{position}} von {{total}}',
    unhelpful: {
      title: 'Schade, dass der Artikel nicht geholfen hat',
      text: 'Suchen Sie mit anderen Worten, lesen Sie ein verwandtes Thema, oder fragen Sie uns direkt.',
      search: 'Anders suchen',
      contact: 'Kontakt aufnehmen',
    },
    contact: 'Kontakt',
    phone: 'Telefon',
    email: 'E-Mail',
    hours: 'Erreichbar',
    noContact: 'Wenden Sie sich an Ihren Administrator.',
  },
  search: {
    label: 'Hilfe durchsuchen',
    placeholder: {
      admin: 'Suchbegriff, z. B. Warenkorb',
      user: 'Suchbegriff, z. B. Tischtelefon',
    },
    results_one: '{{count}} Treffer',
    results_other: '{{count}} Treffer',
    none: 'Keine Treffer für „{{query}}“.',
    suggestions: 'Häufige Suchen:',
    otherView_one: 'In der {{view}} gibt es 1 Treffer.',
    otherView_other: 'In der {{view}} gibt es {{count}} Treffer.',
    /** Searches offered when nothing is found; only those that find something in the view are shown. */
    popular: {
      admin: ['Warenkorb', 'Arbeitsplatz einrichten', 'Aktivierungsmail', 'Auftragsstatus', 'Gruppen'],
      user: ['Passwort', 'Tischtelefon', 'Desktop-Client', 'Übersichtsseite', 'Doppelanmeldung'],
    },
    clear: 'Suche leeren',
    loading: 'Suche wird vorbereitet …',
  },
  roleSwitch: {
    legend: 'Ansicht',
    user: 'Anwender-Ansicht',
    admin: 'Administrator-Ansicht',
  },
  article: {
    fallback: 'Diesen Artikel gibt es noch nicht in Ihrer Sprache. Sie lesen den deutschen Text.',
  },
  articleNav: {
    label: 'Schritte dieser Anleitung',
    prev: 'Zurück',
    next: 'Weiter',
  },
  feedback: {
    question: 'War dieser Artikel hilfreich?',
    yes: 'Ja',
    no: 'Nein',
    thanks: 'Danke für Ihre Rückmeldung.',
  },
} as const;
