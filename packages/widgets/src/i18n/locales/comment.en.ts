import type { LocaleShape } from '@direkthilfe/core/i18n/resources';
import type de from './comment.de.js';

/** Strings of the comment after "No" ("What were you missing?"). */
export default {
  comment: {
    question: 'What were you missing?',
    optional: '(optional)',
    privacy:
      'Please do not write personal data such as names, e-mail addresses, phone numbers or passwords. Your note reaches our editors without any details about you.',
    count: '{{count}} of {{max}} characters',
    send: 'Send note',
    skip: 'Skip',
    sending: 'Sending …',
    sent: 'Thank you! Your note helps us improve the article.',
    skipped: 'No note sent.',
    error: 'Your note could not be sent. Please try again later.',
  },
} satisfies LocaleShape<typeof de>;
