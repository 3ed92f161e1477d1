import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@direkthilfe/core/help/feedback-comment';
import type { HelpApiClient } from '@direkthilfe/core/help/api-client';
import '../i18n/comment-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { buttonStyles } from '../styles/controls.styles.js';
import { focusRing, tokens } from '../styles/shared.styles.js';
import { styles } from './dh-feedback-comment.styles.js';

/** One line of plain text, as the API takes a comment: line breaks and runs of spaces become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * After "Nein" on "War dieser Artikel hilfreich?": an optional short text, "Was hat Ihnen gefehlt?", with a
 * visible character count and a note not to write personal data. "Hinweis senden" sends it with the article
 * id and the language, nothing about the reader; "Überspringen" sends nothing. The answer "Nein" itself is
 * sent by whoever showed the question (the panel), before this form.
 *
 * @tag dh-feedback-comment
 * @summary The optional comment after "Nein".
 *
 * @csspart form - The form.
 * @csspart input - The text field.
 */
export class DhFeedbackComment extends LitElement {
  static override styles = [tokens, focusRing, buttonStyles, styles];

  /** The article the comment is about. */
  @property() article = '';

  /** The help API client that sends the comment (the panel's). */
  @property({ attribute: false }) client?: HelpApiClient;

  /** Moves focus to the text field once shown (the "Nein" button that was pressed is gone then). */
  @property({ type: Boolean, attribute: 'focus-on-load' }) focusOnLoad = false;

  @state() private text = '';
  @state() private status: 'editing' | 'sending' | 'error' | 'sent' | 'skipped' = 'editing';

  private readonly language = new LanguageController(this);

  protected override firstUpdated() {
    if (this.focusOnLoad) this.renderRoot.querySelector('textarea')?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('article') && changed.get('article') !== undefined) {
      this.text = '';
      this.status = 'editing';
    }
  }

  private async send(event: Event) {
    event.preventDefault();
    const comment = oneLine(this.text);
    if (!comment || this.status === 'sending') return;
    this.status = 'sending';
    try {
      await this.client!.request('POST', '/api/help/feedback', {
        articleId: this.article,
        helpful: false,
        lang: this.language.lang,
        comment,
      });
      this.finish('sent');
    } catch {
      this.status = 'error';
    }
  }

  /** The form goes; focus moves to the confirmation, which the live region also announces. */
  private async finish(status: 'sent' | 'skipped') {
    this.status = status;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
  }

  override render(): unknown {
    const t = uiTranslator(this.language.lang);
    const done = this.status === 'sent' || this.status === 'skipped';
    const sending = this.status === 'sending';
    return html`
      ${done ? nothing : this.renderForm(t, sending)}
      <p class="confirmation" role="status" tabindex="-1">${done ? t(`comment.${this.status}`) : ''}</p>
    `;
  }

  private renderForm(t: ReturnType<typeof uiTranslator>, sending: boolean) {
    return html`<form part="form" @submit=${this.send}>
      <label for="comment">${t('comment.question')} <span class="optional">${t('comment.optional')}</span></label>
      <p class="note" id="note">${t('comment.privacy')}</p>
      <textarea
        part="input"
        id="comment"
        rows="3"
        maxlength=${FEEDBACK_COMMENT_MAX_LENGTH}
        aria-describedby="note count"
        .value=${this.text}
        @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="count" id="count">
        ${t('comment.count', { count: this.text.length, max: FEEDBACK_COMMENT_MAX_LENGTH })}
      </p>
      ${this.status === 'error' ? html`<p class="error" role="alert">${t('comment.error')}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${!oneLine(this.text)}>
          ${sending ? t('comment.sending') : t('comment.send')}
        </button>
        <button class="button" type="button" @click=${() => sending || this.finish('skipped')}>
          ${t('comment.skip')}
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-feedback-comment': DhFeedbackComment;
  }
}
