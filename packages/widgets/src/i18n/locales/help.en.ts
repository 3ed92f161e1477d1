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
    loading: 'Loading …',
    error: 'The help is not reachable right now.',
    retry: 'Try again',
    breadcrumb: 'You are here',
    topicFor: 'Help for this page',
    noTopic: 'There is no article for this page yet. Use the search or choose a topic.',
    related: 'Related topics',
    allTopics: 'All topics',
    backToTopic: 'Back to the help for this page',
    resumeWizard: 'Back to the assistant',
    resumeWizardAt: 'Back to the assistant · step {{position}} of {{total}}',
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    hours: 'Available',
    noContact: 'Please contact your administrator.',
  },
  search: {
    label: 'Search the help',
    placeholder: 'Search term, e.g. cart',
    results_one: '{{count}} result',
    results_other: '{{count}} results',
    none: 'No results for “{{query}}”.',
    suggestions: 'Try for example:',
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
