import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.js';

/**
 * Creates an isolated, synchronously initialised i18next instance, so that a host page's own
 * i18next (or a second Direkthilfe bundle) is never touched.
 */
export function createI18n(resources: Resource, defaultNS: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS,
    ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type Translate = TFunction;

/** A translate function bound to one language and namespace. */
export function translatorFor(instance: i18n, lang: Language, ns: string): Translate {
  return instance.getFixedT(lang, ns);
}
