import type { Role } from '@direkthilfe/core/content/model';
import { HelpState, pageKeyOf, type HelpSnapshot } from '@direkthilfe/core/help/help-state';
import { resolveLanguage, type Language } from '@direkthilfe/core/i18n/languages';
import { loadElement } from '../autoloader.js';

/** The one place that knows a panel element's interface, without loading its code. */
interface PanelElement extends HTMLElement {
  state: HelpSnapshot;
  returnFocusTo?: HTMLElement | null;
}

const ROLE_KEY = 'direkthilfe:role';
/** The wizard open in the panel: it comes back on the next page of this tab (a link in a step, a reload). */
const WIZARD_KEY = 'direkthilfe:wizard';

/** Roles the host grants: `data-dh-roles="admin user"` on `<html>`; users only otherwise. */
const declaredRoles = (): Role[] => {
  const value = document.documentElement.dataset.dhRoles ?? document.body?.dataset.dhRoles ?? 'user';
  return value.split(/[\s,]+/).filter((r): r is Role => r === 'admin' || r === 'user');
};

/**
 * `window.direkthilfe`: the page's help state and the embedding API. It lives in the small script every
 * page loads; the panel's code loads on first open (or when the browser is idle).
 */
export class Direkthilfe {
  readonly state: HelpState;
  private panel?: PanelElement;

  constructor() {
    const stored = sessionStorage.getItem(ROLE_KEY) as Role | null;
    const wizard = sessionStorage.getItem(WIZARD_KEY);
    this.state = new HelpState({
      ...(wizard ? { wizard, open: true } : {}),
      page: pageKeyOf(document),
      roles: declaredRoles(),
      role: stored ?? (document.documentElement.dataset.dhRole as Role | undefined) ?? undefined,
      lang: resolveLanguage(document.documentElement.lang),
    });
    this.state.subscribe((next, previous) => {
      if (next.role !== previous.role) sessionStorage.setItem(ROLE_KEY, next.role);
      if (next.wizard && next.open) sessionStorage.setItem(WIZARD_KEY, next.wizard);
      else sessionStorage.removeItem(WIZARD_KEY);
      if (this.panel) this.panel.state = next;
      else if (next.open) void this.mountPanel();
    });
    this.followThePage();
    if (wizard) void this.mountPanel();
    // Only articles have menu paths, so the highlighting's code loads with the first one pointed at.
    document.addEventListener(
      'dh-menu-path',
      (event) => void import('./menu-highlight.js').then(({ highlightMenu }) => highlightMenu(event.detail)),
    );
  }

  open(): void {
    this.state.update({ open: true });
  }

  close(): void {
    this.state.update({ open: false });
  }

  /** Opens or closes; focus returns to `opener` (the launcher) when the panel closes. */
  toggle(opener?: HTMLElement): void {
    if (opener) this.opener = opener;
    if (this.panel) this.panel.returnFocusTo = this.opener;
    this.state.update({ open: !this.state.snapshot.open });
  }

  /** For single-page apps: the page key of the new view. */
  setPage(key: string): void {
    this.state.update({ page: key });
  }

  showArticle(id: string): void {
    this.state.update({ articleId: id, query: '', open: true });
  }

  search(text: string): void {
    this.state.update({ query: text, open: true });
  }

  /** Opens the panel on a wizard: `admin-first-setup` or `user-first-login`. */
  startWizard(flow: string): void {
    this.state.update({ wizard: flow, articleId: null, query: '', open: true });
  }

  setRole(role: Role): void {
    this.state.update({ role });
  }

  setLanguage(lang: Language | string): void {
    this.state.update({ lang: resolveLanguage(lang) });
  }

  /** Loads the panel's code ahead of the first click. */
  prefetch(): Promise<unknown> {
    return loadElement('dh-help-panel');
  }

  private opener: HTMLElement | null = null;

  private async mountPanel(): Promise<void> {
    await loadElement('dh-help-panel');
    if (this.panel) return;
    const panel = document.createElement('dh-help-panel') as PanelElement;
    panel.returnFocusTo = this.opener;
    panel.state = this.state.snapshot;
    panel.addEventListener('dh-state-change', (event) =>
      this.state.update((event as CustomEvent<Partial<HelpSnapshot>>).detail),
    );
    document.body.append(panel);
    this.panel = panel;
  }

  /** Page keys change through `data-dh-page`, history navigation and `<html lang>`: follow all three. */
  private followThePage(): void {
    const sync = () =>
      this.state.update({
        page: pageKeyOf(document) ?? this.state.snapshot.page,
        lang: resolveLanguage(document.documentElement.lang),
      });
    const observer = new MutationObserver(sync);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-dh-page', 'lang'] });
    if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['data-dh-page'] });
    window.addEventListener('popstate', sync);
  }
}
