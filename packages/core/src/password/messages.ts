import type { i18n } from 'i18next';
import { coreResources } from '../i18n/resources.js';
import { createI18n, translatorFor, type Translate } from '../i18n/translator.js';
import type { Language } from '../i18n/languages.js';
import { MAX_LENGTH, MIN_LENGTH, type PasswordCheck, type RuleId } from './rules.js';

const NAMED_CHARACTERS: Record<string, string> = { ' ': 'space', '\t': 'tab', '\n': 'lineBreak', '\r': 'lineBreak' };

/** Names characters that cannot be seen in a list (space, tab) and quotes the others. */
function nameCharacters(characters: string[], t: Translate): string {
  const names = characters.map((c) =>
    NAMED_CHARACTERS[c] ? t(`password.character.${NAMED_CHARACTERS[c]}`) : `„${c}“`,
  );
  return [...new Set(names)].join(t('password.character.listSeparator'));
}

const countFor = (id: RuleId) => (id === 'maxLength' ? MAX_LENGTH : MIN_LENGTH);

/** The short label of a rule, as shown in the rule list. */
export function ruleLabel(id: RuleId, t: Translate): string {
  return t(`password.rule.${id}`, { count: countFor(id) });
}

/** A sentence that says what is wrong, naming the offending characters where that applies. */
export function ruleError(id: RuleId, check: Pick<PasswordCheck, 'disallowedCharacters'>, t: Translate): string {
  return t(`password.error.${id}`, {
    count: countFor(id),
    characters: nameCharacters(check.disallowedCharacters, t),
  });
}

let shared: i18n | undefined;

/** A translate function for the core namespace; for code without an i18next instance of its own (the backend). */
export function coreTranslator(lang: Language): Translate {
  shared ??= createI18n(coreResources, 'core');
  return translatorFor(shared, lang, 'core');
}

/** The messages for every failed rule of a check, in rule order. */
export function passwordErrors(check: PasswordCheck, lang: Language): string[] {
  const t = coreTranslator(lang);
  return check.failed.map((id) => ruleError(id, check, t));
}
