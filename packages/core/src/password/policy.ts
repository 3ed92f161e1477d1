import { isCommonPassword } from './blocklist.js';
import { evaluatePasswordRules, type PasswordCheck, type PasswordContext } from './rules.js';

/** Checks a password against the whole policy, blocklist included. The backend enforces exactly this. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  return evaluatePasswordRules(password, context, isCommonPassword);
}
