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
    loading: 'Wird geladen …',
    error: 'Die Hilfe ist gerade nicht erreichbar.',
    retry: 'Erneut versuchen',
    breadcrumb: 'Sie sind hier',
    topicFor: 'Hilfe zu dieser Seite',
    noTopic:
      'Für diese Seite gibt es noch keinen eigenen Hilfeartikel. Nutzen Sie die Suche oder wählen Sie ein Thema.',
    related: 'Verwandte Themen',
    allTopics: 'Alle Themen',
    backToTopic: 'Zurück zur Hilfe für diese Seite',
    resumeWizard: 'Zurück zum Assistenten',
    resumeWizardAt: 'Zurück zum Assistenten · Schritt {{position}} von {{total}}',
    contact: 'Kontakt',
    phone: 'Telefon',
    email: 'E-Mail',
    hours: 'Erreichbar',
    noContact: 'Wenden Sie sich an Ihren Administrator.',
  },
  search: {
    label: 'Hilfe durchsuchen',
    placeholder: 'Suchbegriff, z. B. Warenkorb',
    results_one: '{{count}} Treffer',
    results_other: '{{count}} Treffer',
    none: 'Keine Treffer für „{{query}}“.',
    suggestions: 'Versuchen Sie zum Beispiel:',
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
