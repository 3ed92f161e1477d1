import type { LocaleShape } from '@direkthilfe/core/i18n/resources';
import type de from './help.de.js';

export default {
  panel: {
    firstSteps: 'First steps',
    startWizard: {
      'admin-first-setup': 'First setup, step by step',
      'user-first-login': 'First sign-in, step by step',
    },
    title: 'Direkthilfe',
    close: 'Close',
    back: 'Back',
    otherLanguage: 'Deutsch',
    loading: 'Loading …',
    error: 'The help is not reachable right now.',
    retry: 'Try again',
    breadcrumb: 'You are here',
    topicFor: 'Help for this page',
    noTopic: 'There is no article for this page yet. Search above, or choose a topic below.',
    related: 'Related topics',
    allTopics: 'All topics',
    notFound: 'This article does not exist (any more).',
    notFoundWizard: 'This guided setup does not exist (any more).',
    notFoundHint: 'It may have been renamed. Search for the topic, or start from the help’s start page.',
    home: 'Go to the help’s start page',
    backToWizard: 'Back to the guided setup',
    wizardPosition: 'Step {{position}} of {{total}}',
    unhelpful: {
      title: 'Sorry this article did not help',
      text: 'Search with other words, read a related topic, or ask us directly.',
      search: 'Search differently',
      contact: 'Contact us',
    },
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    hours: 'Available',
    noContact: 'Please contact your administrator.',
  },
  search: {
    label: 'Search the help',
    placeholder: {
      admin: 'Search term, e.g. cart',
      user: 'Search term, e.g. desk phone',
    },
    results_one: '{{count}} result',
    results_other: '{{count}} results',
    none: 'No results for “{{query}}”.',
    suggestions: 'Frequent searches:',
    otherView_one: 'The {{view}} has 1 result.',
    otherView_other: 'The {{view}} has {{count}} results.',
    popular: {
      admin: ['cart', 'set up a workplace', 'activation e-mail', 'order status', 'groups'],
      user: ['password', 'desk phone', 'desktop client', 'overview', 'double registration'],
    },
    clear: 'Clear search',
    loading: 'Preparing the search …',
  },
  roleSwitch: {
    legend: 'View',
    user: 'User view',
    admin: 'Administrator view',
  },
  article: {
    fallback: 'This article has not been translated yet. You are reading the German text.',
  },
  articleNav: {
    label: 'Steps of this guide',
    prev: 'Back',
    next: 'Next',
  },
  feedback: {
    question: 'Was this article helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback.',
  },
} satisfies LocaleShape<typeof de>;
