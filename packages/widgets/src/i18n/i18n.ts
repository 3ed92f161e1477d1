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

type Strings = Record<string, unknown>;

/** Adds strings to a namespace (`ui` unless given). */
export function registerStrings(resources: Partial<Record<Language, Strings>>, ns = 'ui'): void {
  for (const [lang, strings] of Object.entries(resources)) i18n.addResourceBundle(lang, ns, strings, true, false);
}

const lazyStrings = new Map<Language, (() => Promise<void>)[]>();
const loadingStrings = new Map<Language, Promise<void>>();

/**
 * Strings of a language besides German, loaded the first time an element shows that language: a German
 * page does not download the English texts. Until they arrive, the German ones stand in.
 */
export function registerLazyStrings(lang: Language, load: () => Promise<{ default: Strings }>, ns = 'ui'): void {
  const loaders = lazyStrings.get(lang) ?? [];
  loaders.push(() => load().then((module) => registerStrings({ [lang]: module.default }, ns)));
  lazyStrings.set(lang, loaders);
}

/** Loads the strings registered for `lang`; undefined once they are all in (or failed: German stays). */
export function loadStrings(lang: Language): Promise<void> | undefined {
  const loaders = lazyStrings.get(lang);
  if (loaders) {
    lazyStrings.delete(lang);
    const done = () => void loadingStrings.delete(lang);
    const loading = Promise.all([loadingStrings.get(lang), ...loaders.map((load) => load())]).then(done, done);
    loadingStrings.set(lang, loading);
  }
  return loadingStrings.get(lang);
}
