import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@direkthilfe/widgets/dh-article.js';
import { ROLES, formatMenuPath, type Role } from '@direkthilfe/core/content/model';
import { LANGUAGES, type Language } from '@direkthilfe/core/i18n/languages';
import { portalPreviewUrl } from '@direkthilfe/core/studio/article-list';
import type { HelpArticle, StudioCatalog } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { styles } from './dh-studio-preview.styles.js';

/**
 * The preview: the article as the help panel shows it (the real `<dh-article>`, sanitised in the browser
 * like there) in a panel-like frame, at a chosen portal page, view and panel language, with notes when the
 * article would not show there; and "Auf der Portalseite ansehen", which opens the page with the draft in
 * its panel, for this editor only.
 *
 * @tag dh-studio-preview
 * @fires dh-studio-preview-change - The page, view or language changed. `detail: { page, view, lang }`.
 */
@customElement('dh-studio-preview')
export class DhStudioPreview extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The rendered draft; null while the frontmatter is not valid. */
  @property({ attribute: false }) article: HelpArticle | null = null;

  /** The article's id and the views and pages its frontmatter names. */
  @property({ attribute: 'article-id' }) articleId = '';
  @property({ attribute: false }) roles: Role[] = [];
  @property({ attribute: false }) contexts: string[] = [];

  /** The portal's pages. */
  @property({ attribute: false }) pages: StudioCatalog['pages'] = [];

  /** Where the preview shows the article: a page key ('' for none), a view and the panel's language. */
  @property() page = '';
  @property() view: Role = 'admin';
  @property({ attribute: 'panel-lang' }) panelLang: Language = 'de';

  /** The draft is on the server (saved or autosaved), so that the portal page can show it. */
  @property({ type: Boolean }) stored = false;

  /** A new rendering is on its way. */
  @property({ type: Boolean }) updating = false;

  private change(detail: Partial<{ page: string; view: Role; lang: Language }>) {
    dispatch(this, 'dh-studio-preview-change', {
      page: this.page,
      view: this.view,
      lang: this.panelLang,
      ...detail,
    });
  }

  private renderControls() {
    return html`<div class="controls">
      <div class="field">
        <label for="preview-page">${this.t('preview.page')}</label>
        <select id="preview-page" @change=${(e: Event) => this.change({ page: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.page === ''}>${this.t('preview.noPage')}</option>
          ${this.pages.map(
            (p) =>
              html`<option value=${p.key} ?selected=${p.key === this.page}>
                ${formatMenuPath(p.menuPath)} (${p.key})
              </option>`,
          )}
        </select>
      </div>
      <fieldset class="inline">
        <legend>${this.t('preview.view')}</legend>
        ${[...ROLES].reverse().map(
          (role) =>
            html`<div class="choice">
              <input
                type="radio"
                name="view"
                id="view-${role}"
                .checked=${this.view === role}
                @change=${() => this.change({ view: role })}
              />
              <label for="view-${role}">${this.t(`roles.${role}Short`)}</label>
            </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="preview-lang">${this.t('preview.lang')}</label>
        <select
          id="preview-lang"
          @change=${(e: Event) => this.change({ lang: (e.target as HTMLSelectElement).value as Language })}
        >
          ${LANGUAGES.map(
            (lang) =>
              html`<option value=${lang} ?selected=${lang === this.panelLang}>${this.t(`languages.${lang}`)}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  private renderNotes() {
    const notes: string[] = [];
    if (this.roles.length && !this.roles.includes(this.view))
      notes.push(this.t('preview.notInView', { view: this.t(`roles.${this.view}`) }));
    if (this.page && !this.contexts.includes(this.page)) notes.push(this.t('preview.notOnPage'));
    return notes.length
      ? html`<ul class="notes">
          ${notes.map((note) => html`<li>${note}</li>`)}
        </ul>`
      : nothing;
  }

  private renderLink() {
    const page = this.pages.find((p) => p.key === this.page);
    // A page whose address needs a parameter (a workplace's id) has no one address to open.
    if (!page || page.url.includes(':')) return nothing;
    if (!this.stored) return html`<p class="hint">${this.t('preview.saveFirst')}</p>`;
    return html`<p class="open">
      <a href=${portalPreviewUrl(page.url, this.articleId, this.panelLang)} target="_blank" rel="noopener"
        >${this.t('preview.open')} <span class="visually-hidden">${this.t('preview.opensNew')}</span></a
      >
      <span class="hint">${this.t('preview.openHint')}</span>
    </p>`;
  }

  override render(): unknown {
    const article = this.article;
    const page = this.pages.find((p) => p.key === this.page);
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${this.t('preview.title')}</h2>
      ${this.renderControls()} ${this.renderNotes()} ${this.renderLink()}
      <p class="status" role="status">${this.updating ? this.t('preview.updating') : ''}</p>
      <div class="panel" role="region" aria-label=${this.t('preview.frame')} lang=${this.panelLang}>
        <div class="panel-header">
          <span class="panel-title">${this.t('preview.panel')}</span>
          ${page ? html`<span class="panel-context">${formatMenuPath(page.menuPath)}</span>` : nothing}
        </div>
        <div class="panel-body">
          ${
            article
              ? html`<dh-article
                  heading-level="3"
                  lang=${this.panelLang}
                  .article=${{ ...article, fallback: article.lang !== this.panelLang }}
                  .prev=${article.prev}
                  .next=${article.next}
                ></dh-article>`
              : html`<p class="unavailable">${this.t('preview.unavailable')}</p>`
          }
        </div>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-preview': DhStudioPreview;
  }
}
