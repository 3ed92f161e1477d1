import type { HelpSnapshot } from './help-state.js';

/** Where the panel is: the parts of the help state that decide what its body shows. */
export type PanelLocation = Pick<HelpSnapshot, 'articleId' | 'query' | 'wizard'>;

/**
 * The panel's views. An article is shown over what it was opened from (results, a wizard), which stays
 * in the state underneath, so that going back returns to it as it was.
 */
export type PanelView = 'home' | 'results' | 'article' | 'wizard';

export const viewOf = ({ articleId, query, wizard }: PanelLocation): PanelView =>
  articleId ? 'article' : wizard ? 'wizard' : query.trim() ? 'results' : 'home';

export const locationOf = ({ articleId, query, wizard }: PanelLocation): PanelLocation => ({
  articleId,
  query,
  wizard,
});

const sameLocation = (a: PanelLocation, b: PanelLocation) =>
  a.articleId === b.articleId && a.query === b.query && a.wizard === b.wizard;

/** Where "Zurück" leads when nothing was recorded: one level up (article → results or wizard → home). */
export function parentOf(location: PanelLocation): PanelLocation {
  switch (viewOf(location)) {
    case 'article':
      return { ...location, articleId: null };
    case 'results':
    case 'wizard':
      return { articleId: null, query: '', wizard: null };
    default:
      return location;
  }
}

/**
 * The panel's own back stack: article → results → home, article → article, article → wizard. Bounded;
 * typing in the search box changes the query of one results view and records nothing.
 */
export class PanelHistory {
  private entries: PanelLocation[] = [];

  constructor(private readonly limit = 30) {}

  /** The user moves from `from` to `to` inside the panel. */
  record(from: PanelLocation, to: PanelLocation): void {
    if (sameLocation(from, to) || viewOf(from) === 'home') return;
    if (viewOf(from) === 'results' && viewOf(to) === 'results') return;
    this.entries.push(locationOf(from));
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** Where "Zurück" leads from `current`, and forgets it; the parent when nothing is left. */
  back(current: PanelLocation): PanelLocation {
    while (this.entries.length) {
      const entry = this.entries.pop()!;
      if (!sameLocation(entry, current)) return entry;
    }
    return parentOf(current);
  }

  canGoBack(current: PanelLocation): boolean {
    return viewOf(current) !== 'home';
  }

  clear(): void {
    this.entries = [];
  }
}
