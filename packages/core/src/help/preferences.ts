import { isRole, type Role } from '../content/model.js';
import { resolveLanguage, type Language } from '../i18n/languages.js';

/** The reader's language choice in the panel, with the page language it was made on. */
export interface LanguageChoice {
  lang: Language;
  pageLang: Language;
}

/**
 * The panel's language: the reader's choice while the page's own language is still the one it was made
 * on; once the page changes its language, the page's.
 */
export function languageFor(pageLang: string | null | undefined, choice: LanguageChoice | null): Language {
  const page = resolveLanguage(pageLang);
  return choice && choice.pageLang === page ? choice.lang : page;
}

/** Reads a stored language choice; anything malformed counts as none. */
export function parseLanguageChoice(stored: string | null): LanguageChoice | null {
  try {
    const value = JSON.parse(stored ?? 'null') as Partial<LanguageChoice> | null;
    if (!value || typeof value.lang !== 'string' || typeof value.pageLang !== 'string') return null;
    return { lang: resolveLanguage(value.lang), pageLang: resolveLanguage(value.pageLang) };
  } catch {
    return null;
  }
}

/**
 * The view a page starts in. The page's own context wins (its `data-dh-role`, else its page key's area:
 * `admin/…` or `user/…`), so a view chosen on another page never shows the help of the other portal;
 * a view chosen in this tab counts only where the page says nothing.
 */
export function initialRole(
  page: { role?: string | null; key?: string | null },
  stored: string | null,
  roles: readonly Role[],
): Role | undefined {
  const area = page.key?.split('/')[0];
  const candidates = [page.role, area, stored];
  return candidates.find((role): role is Role => isRole(role) && roles.includes(role));
}
