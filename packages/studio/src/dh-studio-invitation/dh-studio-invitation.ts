import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@direkthilfe/widgets/dh-password-field.js';
import type { DhPasswordField } from '@direkthilfe/widgets/dh-password-field.js';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import type { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { styles } from '../dh-studio-login/dh-studio-login.styles.js';

/**
 * The invitation page (`/redaktion/einladung#token=…`): the invited editor sets a first password with
 * `<dh-password-field>` under the portal's policy; the link's token works once, and the answer is the
 * editor's session.
 *
 * @tag dh-studio-invitation
 * @fires dh-studio-session - The password is set and the editor signed in. `detail: { session }`.
 */
@customElement('dh-studio-invitation')
export class DhStudioInvitation extends StudioElement {
  static override styles = [studioStyles, styles];

  @property({ attribute: false }) client!: StudioClient;

  /** The token from the invitation link. */
  @property({ attribute: false }) token = '';

  @state() private busy = false;
  @state() private error = '';
  @state() private fieldError = '';

  @query('dh-password-field') private field?: DhPasswordField;

  /** Moves the focus to the heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const field = this.field!;
    this.error = '';
    this.fieldError = field.value ? '' : this.t('invitation.missingPassword');
    if (this.fieldError) {
      await this.updateComplete;
      field.focus();
      return;
    }
    // A different repetition is the field's own to say, at the repetition.
    if (!field.reportConfirmation()) return;
    this.busy = true;
    try {
      this.client.language = this.uiLang;
      const session = await this.client.acceptInvitation(this.token, field.value);
      dispatch(this, 'dh-studio-session', { session });
    } catch (error) {
      const messages = error instanceof ApiCallError ? error.data.messages : undefined;
      if (error instanceof ApiCallError && error.code === 'password_policy' && Array.isArray(messages)) {
        this.fieldError = messages.join(' ');
        await this.updateComplete;
        field.focus();
      } else {
        this.error = error instanceof ApiCallError ? error.message : String(error);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  override render(): unknown {
    return html`<section aria-labelledby="invitation-title">
      <h1 id="invitation-title" tabindex="-1">${this.t('invitation.title')}</h1>
      ${
        this.token
          ? html`<p>${this.t('invitation.intro')}</p>
              <form novalidate @submit=${this.submit}>
                <p class="alert" role="alert" tabindex="-1">${this.error}</p>
                <dh-password-field
                  name="newPassword"
                  confirm
                  lang=${this.uiLang}
                  .serverError=${this.fieldError}
                ></dh-password-field>
                <div class="actions">
                  <button type="submit" class="button primary" ?disabled=${this.busy}>
                    ${this.t(this.busy ? 'invitation.busy' : 'invitation.submit')}
                  </button>
                </div>
              </form>`
          : html`<p role="alert">${this.t('invitation.missingToken')}</p>`
      }
      ${nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-invitation': DhStudioInvitation;
  }
}
