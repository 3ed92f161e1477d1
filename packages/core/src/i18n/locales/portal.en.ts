import type de from './portal.de.js';
import type { LocaleShape } from '../resources.js';

export default {
  form: {
    required: 'Please fill in “{{label}}”.',
    email: 'Please enter a valid e-mail address, such as name@company.com.',
    check: 'Please check “{{label}}”.',
    checkHint: 'Please check “{{label}}”. {{hint}}',
    invalid: 'Please check the marked entries.',
    passwordMissing: 'Please enter a password.',
    mismatch: 'The two passwords do not match.',
    network: 'The server cannot be reached. Your entries are kept; please try again in a moment.',
  },
  portal: {
    deviceKind: { 'desk-phone': 'Desk phone', desktop: 'Desktop client', mobile: 'Mobile client' },
    deviceStatus: { unregistered: 'not signed in', registered: 'signed in', double_registered: 'double sign-in' },
    orderStatus: { ordered: 'ordered', in_progress: 'in progress', executed: 'carried out', failed: 'failed' },
    failureReason: {
      execution_failed: 'The order could not be carried out.',
      number_block_full: 'No number is left free in the number block.',
    },
  },
} satisfies LocaleShape<typeof de>;
