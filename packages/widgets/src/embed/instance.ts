import type { Role } from '@direkthilfe/core/content/model';
import type { HelpSnapshot, HelpState } from '@direkthilfe/core/help/help-state';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { Theme } from '@direkthilfe/core/theme/scheme';
import type { HelpController } from './controller.js';
import { tabStorage, WIZARD_KEY } from './tab-storage.js';

type Listener = (state: HelpSnapshot) => void;

/**
 * The panel's settings, through `window.direkthilfe.configure()`. Each is also an attribute of
 * `<dh-help-panel>` and a `data-dh-*` attribute of the script tag; `configure()` wins over both, the
 * element's own attribute over the script's.
 */
export interface EmbedOptions {
  /** The help server, e.g. `https://help.example` (`api-base`, `data-dh-api-base`); default: this page's origin. */
  apiBase?: string;
  /** Do not shift the page aside for the side panel (`no-dock`, `data-dh-no-dock`). */
  noDock?: boolean;
  /** `light`, `dark` or `auto` (`theme`, `data-dh-theme`). */
  theme?: Theme;
  /**
   * `off`: no first-steps wizards (`wizards`, `data-dh-wizards`). They are off anyway where the help
   * server is another origin: the wizards drive the portal's own API with its session.
   */
  wizards?: 'auto' | 'off';
  /** `off`: the panel reports nothing of its searches (`analytics`, `data-dh-analytics`); see docs/embedding.md. */
  analytics?: 'on' | 'off';
}

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
  private readonly options: EmbedOptions = {};

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
      const controller = new HelpController(this.options);
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

  /** Where the help server is and how the panel looks; any time, also before anything has loaded. */
  configure(options: EmbedOptions): void {
    Object.assign(this.options, options);
    void this.controller?.then((help) => help.configure());
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
  return (window.direkthilfe ??= new Direkthilfe());
}
