import { createI18n, translatorFor, type Translate } from '@direkthilfe/core/i18n/translator';
import type { Language } from '@direkthilfe/core/i18n/languages';

/**
 * The widgets' own i18next instance, isolated from the host page. It starts empty: each element family
 * registers its strings (`help-strings.ts`, `password-strings.ts`, `wizard-strings.ts`), so that a bundle
 * carries only the texts its elements show.
 */
const i18n = createI18n({ de: { ui: {} }, en: { ui: {} } }, 'ui');

/** Translates UI strings (`ui` namespace) in the given language. */
export const uiTranslator = (lang: Language): Translate => translatorFor(i18n, lang, 'ui');

/** Translates core strings (password rules, strength labels; `password-strings.ts` registers them). */
export const coreTranslator = (lang: Language): Translate => translatorFor(i18n, lang, 'core');

/** Adds strings to a namespace (`ui` unless given). */
export function registerStrings(resources: Record<Language, Record<string, unknown>>, ns = 'ui'): void {
  for (const [lang, strings] of Object.entries(resources)) i18n.addResourceBundle(lang, ns, strings, true, false);
}
