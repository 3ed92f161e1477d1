import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../i18n/help-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { dispatch } from '../shared/dispatch.js';
import { focusRing, tokens } from '../styles/shared.styles.js';
import { sanitizeArticle } from './article-sanitizer.js';
import { shiftHeadings } from './shift-headings.js';
import { styles } from './dh-article.styles.js';
import type { MenuPathDetail } from '../events.js';

/**
 * The title at each heading level, one template per level: a static tag name (lit/static-html) would add
 * half a kilobyte to the open panel.
 */
const HEADINGS = [
  (title: string) => html`<h1 part="title" class="title" id="title" tabindex="-1">${title}</h1>`,
  (title: string) => html`<h2 part="title" class="title" id="title" tabindex="-1">${title}</h2>`,
  (title: string) => html`<h3 part="title" class="title" id="title" tabindex="-1">${title}</h3>`,
  (title: string) => html`<h4 part="title" class="title" id="title" tabindex="-1">${title}</h4>`,
  (title: string) => html`<h5 part="title" class="title" id="title" tabindex="-1">${title}</h5>`,
  (title: string) => html`<h6 part="title" class="title" id="title" tabindex="-1">${title}</h6>`,
];

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

/** The previous or next article of a guide. */
export interface GuideStep {
  id: string;
  title: string;
}

/**
 * Shows one help article inside its shadow root. The HTML is sanitised again in the browser before
 * insertion, links to other articles become `dh-article-link` events, and in-article anchors scroll
 * within the shadow root.
 *
 * @tag dh-article
 * @summary A help article, safely rendered.
 *
 * @fires dh-article-link - A link to another article, or "Zurück" / "Weiter", was activated. `detail: { id }`.
 * @fires dh-feedback - "War dieser Artikel hilfreich?" was answered. `detail: { id, helpful }`.
 * @fires dh-menu-path - A menu path is pointed at or focused (`active`), or no longer. `detail: { page, href, active }`.
 *
 * @csspart base - The article.
 * @csspart title - The article's heading.
 * @csspart fallback - The note that the German text stands in for a translation.
 * @csspart content - The article body.
 * @csspart guide-nav - "Zurück" and "Weiter".
 * @csspart feedback - The feedback question.
 *
 * @cssprop --dh-color-accent - Links and hint boxes.
 * @cssprop --dh-color-danger - "Achtung" hint boxes.
 */
export class DhArticle extends LitElement {
  static override styles = [tokens, focusRing, styles];

  /** The article to show. */
  @property({ attribute: false }) article?: ArticleContent;

  /** The previous article of its guide ("Zurück"), if any. */
  @property({ attribute: false }) prev: GuideStep | null = null;

  /** The next article of its guide ("Weiter"), if any. */
  @property({ attribute: false }) next: GuideStep | null = null;

  /** Shows "War dieser Artikel hilfreich?". */
  @property({ type: Boolean }) feedback = false;

  @state() private answered = false;

  /** Heading level of the title (2 by default), to fit the host's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private readonly language = new LanguageController(this);
  /** What the content box shows (its HTML source), so it is sanitised and filled once per change. */
  private filled?: { box: HTMLElement; html: string };
  /** The fallback sanitiser loads lazily; `updateComplete` waits for it. */
  private filling?: Promise<void>;

  protected override updated() {
    const box = this.renderRoot.querySelector<HTMLElement>('.content');
    const html = this.article?.html ?? '';
    if (!box || (this.filled?.box === box && this.filled.html === html)) return;
    const filled = (this.filled = { box, html });
    // The content box has no bindings: the sanitised article goes in as nodes, never as a string. Its
    // headings are written below a page title (h2, h3); they move below this element's title.
    const safe = sanitizeArticle(html);
    const offset = this.level - 1;
    if (safe instanceof Promise) {
      this.filling = safe.then(
        (fragment) => {
          if (this.filled === filled) box.replaceChildren(shiftHeadings(fragment, offset));
        },
        // Offline before DOMPurify could load: show no stale text; the next article tries again.
        () => box.replaceChildren(),
      );
    } else {
      box.replaceChildren(shiftHeadings(safe, offset));
    }
  }

  /** The title's heading level: `heading-level`, kept between 1 and 6. */
  private get level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  /** Moves focus to the article's title, so that reading starts there (after a link or "Weiter"). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.filling;
    return result;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('article') && (changed.get('article') as ArticleContent | undefined)?.id !== this.article?.id)
      this.answered = false;
  }

  private link(id: string) {
    dispatch(this, 'dh-article-link', { id });
  }

  private answer(helpful: boolean) {
    this.answered = true;
    dispatch(this, 'dh-feedback', { id: this.article!.id, helpful });
  }

  private renderGuideNav() {
    if (!this.prev && !this.next) return nothing;
    const t = uiTranslator(this.language.lang);
    return html`<nav part="guide-nav" class="guide-nav" aria-label=${t('articleNav.label')}>
      ${
        this.prev
          ? html`<button type="button" class="prev" @click=${() => this.link(this.prev!.id)}>
              <span class="arrow" aria-hidden="true">←</span> ${t('articleNav.prev')}<span class="step-title"
                >: ${this.prev.title}</span
              >
            </button>`
          : nothing
      }
      ${
        this.next
          ? html`<button type="button" class="next" @click=${() => this.link(this.next!.id)}>
              ${t('articleNav.next')}<span class="step-title">: ${this.next.title}</span>
              <span class="arrow" aria-hidden="true">→</span>
            </button>`
          : nothing
      }
    </nav>`;
  }

  private renderFeedback() {
    const t = uiTranslator(this.language.lang);
    return html`<div part="feedback" class="feedback">
      ${
        this.answered
          ? nothing
          : html`<fieldset>
              <legend>${t('feedback.question')}</legend>
              <button type="button" @click=${() => this.answer(true)}>${t('feedback.yes')}</button>
              <button type="button" @click=${() => this.answer(false)}>${t('feedback.no')}</button>
            </fieldset>`
      }
      <p role="status">${this.answered ? t('feedback.thanks') : ''}</p>
    </div>`;
  }

  protected override firstUpdated() {
    // Delegated: links are the interactive elements, and they raise click for Enter too.
    this.renderRoot.addEventListener('click', (event) => this.onClick(event as MouseEvent));
    for (const [type, active] of [
      ['pointerover', true],
      ['focusin', true],
      ['pointerout', false],
      ['focusout', false],
    ] as const) {
      this.renderRoot.addEventListener(type, (event) => this.pointAtMenu(event, active));
    }
  }

  /** Tells the page which of its menu entries a menu path in the article stands for, to highlight it. */
  private pointAtMenu(event: Event, active: boolean) {
    const link = (event.target as Element).closest?.('.dh-menu-path');
    const page = link?.getAttribute('data-dh-page');
    if (!link || !page) return;
    const detail: MenuPathDetail = { page, href: link.getAttribute('href'), active };
    dispatch(this, 'dh-menu-path', detail);
  }

  private onClick(event: MouseEvent) {
    const link = (event.target as Element).closest?.('a');
    if (!link) return;
    const articleId = link.getAttribute('data-dh-article');
    if (articleId) {
      event.preventDefault();
      dispatch(this, 'dh-article-link', { id: articleId });
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

  override render(): unknown {
    if (!this.article) return nothing;
    const t = uiTranslator(this.language.lang);
    return html`
      <article part="base" lang=${this.article.lang} aria-labelledby="title">
        ${HEADINGS[this.level - 1](this.article.title)}
        ${
          this.article.fallback
            ? html`<p part="fallback" class="fallback" lang=${this.language.lang}>${t('article.fallback')}</p>`
            : nothing
        }
        <div part="content" class="content"></div>
        ${this.renderGuideNav()} ${this.feedback ? this.renderFeedback() : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-article': DhArticle;
  }
}
