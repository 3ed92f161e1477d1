import { LitElement } from 'lit';
import { LanguageController } from '@direkthilfe/widgets/shared/language-controller.js';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { studioTranslator } from '../i18n/i18n.js';

/**
 * Base of the studio's elements: the element's language (its own `lang`, the nearest one, the page's),
 * re-rendering when it changes, and the translator of the studio's strings in it.
 */
export class StudioElement extends LitElement {
  private readonly languageController = new LanguageController(this);

  /** The language the element speaks. */
  protected get uiLang(): Language {
    return this.languageController.lang;
  }

  protected get t() {
    return studioTranslator(this.languageController.lang);
  }
}
