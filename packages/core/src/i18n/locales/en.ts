import type de from './de.js';
import type { LocaleShape } from '../resources.js';

export default {
  password: {
    rule: {
      minLength: 'At least {{count}} characters',
      uppercase: 'At least one upper-case letter (A–Z)',
      lowercase: 'At least one lower-case letter (a–z)',
      digit: 'At least one digit (0–9)',
      allowedCharacters: 'Only letters (A–Z, a–z), digits and the special characters “_” “-” “.”',
      notContainsUsername: 'Does not contain your user name',
      maxLength: 'At most {{count}} characters',
      notCommon: 'Not a common or known password',
    },
    error: {
      minLength: 'The password is too short: it needs at least {{count}} characters.',
      uppercase: 'The password needs at least one upper-case letter (A–Z).',
      lowercase: 'The password needs at least one lower-case letter (a–z).',
      digit: 'The password needs at least one digit (0–9).',
      allowedCharacters: 'These characters are not allowed: {{characters}}.',
      notContainsUsername: 'The password must not contain your user name.',
      maxLength: 'The password is too long: it may have at most {{count}} characters.',
      notCommon: 'This password is too well known and easy to guess. Please choose another one.',
    },
    character: {
      space: 'space',
      tab: 'tab',
      lineBreak: 'line break',
      listSeparator: ', ',
    },
    strength: {
      label: 'Password strength',
      score0: 'very weak',
      score1: 'weak',
      score2: 'fair',
      score3: 'strong',
      score4: 'very strong',
    },
  },
} satisfies LocaleShape<typeof de>;
