/** The rules of the password policy, in the order in which they are reported. */
export const RULE_IDS = [
  'minLength',
  'uppercase',
  'lowercase',
  'digit',
  'allowedCharacters',
  'notContainsUsername',
  'maxLength',
  'notCommon',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const MIN_LENGTH = 8;
export const MAX_LENGTH = 128;

/** The special characters the customer's devices accept besides A–Z, a–z and 0–9. */
export const ALLOWED_SPECIAL_CHARACTERS = ['_', '-', '.'] as const;

export interface PasswordContext {
  /** The account's user name; the password must not contain it (case-insensitive). */
  username?: string;
}

export type RuleState = 'met' | 'failed' | 'pending';

export interface RuleResult {
  id: RuleId;
  state: RuleState;
}

export interface PasswordCheck {
  /** True when every rule is met (and none is still pending). */
  valid: boolean;
  /** The rules that are not met, in the order of {@link RULE_IDS}. */
  failed: RuleId[];
  /** The rules that could not be decided yet (the blocklist is still loading in the browser). */
  pending: RuleId[];
  /** Every rule with its state, in the order of {@link RULE_IDS}. */
  rules: RuleResult[];
  /** The distinct characters that break `allowedCharacters`, in order of appearance. */
  disallowedCharacters: string[];
}

/**
 * Tells whether a password is on the blocklist, or `undefined` while the list is not available
 * (the browser loads it lazily; the server always has it).
 */
export type CommonPasswordLookup = (password: string) => boolean | undefined;

const ALLOWED_CHARACTER = /^[A-Za-z0-9_.-]$/;

/** Lists the characters outside the allowed set; iterates code points so that emoji stay whole. */
export function findDisallowedCharacters(password: string): string[] {
  const found = new Set<string>();
  for (const character of password) {
    if (!ALLOWED_CHARACTER.test(character)) found.add(character);
  }
  return [...found];
}

/** Counts code points, so that an emoji counts as one character as the user sees it. */
const characterCount = (password: string) => [...password].length;

/** Evaluates every rule of the policy; the blocklist comes in as a lookup so the rules stay synchronous and small. */
export function evaluatePasswordRules(
  password: string,
  context: PasswordContext = {},
  isCommon: CommonPasswordLookup,
): PasswordCheck {
  const username = context.username?.trim().toLowerCase() ?? '';
  const disallowedCharacters = findDisallowedCharacters(password);
  const length = characterCount(password);
  const common = isCommon(password);

  const states: Record<RuleId, RuleState> = {
    minLength: length >= MIN_LENGTH ? 'met' : 'failed',
    uppercase: /[A-Z]/.test(password) ? 'met' : 'failed',
    lowercase: /[a-z]/.test(password) ? 'met' : 'failed',
    digit: /[0-9]/.test(password) ? 'met' : 'failed',
    allowedCharacters: disallowedCharacters.length === 0 ? 'met' : 'failed',
    notContainsUsername: username && password.toLowerCase().includes(username) ? 'failed' : 'met',
    maxLength: length <= MAX_LENGTH ? 'met' : 'failed',
    notCommon: common === undefined ? 'pending' : common ? 'failed' : 'met',
  };

  const rules = RULE_IDS.map((id) => ({ id, state: states[id] }));
  const failed = rules.filter((r) => r.state === 'failed').map((r) => r.id);
  const pending = rules.filter((r) => r.state === 'pending').map((r) => r.id);
  return { valid: failed.length === 0 && pending.length === 0, failed, pending, rules, disallowedCharacters };
}
