import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Role } from '@direkthilfe/core/content/model';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import { LANGUAGES, type Language } from '@direkthilfe/core/i18n/languages';
import { AutosaveScheduler, type AutosaveState } from '@direkthilfe/core/studio/autosave';
import { parseFrontmatter, writeFrontmatter, type ParsedFrontmatter } from '@direkthilfe/core/studio/frontmatter-form';
import {
  articleLinkEdit,
  hintBox,
  imageEdit,
  menuPathEdit,
  type TextEdit,
} from '@direkthilfe/core/studio/markdown-edits';
import { suggestionEdit } from '@direkthilfe/core/studio/suggestions';
import {
  conflictRevision,
  type Autosave,
  type RenderAnswer,
  type RevisionInfo,
  type StudioArticle,
  type StudioCatalog,
  type StudioClient,
  type WorkflowAction,
} from '@direkthilfe/core/studio/studio-client';
import '../dh-studio-code/dh-studio-code.js';
import '../dh-studio-conflict/dh-studio-conflict.js';
import '../dh-studio-form/dh-studio-form.js';
import '../dh-studio-preview/dh-studio-preview.js';
import '../dh-studio-revisions/dh-studio-revisions.js';
import '../dh-studio-toolbar/dh-studio-toolbar.js';
import '../dh-studio-workflow/dh-studio-workflow.js';
import type { DhStudioCode } from '../dh-studio-code/dh-studio-code.js';
import type { DhStudioConflict } from '../dh-studio-conflict/dh-studio-conflict.js';
import type { DhStudioRevisions } from '../dh-studio-revisions/dh-studio-revisions.js';
import type { FieldMessage } from '../dh-studio-form/dh-studio-form.js';
import type {
  StudioFieldsDetail,
  StudioInsertDetail,
  StudioMergeDetail,
  StudioPreviewDetail,
  StudioRestoreDetail,
  StudioSuggestionDetail,
  StudioWorkflowDetail,
} from '../events.js';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { formatDateTime, formatTime } from '../shared/format.js';
import { styles } from './dh-studio-editor.styles.js';

/** How long typing pauses before the draft is checked and the preview rendered again. */
const RENDER_DELAY_MS = 400;

interface Conflict {
  mine: string;
  base: string;
  theirs: StudioArticle;
  author: string;
  createdAt: string;
}

const message = (error: unknown) => (error instanceof ApiCallError ? error.message : String(error));

/**
 * The article editor of one language version: the frontmatter as a form, the Markdown in CodeMirror with
 * the toolbar, the content check's problems at their lines and fields, and the preview, all from one text;
 * autosave, "Speichern" with a change note, "Versionen", the conflict view after a refused save, and the
 * workflow. A missing language version starts from the other one's text and is created by its first save.
 *
 * @tag dh-studio-editor
 * @fires dh-studio-navigate - A link to another article in the preview was followed. `detail: { path }`.
 */
@customElement('dh-studio-editor')
export class DhStudioEditor extends StudioElement {
  static override styles = [studioStyles, styles];

  @property({ attribute: false }) client!: StudioClient;

  /** The portal's pages and the articles, for the form, the pickers and the preview. */
  @property({ attribute: false }) catalog: StudioCatalog = { pages: [], articles: [] };

  @property({ attribute: 'article-id' }) articleId = '';
  @property({ attribute: 'article-lang' }) articleLang: Language = 'de';

  /** The studio's address, for the links to the other language. */
  @property() base = '/redaktion/';

  @state() private loading = true;
  @state() private loadError = '';
  /** The newest revision as the server has it; undefined for a language version not created yet. */
  @state() private article?: StudioArticle;
  @state() private source = '';
  @state() private baseRevision = 0;
  @state() private offer: Autosave | null = null;
  @state() private answer?: RenderAnswer;
  @state() private rendering = false;
  @state() private renderFailed = false;
  @state() private saving = false;
  @state() private saveNotice = '';
  @state() private saveError = '';
  @state() private autosaveState: AutosaveState = 'saved';
  @state() private autosavedAt?: Date;
  @state() private workflowBusy = false;
  @state() private workflowNotice = '';
  @state() private workflowError = '';
  @state() private showRevisions = false;
  @state() private revisions?: RevisionInfo[];
  @state() private restoring = false;
  @state() private conflict?: Conflict;
  @state() private preview: { page: string; view: Role; lang: Language } = { page: '', view: 'admin', lang: 'de' };

  @query('dh-studio-code') private code?: DhStudioCode;

  private parsed: ParsedFrontmatter = parseFrontmatter('');
  private autosave?: AutosaveScheduler;
  private renderTimer?: ReturnType<typeof setTimeout>;
  private renderRun = 0;
  private loaded?: Promise<void>;

  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') void this.autosave?.flush();
  };
  private readonly onPageHide = () => void this.autosave?.flush();
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.autosave?.dirty) return;
    event.preventDefault();
    void this.autosave.flush();
  };

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onHidden);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onHidden);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.renderTimer);
    void this.leave();
  }

  /** Saves what is not kept yet (before the studio shows another page); resolves when it is kept or failed. */
  async leave(): Promise<void> {
    const autosave = this.autosave;
    if (!autosave) return;
    await autosave.flush();
    autosave.dispose();
  }

  /** Resolves when the article has loaded (or failed to). */
  get ready(): Promise<void> {
    return this.loaded ?? Promise.resolve();
  }

  /** Moves the focus to the heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.ready;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if ((changed.has('articleId') || changed.has('articleLang')) && this.articleId) this.loaded = this.load();
    if (changed.has('source')) this.parsed = parseFrontmatter(this.source);
  }

  private other(): Language {
    return LANGUAGES.find((lang) => lang !== this.articleLang)!;
  }

  private async load() {
    const { articleId: id, articleLang: lang } = this;
    this.loading = true;
    this.loadError = '';
    void this.autosave?.flush();
    try {
      let article: StudioArticle | undefined;
      let start: string;
      try {
        article = await this.client.article(id, lang);
        start = article.source;
      } catch (error) {
        if (!(error instanceof ApiCallError && error.code === 'article_not_found')) throw error;
        // A language version not written yet starts from the other language's text.
        start = (await this.client.article(id, this.other())).source;
      }
      this.article = article;
      this.offer = article?.autosave ?? null;
      this.conflict = undefined;
      this.revisions = undefined;
      this.showRevisions = false;
      this.use(start, article?.revision ?? 0);
      const fields = parseFrontmatter(start).fields;
      this.preview = {
        page: fields?.contexts[0] ?? '',
        view: fields?.roles.includes('admin') || !fields?.roles.length ? 'admin' : 'user',
        lang,
      };
    } catch (error) {
      this.loadError =
        error instanceof ApiCallError && error.code === 'article_not_found'
          ? this.t('editor.notFound')
          : message(error);
    } finally {
      this.loading = false;
    }
  }

  /** Starts editing a text on top of a revision: a new autosave schedule, a new check. */
  private use(source: string, baseRevision: number) {
    this.autosave?.dispose();
    this.source = source;
    this.baseRevision = baseRevision;
    this.autosave = new AutosaveScheduler(source, {
      save: (text) =>
        this.client.autosave(this.articleId, this.articleLang, text, this.baseRevision).then(() => {
          this.autosavedAt = new Date();
        }),
      onStateChange: (state) => (this.autosaveState = state),
    });
    this.autosaveState = 'saved';
    this.autosavedAt = undefined;
    this.scheduleRender(0);
  }

  /** The text changed (typing, the form, the toolbar, a suggestion). */
  private edit(source: string) {
    this.source = source;
    this.saveNotice = '';
    this.autosave?.change(source);
    this.scheduleRender();
  }

  private scheduleRender(delay = RENDER_DELAY_MS) {
    clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => void this.check(), delay);
  }

  /** Checks and renders the text; an older answer arriving late never replaces a newer one. */
  private async check() {
    const run = ++this.renderRun;
    this.rendering = true;
    try {
      const answer = await this.client.render(this.articleId, this.articleLang, this.source);
      if (run !== this.renderRun) return;
      this.answer = answer;
      this.renderFailed = false;
    } catch {
      if (run === this.renderRun) this.renderFailed = true;
    } finally {
      if (run === this.renderRun) this.rendering = false;
    }
  }

  private applyEdit(edit: Pick<TextEdit, 'from' | 'to' | 'insert'> & Partial<Pick<TextEdit, 'selection'>>) {
    if (this.code) this.code.applyEdit(edit);
    else this.edit(this.source.slice(0, edit.from) + edit.insert + this.source.slice(edit.to));
  }

  private onInsert(event: CustomEvent<StudioInsertDetail>) {
    const detail = event.detail;
    const { from, to } = this.code?.selection ?? { from: this.source.length, to: this.source.length };
    this.applyEdit(
      detail.kind === 'hint'
        ? hintBox(this.source, from, to, detail.hint, '', this.t('toolbar.placeholder'))
        : detail.kind === 'menu-path'
          ? menuPathEdit(from, to, detail.path)
          : detail.kind === 'article-link'
            ? articleLinkEdit(this.source, from, to, detail.id, detail.title)
            : imageEdit(from, to, detail.url, detail.alt),
    );
  }

  /** "Meinten Sie …?": the suggestion takes the place of the wrong value on its line. */
  private suggest({ line, suggestion }: StudioSuggestionDetail) {
    const edit = suggestionEdit(this.source, line, suggestion);
    if (edit) this.applyEdit(edit);
  }

  private goToLine(line: number) {
    this.code?.goToLine(line);
  }

  private takeOffer(take: boolean) {
    const offer = this.offer;
    this.offer = null;
    if (take && offer) {
      this.use(offer.source, offer.baseRevision);
      this.autosave?.change(offer.source);
    } else if (this.article) {
      // The server forgets the autosave: the same text as the revision is none.
      void this.client.autosave(this.articleId, this.articleLang, this.article.source, this.article.revision);
    }
    void this.updateComplete.then(() => this.code?.focus());
  }

  private get dirty(): boolean {
    return !this.article || this.source !== this.article.source || this.baseRevision !== this.article.revision;
  }

  /** "Speichern": a new revision on top of the one the text started from. */
  private async save(event?: SubmitEvent, note?: string): Promise<boolean> {
    event?.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#save-message');
    if (!this.dirty) {
      this.saveNotice = this.t('editor.save.nothing');
      return true;
    }
    this.saving = true;
    this.saveError = '';
    this.saveNotice = '';
    const text = this.source;
    try {
      const saved = await this.client.save(
        this.articleId,
        this.articleLang,
        text,
        this.baseRevision,
        note ?? input?.value.trim() ?? '',
      );
      this.article = saved;
      this.baseRevision = saved.revision;
      this.offer = null;
      this.autosave?.saved(text);
      this.saveNotice = this.t('editor.save.done', { revision: saved.revision });
      if (input) input.value = '';
      if (this.revisions) void this.loadRevisions();
      return true;
    } catch (error) {
      const current = conflictRevision(error);
      if (current !== undefined || (error instanceof ApiCallError && error.code === 'article_exists')) {
        this.saving = false;
        await this.openConflict(text);
      } else {
        this.saveError = message(error);
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** After a refused save: both versions, merged where they do not overlap. */
  private async openConflict(mine: string) {
    try {
      const [theirs, base] = await Promise.all([
        this.client.article(this.articleId, this.articleLang),
        this.baseRevision > 0
          ? this.client.revision(this.articleId, this.articleLang, this.baseRevision).then((r) => r.source)
          : Promise.resolve(''),
      ]);
      const revision = await this.client.revision(this.articleId, this.articleLang, theirs.revision);
      this.conflict = { mine, base, theirs, author: revision.author, createdAt: revision.createdAt };
      await this.updateComplete;
      await this.renderRoot.querySelector<DhStudioConflict>('dh-studio-conflict')?.focusHeading();
    } catch (error) {
      this.saveError = message(error);
    }
  }

  /** The conflict ends: the chosen text is the draft on top of the newer revision. */
  private async onMerge(event: CustomEvent<StudioMergeDetail>) {
    const conflict = this.conflict!;
    this.conflict = undefined;
    this.article = conflict.theirs;
    this.baseRevision = conflict.theirs.revision;
    this.edit(event.detail.source);
    this.saveNotice = this.t('conflict.taken');
    await this.updateComplete;
    this.code?.focus();
  }

  private async loadRevisions() {
    try {
      this.revisions = await this.client.revisions(this.articleId, this.articleLang);
    } catch (error) {
      this.saveError = message(error);
    }
  }

  private async toggleRevisions() {
    this.showRevisions = !this.showRevisions;
    if (!this.showRevisions) return;
    this.revisions = undefined;
    await this.updateComplete;
    await this.renderRoot.querySelector<DhStudioRevisions>('dh-studio-revisions')?.focusHeading();
    await this.loadRevisions();
  }

  /** "Wiederherstellen": unsaved text is saved first, so that it stays in the versions too. */
  private async onRestore(event: CustomEvent<StudioRestoreDetail>) {
    const { number } = event.detail;
    this.restoring = true;
    try {
      if (this.dirty && !(await this.save(undefined, this.t('editor.save.beforeRestore', { number })))) return;
      const restored = await this.client.restore(this.articleId, this.articleLang, number, this.baseRevision);
      this.article = restored;
      this.use(restored.source, restored.revision);
      this.saveNotice = this.t('revisions.restored', { number, revision: restored.revision });
      await this.loadRevisions();
      // The restored text is the draft now: reading and writing go on there.
      this.code?.focus();
    } catch (error) {
      if (conflictRevision(error) !== undefined) await this.openConflict(this.source);
      else this.saveError = message(error);
    } finally {
      this.restoring = false;
    }
  }

  private async onWorkflow(event: CustomEvent<StudioWorkflowDetail>) {
    const { action, publishAt } = event.detail;
    this.workflowBusy = true;
    this.workflowError = '';
    this.workflowNotice = '';
    try {
      this.article = await this.client.workflow(
        this.articleId,
        this.articleLang,
        action,
        this.article!.revision,
        publishAt,
      );
      this.workflowNotice = this.t(`workflow.done.${action satisfies WorkflowAction}`);
    } catch (error) {
      const problems = error instanceof ApiCallError ? error.data.problems : undefined;
      this.workflowError = Array.isArray(problems)
        ? [
            message(error),
            ...problems.map(
              (p: { file: string; line: number; message: string }) => `${p.file}:${p.line}: ${p.message}`,
            ),
          ].join(' ')
        : message(error);
      if (conflictRevision(error) !== undefined) await this.load();
    } finally {
      this.workflowBusy = false;
    }
  }

  /** The form's messages: the server's checks (with lines and suggestions) and the form's own, once each. */
  private fieldMessages(): FieldMessage[] {
    const server = (this.answer?.problems ?? []).filter((p) => p.field || p.line < this.parsed.bodyLine);
    const own = this.parsed.problems.map((p) => ({ ...p, line: p.field ? this.parsed.lines[p.field] : undefined }));
    return [...server, ...own];
  }

  private renderOffer() {
    const offer = this.offer;
    if (!offer) return nothing;
    const revision = this.article?.revision ?? 0;
    return html`<div class="offer" role="region" aria-label=${this.t('editor.autosave.saved')}>
      <p>${this.t('editor.offer.text', { date: formatDateTime(offer.savedAt, this.uiLang) })}</p>
      ${
        offer.baseRevision !== revision
          ? html`<p>${this.t('editor.offer.olderBase', { base: offer.baseRevision, revision })}</p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="button primary" @click=${() => this.takeOffer(true)}>
          ${this.t('editor.offer.take')}
        </button>
        <button type="button" class="button" @click=${() => this.takeOffer(false)}>
          ${this.t('editor.offer.discard')}
        </button>
      </div>
    </div>`;
  }

  private renderProblems() {
    const problems = this.answer?.problems ?? [];
    const counts = (['error', 'warning'] as const)
      .map((severity) => [severity, problems.filter((p) => p.severity === severity).length] as const)
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => this.t(`editor.problems.${severity}s`, { count }));
    const status = this.renderFailed
      ? this.t('editor.problems.failed')
      : !this.answer
        ? this.t('editor.problems.checking')
        : counts.length
          ? this.t('editor.problems.found', { list: counts.join(', ') })
          : this.t('editor.problems.none');
    return html`<section class="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">${this.t('editor.sections.problems')}</h2>
      <p id="problem-count" role="status">${status}</p>
      ${
        problems.length
          ? html`<ul>
              ${problems.map(
                (p) =>
                  html`<li class=${p.severity}>
                    <span class="where"
                      >${this.t('editor.problems.line', { line: p.line })}${
                        p.field ? html` · ${this.t('editor.problems.field', { field: p.field })}` : nothing
                      }:</span
                    >
                    <span class="visually-hidden">${this.t(`editor.problems.${p.severity}`)}:</span>
                    ${p.message}
                    <span class="actions">
                      <button type="button" class="button small" @click=${() => this.goToLine(p.line)}>
                        ${this.t('editor.problems.goTo', { line: p.line })}
                      </button>
                      ${
                        p.suggestion
                          ? html`<button
                              type="button"
                              class="button small"
                              @click=${() => this.suggest({ line: p.line, suggestion: p.suggestion! })}
                            >
                              ${this.t('editor.problems.suggest', { suggestion: p.suggestion })}
                            </button>`
                          : nothing
                      }
                    </span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderAutosave() {
    const state = this.autosaveState;
    const text =
      state === 'saved'
        ? this.autosavedAt
          ? this.t('editor.autosave.savedAt', { time: formatTime(this.autosavedAt, this.uiLang) })
          : ''
        : this.t(`editor.autosave.${state}`);
    return html`<p class="autosave ${state}" role="status">${text}</p>`;
  }

  private renderLanguages() {
    return html`<nav class="languages" aria-label=${this.t('editor.language')}>
      <ul>
        ${LANGUAGES.map(
          (lang) =>
            html`<li>
              <a
                href="${this.base}artikel/${encodeURIComponent(this.articleId)}/${lang}"
                aria-current=${lang === this.articleLang ? 'page' : nothing}
                >${this.t(`languages.${lang}`)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderEditing() {
    const fields = this.parsed.fields;
    const problems = this.answer?.problems ?? [];
    return html`<div class="workspace">
      <div class="writing">
        <section aria-labelledby="meta-title">
          <h2 id="meta-title">${this.t('editor.sections.meta')}</h2>
          <dh-studio-form
            article-id=${this.articleId}
            .fields=${fields}
            .broken=${this.parsed.error}
            .messages=${this.fieldMessages()}
            .pages=${this.catalog.pages}
            @dh-studio-fields=${(e: CustomEvent<StudioFieldsDetail>) => this.edit(writeFrontmatter(this.source, e.detail.fields))}
            @dh-studio-suggestion=${(e: CustomEvent<StudioSuggestionDetail>) => this.suggest(e.detail)}
            @dh-studio-go-to-line=${(e: CustomEvent<{ line: number }>) => this.goToLine(e.detail.line)}
          ></dh-studio-form>
        </section>
        <section aria-labelledby="text-title">
          <h2 id="text-title">${this.t('editor.sections.text')}</h2>
          <dh-studio-toolbar
            .pages=${this.catalog.pages}
            .articles=${this.catalog.articles.filter((a) => a.id !== this.articleId)}
            .client=${this.client}
            @dh-studio-insert=${this.onInsert}
          ></dh-studio-toolbar>
          <dh-studio-code
            label=${this.t('editor.code')}
            text-lang=${this.articleLang}
            .value=${this.source}
            .problems=${problems}
            @dh-studio-input=${(e: CustomEvent<{ value: string }>) => this.edit(e.detail.value)}
          ></dh-studio-code>
        </section>
        ${this.renderProblems()}
      </div>
      <div class="previewing">
        <dh-studio-preview
          article-id=${this.articleId}
          .article=${this.answer?.article ?? null}
          .roles=${fields?.roles ?? []}
          .contexts=${fields?.contexts ?? []}
          .pages=${this.catalog.pages}
          page=${this.preview.page}
          view=${this.preview.view}
          panel-lang=${this.preview.lang}
          ?stored=${(this.article?.revision ?? 0) > 0}
          ?updating=${this.rendering}
          @dh-studio-preview-change=${(e: CustomEvent<StudioPreviewDetail>) => (this.preview = e.detail)}
          @dh-article-link=${(e: CustomEvent<{ id: string }>) =>
            dispatch(this, 'dh-studio-navigate', { path: `artikel/${e.detail.id}/${this.articleLang}` })}
        ></dh-studio-preview>
      </div>
    </div>`;
  }

  private renderSave() {
    return html`<section class="save" aria-labelledby="save-title">
      <h2 id="save-title" class="visually-hidden">${this.t('editor.sections.save')}</h2>
      <form novalidate @submit=${this.save}>
        <div class="field">
          <label for="save-message">${this.t('editor.save.message')}</label>
          <input id="save-message" type="text" maxlength="200" aria-describedby="save-message-hint" />
          <p class="hint" id="save-message-hint">${this.t('editor.save.messageHint')}</p>
        </div>
        <button type="submit" class="button primary" ?disabled=${this.saving}>
          ${this.t(this.saving ? 'editor.save.busy' : 'editor.save.submit')}
        </button>
        <button
          type="button"
          class="button"
          id="versions"
          aria-expanded=${this.showRevisions ? 'true' : 'false'}
          ?disabled=${!this.article}
          @click=${this.toggleRevisions}
        >
          ${this.t('editor.versions')}
        </button>
      </form>
      <p class="notice" role="status">${this.saveNotice}</p>
      <p class="alert" role="alert">${this.saveError}</p>
      ${this.renderAutosave()}
    </section>`;
  }

  override render(): unknown {
    if (this.loading && !this.article && !this.source)
      return html`<p role="status" class="status">${this.t('editor.loading')}</p>`;
    if (this.loadError)
      return html`<h1 tabindex="-1">${this.articleId}</h1>
        <p role="alert">${this.loadError}</p>`;
    const title = this.parsed.fields?.title || this.articleId;
    const revision = this.article?.revision;
    return html`
      <header class="head">
        <h1 tabindex="-1">${title}</h1>
        <p class="meta">
          <code>${this.articleId}</code> ·
          ${revision ? this.t('editor.revision', { revision }) : this.t('editor.newRevision')}
          ${this.article ? html` · ${this.t(`status.${this.article.status}`)}` : nothing}
        </p>
        ${this.renderLanguages()}
      </header>
      ${this.renderOffer()}
      ${
        this.conflict
          ? html`<dh-studio-conflict
              .mine=${this.conflict.mine}
              .base=${this.conflict.base}
              .theirs=${this.conflict.theirs.source}
              .revision=${{
                number: this.conflict.theirs.revision,
                author: this.conflict.author,
                createdAt: this.conflict.createdAt,
              }}
              @dh-studio-merge=${this.onMerge}
            ></dh-studio-conflict>`
          : this.renderEditing()
      }
      ${this.renderSave()}
      ${
        this.showRevisions
          ? html`<dh-studio-revisions
              .revisions=${this.revisions}
              .load=${(n: number) => this.client.revision(this.articleId, this.articleLang, n).then((r) => r.source)}
              ?busy=${this.restoring}
              @dh-studio-restore=${this.onRestore}
            ></dh-studio-revisions>`
          : nothing
      }
      <dh-studio-workflow
        .state=${this.article}
        ?dirty=${this.dirty}
        ?busy=${this.workflowBusy}
        notice=${this.workflowNotice}
        error=${this.workflowError}
        @dh-studio-workflow=${this.onWorkflow}
      ></dh-studio-workflow>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-editor': DhStudioEditor;
  }
}
