import { createI18n, translatorFor, type Translate } from '@direkthilfe/core/i18n/translator';
import type { Language } from '@direkthilfe/core/i18n/languages';
import de from './locales/studio.de.js';
import en from './locales/studio.en.js';

/** The studio's own i18next instance (namespace `studio`), beside the widgets' one of the preview. */
const i18n = createI18n({ de: { studio: de }, en: { studio: en } }, 'studio');

/** Translates the studio's strings in the given language. */
export const studioTranslator = (lang: Language): Translate => translatorFor(i18n, lang, 'studio');
