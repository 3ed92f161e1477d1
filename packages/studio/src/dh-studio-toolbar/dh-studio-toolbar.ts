import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formatMenuPath } from '@direkthilfe/core/content/model';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import { HINT_KINDS, type HintKind } from '@direkthilfe/core/studio/markdown-edits';
import { normalizeWord } from '@direkthilfe/core/search/normalize';
import type { StudioCatalog, StudioClient } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import type { StudioInsertDetail } from '../events.js';
import { styles } from './dh-studio-toolbar.styles.js';

type Dialog = 'menu-path' | 'article-link' | 'image';

interface Choice {
  key: string;
  label: string;
  detail: string;
  insert: StudioInsertDetail;
}

/** The uploads the backend takes (it checks the content itself). */
const IMAGE_TYPES = 'image/png,image/jpeg,image/webp';

/**
 * The editor's toolbar for the extras of the content format: Hinweis, Tipp and Achtung boxes, a menu path
 * from the portal map, a link to another article, and an uploaded image with its required alternative
 * text. One tab stop; the arrow keys move between the buttons. The pickers are modal dialogs: Escape
 * closes them, and the focus goes back to the button that opened them.
 *
 * @tag dh-studio-toolbar
 * @fires dh-studio-insert - Something to insert at the editor's selection. `detail` names what.
 */
@customElement('dh-studio-toolbar')
export class DhStudioToolbar extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The portal's pages, for menu paths. */
  @property({ attribute: false }) pages: StudioCatalog['pages'] = [];

  /** The articles, for links. */
  @property({ attribute: false }) articles: StudioCatalog['articles'] = [];

  /** Uploads images. */
  @property({ attribute: false }) client?: StudioClient;

  @state() private open?: Dialog;
  @state() private filter = '';
  /** The toolbar button that has the tab stop. */
  @state() private current = 0;
  @state() private uploading = false;
  @state() private imageErrors: { file?: string; alt?: string; form?: string } = {};

  @query('dialog') private dialog?: HTMLDialogElement;
  private opener?: HTMLElement;

  private get buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
  }

  private onToolbarKey(event: KeyboardEvent) {
    const count = this.buttons.length;
    const moves: Record<string, number> = {
      ArrowRight: this.current + 1,
      ArrowLeft: this.current - 1 + count,
      Home: 0,
      End: count - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.current = moves[event.key] % count;
    this.buttons[this.current].focus();
  }

  private insert(detail: StudioInsertDetail) {
    dispatch(this, 'dh-studio-insert', detail);
  }

  private async openDialog(kind: Dialog, event: Event) {
    this.opener = event.currentTarget as HTMLElement;
    this.filter = '';
    this.imageErrors = {};
    this.open = kind;
    await this.updateComplete;
    this.dialog!.showModal();
    this.dialog!.querySelector<HTMLElement>('input')?.focus();
  }

  /** Closes the dialog; the focus goes back to its button unless something was inserted (then to the text). */
  private close(inserted = false) {
    this.dialog?.close();
    this.open = undefined;
    if (!inserted) this.opener?.focus();
  }

  /** Escape: the dialog closes the same way as with "Abbrechen". */
  private onCancel(event: Event) {
    event.preventDefault();
    this.close();
  }

  private choose(choice: Choice) {
    this.close(true);
    this.insert(choice.insert);
  }

  private choices(): Choice[] {
    const words = normalizeWord(this.filter).split(/\s+/).filter(Boolean);
    const all: Choice[] =
      this.open === 'menu-path'
        ? this.pages.map((page) => ({
            key: page.key,
            label: formatMenuPath(page.menuPath),
            detail: `${this.t(`roles.${page.role}`)} · ${page.key}`,
            insert: { kind: 'menu-path', path: page.menuPath },
          }))
        : this.articles.map((article) => ({
            key: article.id,
            label: article.title,
            detail: article.id,
            insert: { kind: 'article-link', id: article.id, title: article.title },
          }));
    return all.filter((choice) => {
      const text = normalizeWord(`${choice.label} ${choice.detail}`);
      return words.every((word) => text.includes(word));
    });
  }

  private async upload(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = form.querySelector<HTMLInputElement>('#image-file')!.files?.[0];
    const alt = form.querySelector<HTMLInputElement>('#image-alt')!.value.trim();
    this.imageErrors = {
      ...(file ? {} : { file: this.t('toolbar.imageDialog.fileMissing') }),
      ...(alt ? {} : { alt: this.t('toolbar.imageDialog.altMissing') }),
    };
    if (!file || !alt) {
      await this.updateComplete;
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.uploading = true;
    try {
      const image = await this.client!.uploadImage(file);
      this.close(true);
      this.insert({ kind: 'image', url: image.url, alt });
    } catch (error) {
      const message = error instanceof ApiCallError ? error.message : String(error);
      this.imageErrors = { file: message };
      await this.updateComplete;
      form.querySelector<HTMLElement>('#image-file')?.focus();
    } finally {
      this.uploading = false;
    }
  }

  private renderPicker() {
    const menu = this.open === 'menu-path';
    const choices = this.choices();
    return html`<h2 id="dialog-title">${this.t(menu ? 'toolbar.picker.menuTitle' : 'toolbar.picker.articleTitle')}</h2>
      <p class="hint" id="dialog-intro">${this.t(menu ? 'toolbar.picker.menuIntro' : 'toolbar.picker.articleIntro')}</p>
      <div class="field">
        <label for="picker-filter">${this.t('toolbar.picker.filter')}</label>
        <input
          id="picker-filter"
          type="search"
          autocomplete="off"
          .value=${this.filter}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="status" role="status">${choices.length ? '' : this.t('toolbar.picker.none')}</p>
      <ul class="choices">
        ${choices.map(
          (choice) =>
            html`<li>
              <button type="button" class="choice-button" @click=${() => this.choose(choice)}>
                <span class="label">${choice.label}</span>
                <span class="detail">${choice.detail}</span>
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderImage() {
    const errors = this.imageErrors;
    return html`<h2 id="dialog-title">${this.t('toolbar.imageDialog.title')}</h2>
      <form novalidate @submit=${this.upload}>
        <div class="field">
          <label for="image-file">${this.t('toolbar.imageDialog.file')}</label>
          <input
            id="image-file"
            type="file"
            accept=${IMAGE_TYPES}
            aria-invalid=${errors.file ? 'true' : 'false'}
            aria-describedby="image-file-hint${errors.file ? ' image-file-error' : ''}"
          />
          <p class="hint" id="image-file-hint">${this.t('toolbar.imageDialog.fileHint')}</p>
          ${errors.file ? html`<p class="error" id="image-file-error">${errors.file}</p>` : nothing}
        </div>
        <div class="field">
          <label for="image-alt">${this.t('toolbar.imageDialog.alt')}</label>
          <input
            id="image-alt"
            type="text"
            required
            aria-invalid=${errors.alt ? 'true' : 'false'}
            aria-describedby="image-alt-hint${errors.alt ? ' image-alt-error' : ''}"
          />
          <p class="hint" id="image-alt-hint">${this.t('toolbar.imageDialog.altHint')}</p>
          ${errors.alt ? html`<p class="error" id="image-alt-error">${errors.alt}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="button primary" ?disabled=${this.uploading}>
            ${this.t(this.uploading ? 'toolbar.imageDialog.busy' : 'toolbar.imageDialog.submit')}
          </button>
        </div>
      </form>`;
  }

  override render(): unknown {
    const tab = (index: number) => (index === this.current ? 0 : -1);
    const hints = HINT_KINDS.map(
      (kind: HintKind, i) =>
        html`<button
          type="button"
          class="button small hint-${kind}"
          tabindex=${tab(i)}
          aria-label=${this.t('toolbar.boxLabel', { kind: this.t(`toolbar.${kind}`) })}
          @click=${() => this.insert({ kind: 'hint', hint: kind })}
          @focus=${() => (this.current = i)}
        >
          ${this.t(`toolbar.${kind}`)}
        </button>`,
    );
    const dialogs: [Dialog, string][] = [
      ['menu-path', 'toolbar.menuPath'],
      ['article-link', 'toolbar.articleLink'],
      ['image', 'toolbar.image'],
    ];
    return html`
      <div role="toolbar" aria-label=${this.t('toolbar.label')} @keydown=${this.onToolbarKey}>
        ${hints}
        <span class="separator" aria-hidden="true"></span>
        ${dialogs.map(
          ([kind, label], i) =>
            html`<button
              type="button"
              class="button small"
              tabindex=${tab(HINT_KINDS.length + i)}
              aria-haspopup="dialog"
              ?disabled=${kind === 'image' && !this.client}
              @click=${(e: Event) => this.openDialog(kind, e)}
              @focus=${() => (this.current = HINT_KINDS.length + i)}
            >
              ${this.t(label)}…
            </button>`,
        )}
      </div>
      <dialog aria-labelledby="dialog-title" @cancel=${this.onCancel}>
        ${
          this.open
            ? html`${this.open === 'image' ? this.renderImage() : this.renderPicker()}
                <div class="actions close">
                  <button type="button" class="button" @click=${() => this.close()}>
                    ${this.t('toolbar.picker.cancel')}
                  </button>
                </div>`
            : nothing
        }
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-toolbar': DhStudioToolbar;
  }
}
