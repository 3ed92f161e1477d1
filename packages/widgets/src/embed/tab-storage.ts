/** sessionStorage, which a browser may refuse (privacy settings): then nothing is remembered. */
export const tabStorage = {
  get(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Not remembered; the choice holds for this page.
    }
  },
};

/** The wizard open in the panel: it comes back on the next page of this tab (a link in a step, a reload). */
export const WIZARD_KEY = 'direkthilfe:wizard';
