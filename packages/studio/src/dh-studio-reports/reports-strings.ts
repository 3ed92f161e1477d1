// The reports view's strings in an i18next instance of its own, German first; the studio's other views keep
// theirs, so that this element moves into the studio app as it is.
import { createI18n, translatorFor, type Translate } from '@direkthilfe/core/i18n/translator';
import type { Language } from '@direkthilfe/core/i18n/languages';
import de from './reports.de.js';
import en from './reports.en.js';

const i18n = createI18n({ de: { reports: de }, en: { reports: en } }, 'reports');

/** Translates the reports view's strings in the given language. */
export const reportsTranslator = (lang: Language): Translate => translatorFor(i18n, lang, 'reports');
