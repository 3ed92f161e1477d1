import type { Role } from '@direkthilfe/core/content/model';
import type { HelpSnapshot, HelpState } from '@direkthilfe/core/help/help-state';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { HelpController } from './controller.js';
import { tabStorage, WIZARD_KEY } from './tab-storage.js';

type Listener = (state: HelpSnapshot) => void;

/**
 * `window.direkthilfe`: the embedding API. It is part of the small script every page loads; the help
 * state behind it loads with the first call that needs it (any method below, or the launcher's prefetch
 * when the pointer or focus comes near), so a page where nobody asks for help pays for the button only.
 * Calls made before it has loaded are applied in order.
 */
export class Direkthilfe {
  /** The help state (what the panel shows, and for whom); undefined until the first call has loaded it. */
  state?: HelpState;
  private controller?: Promise<HelpController>;
  private readonly listeners = new Set<Listener>();

  constructor() {
    // A wizard that was open on the previous page of this tab comes back at once.
    if (tabStorage.get(WIZARD_KEY)) void this.ready();
  }

  /** Loads the help state (once) and resolves with it. */
  async ready(): Promise<HelpState> {
    return (await this.load()).state;
  }

  private load(): Promise<HelpController> {
    return (this.controller ??= import('./controller.js').then(({ HelpController }) => {
      const controller = new HelpController();
      this.state = controller.state;
      const notify = (next: HelpSnapshot) => this.listeners.forEach((listener) => listener(next));
      controller.state.subscribe(notify);
      notify(controller.state.snapshot);
      return controller;
    }));
  }

  /** Calls `listener` with every new state once the state has loaded; does not load it. Returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.state) listener(this.state.snapshot);
    return () => this.listeners.delete(listener);
  }

  open(): void {
    this.apply((help) => help.open());
  }

  close(): void {
    this.apply((help) => help.close());
  }

  /** Opens or closes; focus returns to `opener` (the launcher) when the panel closes. */
  toggle(opener?: HTMLElement): void {
    this.apply((help) => help.toggle(opener));
  }

  /** For single-page apps: the page key of the new view. */
  setPage(key: string): void {
    this.apply((help) => help.setPage(key));
  }

  /** Opens the panel on an article. */
  showArticle(id: string): void {
    this.apply((help) => help.showArticle(id));
  }

  /** Opens the panel with a search. */
  search(text: string): void {
    this.apply((help) => help.search(text));
  }

  /** Opens the panel on a wizard: `admin-first-setup` or `user-first-login`. */
  startWizard(flow: string): void {
    this.apply((help) => help.startWizard(flow));
  }

  /** `admin` or `user`; a view the page does not grant (`data-dh-roles`) is ignored with a warning. */
  setRole(role: Role): void {
    this.apply((help) => help.setRole(role));
  }

  /** `de` or `en`; holds (also on the next pages of this tab) until the page's own `lang` changes. */
  setLanguage(lang: Language | string): void {
    this.apply((help) => help.setLanguage(lang));
  }

  /** Loads the state and the panel's code ahead of the first click. */
  prefetch(): Promise<unknown> {
    return this.load().then((help) => help.prefetch());
  }

  private apply(action: (help: HelpController) => void): void {
    void this.load().then(action);
  }
}

declare global {
  interface Window {
    direkthilfe?: Direkthilfe;
  }
}

/** The page's one `window.direkthilfe`, created on first use. */
export function direkthilfe(): Direkthilfe {
  window.direkthilfe ??= new Direkthilfe();
  return window.direkthilfe;
}
