import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ID_PATTERN } from '@direkthilfe/core/content/model';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import { LANGUAGES, type Language } from '@direkthilfe/core/i18n/languages';
import { slugify } from '@direkthilfe/core/text/slugify';
import type { StudioCatalog, StudioClient } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { styles } from '../dh-studio-login/dh-studio-login.styles.js';

type Field = 'id' | 'title';

/**
 * "Neuer Artikel": the id (proposed from the title), the title, the language and first search terms. The
 * article is created at once as its first revision, a draft; the editor opens on it.
 *
 * @tag dh-studio-new
 * @fires dh-studio-navigate - The article exists: open it. `detail: { path }`.
 */
@customElement('dh-studio-new')
export class DhStudioNew extends StudioElement {
  static override styles = [studioStyles, styles];

  @property({ attribute: false }) client!: StudioClient;

  /** The existing articles, so that a taken id is named before sending. */
  @property({ attribute: false }) articles: StudioCatalog['articles'] = [];

  /** Search terms to start with (a search without results becomes an article). */
  @property({ attribute: false }) keywords: string[] = [];

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private busy = false;
  /** The id follows the title until the editor types one. */
  @state() private idTouched = false;
  @state() private articleId = '';

  /** Moves the focus to the heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const title = form.querySelector<HTMLInputElement>('#title')!.value.trim();
    const id = this.articleId.trim();
    const lang = (form.querySelector<HTMLInputElement>('input[name="lang"]:checked')?.value ?? 'de') as Language;
    const keywords = form
      .querySelector<HTMLInputElement>('#keywords')!
      .value.split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const missing = (field: Field) =>
      this.t('newArticle.missing', { field: this.t(`newArticle.${field === 'id' ? 'id' : 'titleLabel'}`) });
    this.errors = {
      ...(!id
        ? { id: missing('id') }
        : !ID_PATTERN.test(id)
          ? { id: this.t('newArticle.idInvalid') }
          : this.articles.some((a) => a.id === id)
            ? { id: this.t('newArticle.idTaken') }
            : {}),
      ...(title ? {} : { title: missing('title') }),
    };
    this.error = '';
    if (Object.keys(this.errors).length) return this.focusError();
    this.busy = true;
    try {
      // The YAML writer comes with the editor, which opens next anyway.
      const { newArticleSource } = await import('@direkthilfe/core/studio/frontmatter-form');
      await this.client.save(id, lang, newArticleSource(id, { title, keywords }), 0);
      dispatch(this, 'dh-studio-navigate', { path: `artikel/${encodeURIComponent(id)}/${lang}` });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'article_exists')
        this.errors = { id: this.t('newArticle.idTaken') };
      else this.error = error instanceof ApiCallError ? error.message : String(error);
      await this.focusError();
    } finally {
      this.busy = false;
    }
  }

  private async focusError() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private onTitle(event: Event) {
    if (!this.idTouched) this.articleId = slugify((event.target as HTMLInputElement).value);
  }

  private onId(event: Event) {
    this.idTouched = true;
    this.articleId = (event.target as HTMLInputElement).value;
  }

  override render(): unknown {
    const { errors } = this;
    const described = (field: Field, hint: boolean) =>
      [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<section aria-labelledby="new-title">
      <h1 id="new-title" tabindex="-1">${this.t('newArticle.title')}</h1>
      <p>${this.t('newArticle.intro')}</p>
      <form novalidate @submit=${this.submit}>
        <p class="alert" role="alert">${this.error}</p>
        <div class="field">
          <label for="title">${this.t('newArticle.titleLabel')}</label>
          <input
            id="title"
            type="text"
            required
            aria-invalid=${errors.title ? 'true' : 'false'}
            aria-describedby=${described('title', false)}
            @input=${this.onTitle}
          />
          ${errors.title ? html`<p class="error" id="title-error">${errors.title}</p>` : nothing}
        </div>
        <div class="field">
          <label for="id">${this.t('newArticle.id')}</label>
          <input
            id="id"
            type="text"
            required
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${errors.id ? 'true' : 'false'}
            aria-describedby=${described('id', true)}
            .value=${this.articleId}
            @input=${this.onId}
          />
          <p class="hint" id="id-hint">${this.t('newArticle.idHint')}</p>
          ${errors.id ? html`<p class="error" id="id-error">${errors.id}</p>` : nothing}
        </div>
        <fieldset>
          <legend>${this.t('newArticle.lang')}</legend>
          ${LANGUAGES.map(
            (lang, i) =>
              html`<div class="choice">
                <input type="radio" name="lang" id="lang-${lang}" value=${lang} ?checked=${i === 0} />
                <label for="lang-${lang}">${this.t(`languages.${lang}`)}</label>
              </div>`,
          )}
        </fieldset>
        <div class="field">
          <label for="keywords">${this.t('newArticle.keywords')}</label>
          <input id="keywords" type="text" aria-describedby="keywords-hint" .value=${this.keywords.join(', ')} />
          <p class="hint" id="keywords-hint">${this.t('form.listHint')}</p>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" ?disabled=${this.busy}>${this.t('newArticle.create')}</button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-new': DhStudioNew;
  }
}
