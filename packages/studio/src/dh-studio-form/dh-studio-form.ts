import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ROLES, formatMenuPath, type Role } from '@direkthilfe/core/content/model';
import { FORM_FIELDS, type FormField, type FrontmatterFields } from '@direkthilfe/core/studio/frontmatter-form';
import type { StudioCatalog } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { styles } from './dh-studio-form.styles.js';

/** A message at a field of the frontmatter: the content check's, with its line and "Meinten Sie …?". */
export interface FieldMessage {
  field?: string;
  message: string;
  line?: number;
  suggestion?: string;
}

type ListField = 'keywords' | 'synonyms';
type TextField = 'title' | 'summary' | 'guide' | 'updated';

const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const equalLists = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The article's frontmatter as a form: title, summary, views, portal pages (from the portal map),
 * search terms, synonyms, guide and order, and the date. Each change goes out as `dh-studio-fields`, and
 * the editor writes it into the Markdown; the content check's messages stand at their fields, with
 * "Meinten Sie …?" where the check has a suggestion.
 *
 * @tag dh-studio-form
 * @fires dh-studio-fields - A field changed. `detail: { fields }` with the changed field.
 * @fires dh-studio-suggestion - "Meinten Sie …?" was chosen. `detail: { line, suggestion }`.
 * @fires dh-studio-go-to-line - The editor should show a line of the frontmatter. `detail: { line }`.
 */
@customElement('dh-studio-form')
export class DhStudioForm extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The fields; null when the frontmatter cannot be read (then `broken` says why). */
  @property({ attribute: false }) fields: FrontmatterFields | null = null;

  /** Why the frontmatter cannot be shown as a form, at its line. */
  @property({ attribute: false }) broken?: { line: number; message: string };

  /** The article's id (not editable: it names the article). */
  @property({ attribute: 'article-id' }) articleId = '';

  /** Messages of the content check at the fields; those at no field of the form are listed above it. */
  @property({ attribute: false }) messages: FieldMessage[] = [];

  /** The portal's pages, for the page keys. */
  @property({ attribute: false }) pages: StudioCatalog['pages'] = [];

  /** What is typed into the text fields, kept while it means the same as the field's value. */
  private readonly typed = new Map<string, string>();

  private change(fields: Partial<FrontmatterFields>) {
    dispatch(this, 'dh-studio-fields', { fields });
  }

  /** The text a field shows: what was typed, while it means the value; else the value written out. */
  private shown(name: string, written: string, means: (typed: string) => boolean): string {
    const typed = this.typed.get(name);
    return typed !== undefined && means(typed) ? typed : written;
  }

  private onText(name: TextField, event: Event) {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.typed.set(name, value);
    this.change({ [name]: value });
  }

  private onList(name: ListField, event: Event) {
    const value = (event.target as HTMLInputElement).value;
    this.typed.set(name, value);
    this.change({ [name]: splitList(value) });
  }

  private onOrder(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    this.typed.set('order', value);
    const number = Number.parseInt(value, 10);
    this.change({ order: Number.isFinite(number) ? number : null });
  }

  private toggle(name: 'roles' | 'contexts', item: string, on: boolean) {
    const current = this.fields![name] as string[];
    const next = on ? [...current, item] : current.filter((entry) => entry !== item);
    // Views stay in their usual order (admin, user); pages in the order they were chosen.
    this.change({ [name]: name === 'roles' ? ROLES.filter((role) => next.includes(role)) : next });
  }

  private messagesAt(field: string): FieldMessage[] {
    const seen = new Set<string>();
    return this.messages.filter((m) => m.field === field && !seen.has(m.message) && seen.add(m.message));
  }

  /** The ids of a field's hint and messages, for `aria-describedby`. */
  private described(field: string, hint: boolean): string {
    const ids = [...(hint ? [`${field}-hint`] : []), ...this.messagesAt(field).map((_, i) => `${field}-error-${i}`)];
    return ids.join(' ');
  }

  private invalid(field: string): 'true' | 'false' {
    return this.messagesAt(field).length ? 'true' : 'false';
  }

  private renderMessages(field: string): TemplateResult[] {
    return this.messagesAt(field).map(
      (m, i) =>
        html`<p class="error" id="${field}-error-${i}">${m.message}</p>
          ${
            m.suggestion && m.line
              ? html`<button
                  type="button"
                  class="button small suggestion"
                  @click=${() => dispatch(this, 'dh-studio-suggestion', { line: m.line!, suggestion: m.suggestion! })}
                >
                  ${this.t('form.suggest', { suggestion: m.suggestion })}
                </button>`
              : nothing
          }`,
    );
  }

  private renderText(name: TextField, options: { multiline?: boolean; hint?: string; type?: string } = {}) {
    const label = this.t(`form.${name}`);
    const value = this.shown(name, this.fields![name], (typed) => typed === this.fields![name]);
    const describedby = this.described(name, Boolean(options.hint));
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${
        options.multiline
          ? html`<textarea
              id=${name}
              name=${name}
              rows="3"
              aria-invalid=${this.invalid(name)}
              aria-describedby=${describedby || nothing}
              .value=${live(value)}
              @input=${(e: Event) => this.onText(name, e)}
            ></textarea>`
          : html`<input
              id=${name}
              name=${name}
              type=${options.type ?? 'text'}
              aria-invalid=${this.invalid(name)}
              aria-describedby=${describedby || nothing}
              .value=${live(value)}
              @input=${(e: Event) => this.onText(name, e)}
            />`
      }
      ${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : nothing}
      ${this.renderMessages(name)}
    </div>`;
  }

  private renderList(name: ListField) {
    const list = this.fields![name];
    const value = this.shown(name, list.join(', '), (typed) => equalLists(splitList(typed), list));
    return html`<div class="field">
      <label for=${name}>${this.t(`form.${name}`)}</label>
      <input
        id=${name}
        name=${name}
        type="text"
        aria-invalid=${this.invalid(name)}
        aria-describedby=${this.described(name, true)}
        .value=${live(value)}
        @input=${(e: Event) => this.onList(name, e)}
      />
      <p class="hint" id="${name}-hint">${this.t('form.listHint')}</p>
      ${this.renderMessages(name)}
    </div>`;
  }

  private renderRoles() {
    const roles = this.fields!.roles;
    return html`<fieldset aria-describedby=${this.described('roles', true)}>
      <legend>${this.t('form.roles')}</legend>
      <p class="hint" id="roles-hint">${this.t('form.rolesHint')}</p>
      ${ROLES.map(
        (role) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id="role-${role}"
              .checked=${live(roles.includes(role))}
              aria-invalid=${this.invalid('roles')}
              @change=${(e: Event) => this.toggle('roles', role, (e.target as HTMLInputElement).checked)}
            />
            <label for="role-${role}">${this.t(`roles.${role}`)}</label>
          </div>`,
      )}
      ${this.renderMessages('roles')}
    </fieldset>`;
  }

  private renderContexts() {
    const chosen = this.fields!.contexts;
    const known = new Set(this.pages.map((page) => page.key));
    // Page keys the portal map does not know stay visible, so that they can be unticked.
    const unknown = chosen.filter((key) => !known.has(key));
    const page = (key: string, label: string) =>
      html`<div class="choice">
        <input
          type="checkbox"
          id="page-${key}"
          .checked=${live(chosen.includes(key))}
          aria-invalid=${this.invalid('contexts')}
          @change=${(e: Event) => this.toggle('contexts', key, (e.target as HTMLInputElement).checked)}
        />
        <label for="page-${key}">${label} <span class="key">${key}</span></label>
      </div>`;
    return html`<fieldset aria-describedby=${this.described('contexts', true)}>
      <legend>${this.t('form.contexts')}</legend>
      <p class="hint" id="contexts-hint">${this.t('form.contextsHint')}</p>
      ${(['admin', 'user'] as Role[]).map((role) => {
        const pages = this.pages.filter((p) => p.role === role);
        return pages.length
          ? html`<div class="page-group" role="group" aria-labelledby="pages-${role}">
              <p class="group-label" id="pages-${role}">${this.t(`roles.${role}`)}</p>
              ${pages.map((p) => page(p.key, formatMenuPath(p.menuPath)))}
            </div>`
          : nothing;
      })}
      ${unknown.map((key) => page(key, ''))} ${this.renderMessages('contexts')}
    </fieldset>`;
  }

  private renderOrder() {
    const order = this.fields!.order;
    const value = this.shown('order', order === null ? '' : String(order), (typed) => {
      const number = Number.parseInt(typed, 10);
      return (Number.isFinite(number) ? number : null) === order;
    });
    return html`<div class="field">
      <label for="order">${this.t('form.order')}</label>
      <input
        id="order"
        name="order"
        type="number"
        min="1"
        step="1"
        inputmode="numeric"
        aria-invalid=${this.invalid('order')}
        aria-describedby=${this.described('order', false) || nothing}
        .value=${live(value)}
        @input=${this.onOrder}
      />
      ${this.renderMessages('order')}
    </div>`;
  }

  /** Messages about the frontmatter that belong to none of the form's fields (the id, unknown fields). */
  private renderOther() {
    const fields = new Set<string>(FORM_FIELDS);
    const other = this.messages.filter((m) => !m.field || !fields.has(m.field as FormField));
    if (!other.length) return nothing;
    return html`<ul class="other">
      ${other.map(
        (m) =>
          html`<li>
            <span class="error">${m.message}</span>
            ${
              m.line
                ? html`<button
                    type="button"
                    class="button small"
                    @click=${() => dispatch(this, 'dh-studio-go-to-line', { line: m.line! })}
                  >
                    ${this.t('form.goToLine', { line: m.line })}
                  </button>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  override render(): unknown {
    if (!this.fields) {
      const broken = this.broken;
      return broken
        ? html`<div class="broken">
            <p class="error">${this.t('form.broken', broken)}</p>
            <button
              type="button"
              class="button small"
              @click=${() => dispatch(this, 'dh-studio-go-to-line', { line: broken.line })}
            >
              ${this.t('form.goToLine', { line: broken.line })}
            </button>
          </div>`
        : nothing;
    }
    return html`<form novalidate aria-label=${this.t('form.legend')} @submit=${(e: Event) => e.preventDefault()}>
      ${this.renderOther()}
      <p class="id">${this.t('form.id')}: <code>${this.articleId}</code></p>
      ${this.renderText('title')} ${this.renderText('summary', { multiline: true, hint: this.t('form.summaryHint') })}
      <div class="columns">${this.renderRoles()} ${this.renderContexts()}</div>
      ${this.renderList('keywords')} ${this.renderList('synonyms')}
      <div class="columns">
        ${this.renderText('guide', { hint: this.t('form.guideHint') })} ${this.renderOrder()}
        ${this.renderText('updated', { type: 'date' })}
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-form': DhStudioForm;
  }
}
