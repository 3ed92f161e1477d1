import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, type Language } from '@direkthilfe/core/i18n/languages';
import { loadStrings } from '../i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;

/** One observer for the whole page: a change of `<html lang>` re-renders every connected element. */
function observeDocumentLanguage() {
  documentObserver ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Resolves an element's language: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * German when none is supported; and re-renders the element when its own `lang` or `<html lang>` changes
 * (a panel switching language sets `lang` on the elements inside); renders again when the strings of a
 * language loaded on first use arrive.
 */
export class LanguageController implements ReactiveController {
  private readonly own = new MutationObserver(() => this.host.requestUpdate());

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get lang(): Language {
    const tagged = this.host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    return resolveLanguage(tagged);
  }

  hostUpdate() {
    void loadStrings(this.lang)?.then(() => this.host.requestUpdate());
  }

  hostConnected() {
    hosts.add(this.host);
    observeDocumentLanguage();
    this.own.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    hosts.delete(this.host);
    this.own.disconnect();
  }
}
