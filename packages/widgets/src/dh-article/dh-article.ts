import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { defineElement } from '../shared/define.js';
import { focusRing, tokens } from '../styles/shared.styles.js';
import { sanitizeArticleHtml } from './article-sanitizer.js';
import { styles } from './dh-article.styles.js';

/** What the element needs of a published article. */
export interface ArticleContent {
  id: string;
  title: string;
  /** Article HTML; sanitised again here before it is inserted. */
  html: string;
  /** Language of the text. */
  lang: string;
  /** True when the German text stands in for a missing translation. */
  fallback?: boolean;
}

/** Detail of `dh-article-link`. */
export interface ArticleLinkDetail {
  id: string;
}

/**
 * Shows one help article inside its shadow root. The HTML is sanitised again in the browser before
 * insertion, links to other articles become `dh-article-link` events, and in-article anchors scroll
 * within the shadow root.
 *
 * @tag dh-article
 * @summary A help article, safely rendered.
 *
 * @fires dh-article-link - A link to another article was activated. `detail: { id }`.
 *
 * @csspart base - The article.
 * @csspart title - The article's heading.
 * @csspart fallback - The note that the German text stands in for a translation.
 * @csspart content - The article body.
 *
 * @cssprop --dh-color-accent - Links and hint boxes.
 * @cssprop --dh-color-danger - "Achtung" hint boxes.
 */
export class DhArticle extends LitElement {
  static override styles = [tokens, focusRing, styles];

  /** The article to show. */
  @property({ attribute: false }) article?: ArticleContent;

  /** Heading level of the title (2 by default), to fit the host's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private readonly language = new LanguageController(this);
  private sanitizedFor?: string;
  private sanitized = '';

  private get safeHtml(): string {
    const source = this.article?.html ?? '';
    if (source !== this.sanitizedFor) {
      this.sanitized = sanitizeArticleHtml(source);
      this.sanitizedFor = source;
    }
    return this.sanitized;
  }

  protected override firstUpdated() {
    // Delegated: links are the interactive elements, and they raise click for Enter too.
    this.renderRoot.addEventListener('click', (event) => this.onClick(event as MouseEvent));
  }

  private onClick(event: MouseEvent) {
    const link = (event.target as Element).closest?.('a');
    if (!link) return;
    const articleId = link.getAttribute('data-dh-article');
    if (articleId) {
      event.preventDefault();
      this.dispatchEvent(
        new CustomEvent<ArticleLinkDetail>('dh-article-link', {
          detail: { id: articleId },
          bubbles: true,
          composed: true,
        }),
      );
      return;
    }
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#') && href.length > 1) {
      // The target lives in this shadow root, where the page's own fragment navigation cannot find it.
      event.preventDefault();
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(href.slice(1))}"]`);
      target?.scrollIntoView({ block: 'start' });
      target?.setAttribute('tabindex', '-1');
      target?.focus({ preventScroll: true });
    }
  }

  override render() {
    if (!this.article) return nothing;
    const t = uiTranslator(this.language.lang);
    // A number from 1 to 6, so the static tag name cannot carry anything else.
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`
      <article part="base" lang=${this.article.lang} aria-labelledby="title">
        ${staticHtml`<${unsafeStatic(`h${level}`)} part="title" class="title" id="title">${this.article.title}</${unsafeStatic(`h${level}`)}>`}
        ${
          this.article.fallback
            ? html`<p part="fallback" class="fallback" lang=${this.language.lang}>${t('article.fallback')}</p>`
            : nothing
        }
        <div part="content" class="content">${unsafeHTML(this.safeHtml)}</div>
      </article>
    `;
  }
}

defineElement('dh-article', DhArticle);

declare global {
  interface HTMLElementTagNameMap {
    'dh-article': DhArticle;
  }
}
