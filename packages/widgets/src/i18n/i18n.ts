import { coreResources } from '@direkthilfe/core/i18n/resources';
import { createI18n, translatorFor, type Translate } from '@direkthilfe/core/i18n/translator';
import type { Language } from '@direkthilfe/core/i18n/languages';
import de from './locales/de.js';
import en from './locales/en.js';

/** The widgets' own i18next instance: core messages plus the UI strings, isolated from the host page. */
const i18n = createI18n(
  {
    de: { ...coreResources.de, ui: de },
    en: { ...coreResources.en, ui: en },
  },
  'ui',
);

/** Translates UI strings (`ui` namespace) in the given language. */
export const uiTranslator = (lang: Language): Translate => translatorFor(i18n, lang, 'ui');

/** Translates core strings (password rules, strength labels) in the given language. */
export const coreTranslator = (lang: Language): Translate => translatorFor(i18n, lang, 'core');

/**
 * Adds strings to the `ui` namespace. Each element family registers its own, so that an element's bundle
 * carries only the texts it shows.
 */
export function registerStrings(resources: Record<Language, Record<string, unknown>>): void {
  for (const [lang, strings] of Object.entries(resources)) i18n.addResourceBundle(lang, 'ui', strings, true, false);
}
