import type { Language } from '@direkthilfe/core/i18n/languages';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** A moment as readers of the language write it, e.g. „02.12.2026, 10:32“. */
export const formatDateTime = (iso: string, lang: Language): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A time of day, e.g. „10:32“. */
export const formatTime = (date: Date, lang: Language): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'short' }).format(date);
