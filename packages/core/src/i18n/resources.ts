import de from './locales/de.js';
import en from './locales/en.js';

/** The same keys as the German original, with any strings: keeps translations complete at compile time. */
export type LocaleShape<T> = { [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };

/** i18next resources of the core namespace, keyed by language. */
export const coreResources = { de: { core: de }, en: { core: en } };
