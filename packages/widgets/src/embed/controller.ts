import type { Role } from '@direkthilfe/core/content/model';
import { HelpState, pageKeyOf, type HelpSnapshot } from '@direkthilfe/core/help/help-state';
import { initialRole, languageFor, parseLanguageChoice, type LanguageChoice } from '@direkthilfe/core/help/preferences';
import { resolveLanguage, type Language } from '@direkthilfe/core/i18n/languages';
import { loadElement } from '../autoloader.js';
import type { EmbedOptions } from './instance.js';
import { highlightMenu } from './menu-highlight.js';
import { tabStorage, WIZARD_KEY } from './tab-storage.js';

/** The one place that knows a panel element's interface, without loading its code. */
interface PanelElement extends HTMLElement {
  state: HelpSnapshot;
  returnFocusTo?: HTMLElement | null;
}

/** The script tag's `data-dh-*` settings that the panel takes as attributes of the same name. */
const SCRIPT_SETTINGS = ['api-base', 'no-dock', 'theme', 'wizards', 'analytics'];

const ROLE_KEY = 'direkthilfe:role';
const LANGUAGE_KEY = 'direkthilfe:language';
/** The page's own language (`<html lang>`). */
const pageLanguage = (): Language => resolveLanguage(document.documentElement.lang);

/** Roles the host grants: `data-dh-roles="admin user"` on `<html>`; users only otherwise. */
const declaredRoles = (): Role[] => {
  const value = document.documentElement.dataset.dhRoles ?? document.body?.dataset.dhRoles ?? 'user';
  return value.split(/[\s,]+/).filter((r): r is Role => r === 'admin' || r === 'user');
};

/**
 * The page's help state behind `window.direkthilfe`: it follows the page, remembers the reader's choices
 * for the tab and mounts the panel. Loaded on the first call that needs it, not with the page.
 */
export class HelpController {
  readonly state: HelpState;
  private panel?: PanelElement;

  constructor(private readonly options: EmbedOptions = {}) {
    const page = pageKeyOf(document);
    const roles = declaredRoles();
    const wizard = tabStorage.get(WIZARD_KEY);
    this.state = new HelpState({
      ...(wizard ? { wizard, open: true } : {}),
      page,
      roles,
      role: initialRole({ role: this.declaredRole(), key: page }, tabStorage.get(ROLE_KEY), roles),
      lang: languageFor(document.documentElement.lang, this.languageChoice),
    });
    this.state.subscribe((next, previous) => {
      if (next.role !== previous.role) {
        tabStorage.set(ROLE_KEY, next.role);
        // The page's own view switch follows the one view state.
        document.dispatchEvent(new CustomEvent('dh-view-change', { detail: { role: next.role } }));
      }
      tabStorage.set(WIZARD_KEY, next.wizard && next.open ? next.wizard : null);
      if (this.panel) this.panel.state = next;
      else if (next.open) void this.mountPanel();
    });
    this.followThePage();
    if (wizard) void this.mountPanel();
    // Articles point at the page's menu entries. The highlighting is small: rollup merged its lazy chunk
    // into this one anyway, where a dynamic import only added a wrapper.
    document.addEventListener('dh-menu-path', (event) => highlightMenu(event.detail));
  }

  /** `data-dh-role` on `<body>` or `<html>`: the view the page itself belongs to. */
  private declaredRole(): string | null {
    return document.body?.dataset.dhRole ?? document.documentElement.dataset.dhRole ?? null;
  }

  private get languageChoice(): LanguageChoice | null {
    return parseLanguageChoice(tabStorage.get(LANGUAGE_KEY));
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

  /** `admin` or `user`; a view the page does not grant (`data-dh-roles`) is ignored with a warning. */
  setRole(role: Role): void {
    if (!this.state.allows(role)) {
      console.warn(
        `Direkthilfe: setRole('${String(role)}') ignored. Allowed views on this page: ${this.state.snapshot.roles.join(', ')}.`,
      );
      return;
    }
    this.state.update({ role });
  }

  /** `de` or `en`; holds (also on the next pages of this tab) until the page's own `lang` changes. */
  setLanguage(lang: Language | string): void {
    const chosen = resolveLanguage(lang);
    tabStorage.set(LANGUAGE_KEY, JSON.stringify({ lang: chosen, pageLang: pageLanguage() } satisfies LanguageChoice));
    this.state.update({ lang: chosen });
  }

  /** Loads the panel's code ahead of the first click. */
  prefetch(): Promise<unknown> {
    return loadElement('dh-help-panel');
  }

  private opener: HTMLElement | null = null;

  /** Applies `configure()`'s settings to the panel (once there is one). */
  configure(): void {
    Object.assign(this.panel ?? {}, this.options);
  }

  private async mountPanel(): Promise<void> {
    await loadElement('dh-help-panel');
    if (this.panel) return;
    // A panel the page placed itself, with its own attributes, is the one panel: the script adds none then.
    const panel = (document.querySelector('dh-help-panel') ?? document.createElement('dh-help-panel')) as PanelElement;
    for (const name of SCRIPT_SETTINGS) {
      const value = document.querySelector(`script[data-dh-${name}]`)?.getAttribute(`data-dh-${name}`);
      if (value != null && !panel.hasAttribute(name)) panel.setAttribute(name, value);
    }
    this.panel = panel;
    this.configure();
    panel.returnFocusTo = this.opener;
    panel.state = this.state.snapshot;
    panel.addEventListener('dh-state-change', (event) => {
      const { lang, ...change } = (event as CustomEvent<Partial<HelpSnapshot>>).detail;
      // The reader's language switch: as setLanguage, it holds until the page's language changes.
      if (lang) this.setLanguage(lang);
      this.state.update(change);
    });
    if (!panel.isConnected) document.body.append(panel);
  }

  /**
   * Follows the page: `data-dh-page` (removed: no page, so no stale topic), `data-dh-role` (the page's
   * own view switch), `<html lang>` (a language the reader chose holds until this changes) and history
   * navigation. A key set with `setPage()` stays until the page says otherwise.
   */
  private followThePage(): void {
    const observer = new MutationObserver((records) => {
      const changed = new Set(records.map((r) => r.attributeName));
      if (changed.has('data-dh-page')) this.state.update({ page: pageKeyOf(document) });
      if (changed.has('lang'))
        this.state.update({ lang: languageFor(document.documentElement.lang, this.languageChoice) });
      const role = this.declaredRole();
      if (changed.has('data-dh-role') && role) this.setRole(role as Role);
    });
    const attributeFilter = ['data-dh-page', 'data-dh-role', 'lang'];
    observer.observe(document.documentElement, { attributes: true, attributeFilter });
    if (document.body) observer.observe(document.body, { attributes: true, attributeFilter });
    window.addEventListener('popstate', () =>
      this.state.update({ page: pageKeyOf(document) ?? this.state.snapshot.page }),
    );
  }
}
