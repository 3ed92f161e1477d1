import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import type { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { styles } from './dh-studio-login.styles.js';

type Field = 'username' | 'password';

/**
 * The studio's sign-in: the portal's own login with the role `editor`, so the same sessions, CSRF and
 * rate limits apply.
 *
 * @tag dh-studio-login
 * @fires dh-studio-session - Signed in. `detail: { session }`.
 */
@customElement('dh-studio-login')
export class DhStudioLogin extends StudioElement {
  static override styles = [studioStyles, styles];

  @property({ attribute: false }) client!: StudioClient;

  @state() private busy = false;
  @state() private error = '';
  @state() private missing: Partial<Record<Field, string>> = {};

  /** Moves the focus to the heading, so that reading starts there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (field: Field) => form.querySelector<HTMLInputElement>(`#${field}`)!.value;
    this.error = '';
    this.missing = Object.fromEntries(
      (['username', 'password'] as const)
        .filter((field) => !value(field).trim())
        .map((field) => [field, this.t('login.missing', { field: this.t(`login.${field}`) })]),
    );
    if (Object.keys(this.missing).length) {
      await this.updateComplete;
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      this.client.language = this.uiLang;
      const session = await this.client.login(value('username').trim(), value('password'));
      dispatch(this, 'dh-studio-session', { session });
    } catch (error) {
      this.error = error instanceof ApiCallError && error.status !== 0 ? error.message : this.t('login.network');
      await this.updateComplete;
      form.querySelector<HTMLInputElement>('#password')!.select();
      form.querySelector<HTMLInputElement>('#password')!.focus();
    } finally {
      this.busy = false;
    }
  }

  private field(field: Field, type: string, autocomplete: string) {
    const missing = this.missing[field];
    return html`<div class="field">
      <label for=${field}>${this.t(`login.${field}`)}</label>
      <input
        id=${field}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby=${missing ? `${field}-error` : nothing}
      />
      ${missing ? html`<p class="error" id="${field}-error">${missing}</p>` : nothing}
    </div>`;
  }

  override render(): unknown {
    return html`<section aria-labelledby="login-title">
      <h1 id="login-title" tabindex="-1">${this.t('login.title')}</h1>
      <p>${this.t('login.intro')}</p>
      <form novalidate @submit=${this.submit}>
        <p class="alert" role="alert">${this.error}</p>
        ${this.field('username', 'text', 'username')} ${this.field('password', 'password', 'current-password')}
        <div class="actions">
          <button type="submit" class="button primary" ?disabled=${this.busy}>
            ${this.t(this.busy ? 'login.busy' : 'login.submit')}
          </button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-login': DhStudioLogin;
  }
}
