import type { LocaleShape } from '@direkthilfe/core/i18n/resources';
import type de from './password.de.js';

export default {
  passwordField: {
    label: 'New password',
    confirmLabel: 'Repeat password',
    show: 'Show password',
    rulesHeading: 'The password needs:',
    state: {
      open: 'Open:',
      met: 'Met:',
      failed: 'Not met:',
      pending: 'Being checked:',
    },
    strengthUnknown: 'not rated yet',
    mismatch: 'The passwords do not match.',
    empty: 'Please enter a new password.',
    pendingCheck: 'The password is still being checked. Please wait a moment.',
    announce: {
      allMet: 'All rules met.',
      nowMet: 'Met: {{rules}}.',
      nowFailed: 'No longer met: {{rules}}.',
      open_one: '{{count}} rule still open.',
      open_other: '{{count}} rules still open.',
      strength: 'Password strength: {{strength}}.',
      mismatch: 'The passwords do not match.',
      match: 'The passwords match.',
    },
  },
} satisfies LocaleShape<typeof de>;
