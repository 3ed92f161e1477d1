import type { Role } from '../content/model.js';
import { isRole } from '../content/model.js';
import { DEFAULT_LANGUAGE, resolveLanguage, type Language } from '../i18n/languages.js';

/** What the help panel shows, and for whom. One instance per page; the panel and the launcher follow it. */
export interface HelpSnapshot {
  open: boolean;
  /** The portal page the user is on (its page key). */
  page: string | null;
  /** The view: `admin` ("Administrator-Ansicht") or `user` ("Anwender-Ansicht"). */
  role: Role;
  /** The views this user may switch between; without `admin`, the admin view is never offered. */
  roles: Role[];
  lang: Language;
  /** An article opened by the user or the host; null shows the page's topic. */
  articleId: string | null;
  query: string;
  /** A wizard shown in the panel (`admin-first-setup`, `user-first-login`), or null. */
  wizard: string | null;
}

type Listener = (state: HelpSnapshot, previous: HelpSnapshot) => void;

export class HelpState {
  private state: HelpSnapshot;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Partial<HelpSnapshot> = {}) {
    const roles = initial.roles?.length ? initial.roles : (['user'] as Role[]);
    this.state = {
      open: false,
      page: null,
      role: roles.includes(initial.role as Role) ? (initial.role as Role) : roles[0],
      roles,
      lang: DEFAULT_LANGUAGE,
      articleId: null,
      query: '',
      wizard: null,
      ...initial,
    };
    this.state.role = this.allowedRole(this.state.role);
  }

  get snapshot(): HelpSnapshot {
    return this.state;
  }

  /**
   * Applies a change. A view the user may not take is ignored (the view stays); when the allowed views
   * change, a view no longer allowed becomes the first allowed one.
   */
  update(change: Partial<HelpSnapshot>): void {
    const previous = this.state;
    const next = { ...previous, ...change };
    if (change.lang !== undefined) next.lang = resolveLanguage(change.lang);
    if (change.roles !== undefined)
      next.roles = change.roles.filter(isRole).length ? change.roles.filter(isRole) : ['user'];
    if (!this.allows(next.role, next.roles)) next.role = previous.role;
    next.role = this.allowedRole(next.role, next.roles);
    // A new page shows its own topic, not the article of the previous page.
    if (change.page !== undefined && change.page !== previous.page && change.articleId === undefined)
      next.articleId = null;
    if (JSON.stringify(next) === JSON.stringify(previous)) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Whether the user may take this view. */
  allows(role: unknown, roles: readonly Role[] = this.state.roles): role is Role {
    return isRole(role) && roles.includes(role);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private allowedRole(role: Role, roles: Role[] = this.state?.roles ?? ['user']): Role {
    return roles.includes(role) ? role : roles[0];
  }
}

/** The page key a host declares with `data-dh-page` on `<body>` or `<html>` (body wins). */
export function pageKeyOf(document: Pick<Document, 'documentElement' | 'body'>): string | null {
  return document.body?.dataset.dhPage || document.documentElement.dataset.dhPage || null;
}
