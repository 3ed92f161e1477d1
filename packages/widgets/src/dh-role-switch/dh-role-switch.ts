import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Role } from '@direkthilfe/core/content/model';
import '../i18n/help-strings.js';
import { uiTranslator } from '../i18n/i18n.js';
import { LanguageController } from '../shared/language-controller.js';
import { dispatch } from '../shared/dispatch.js';
import { focusRing, tokens, visuallyHidden } from '../styles/shared.styles.js';

/**
 * "Anwender-Ansicht" / "Administrator-Ansicht": a group of two radio buttons, so the chosen view is
 * exposed to assistive technology as the checked option. Shows nothing when only one view is allowed.
 *
 * @tag dh-role-switch
 * @summary Switches between the user view and the administrator view.
 *
 * @fires dh-role-change - The user chose a view. `detail: { role }`.
 *
 * @csspart group - The fieldset.
 * @csspart option - Each option's label.
 */
export class DhRoleSwitch extends LitElement {
  static override styles = [
    tokens,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      fieldset {
        display: inline-flex;
        flex-wrap: wrap;
        max-inline-size: 100%;
        margin: 0;
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        overflow: hidden;
      }
      label {
        position: relative;
        display: inline-flex;
        align-items: center;
        flex: 1 1 auto;
        justify-content: center;
        min-block-size: 2.25rem;
        padding-inline: 0.75em;
        /* A view's name never breaks at its hyphen ("Anwender-/Ansicht"); the two options wrap instead. */
        white-space: nowrap;
        cursor: pointer;
        background: var(--_surface);
        color: var(--_text);
        font-size: 0.9375em;
      }
      label + label {
        border-inline-start: 1px solid var(--_border);
      }
      input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        cursor: pointer;
      }
      label:has(input:checked) {
        background: var(--_accent);
        color: var(--_accent-contrast);
        font-weight: 600;
      }
      label:has(input:focus-visible) {
        outline: 3px solid var(--_focus);
        outline-offset: -3px;
      }
      @media (forced-colors: active) {
        label:has(input:checked) {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  /** The chosen view (not `role`, which is the ARIA attribute). */
  @property({ reflect: true }) view: Role = 'user';

  /** The views offered; without `admin` the switch is not shown. */
  @property({ type: Array }) roles: Role[] = ['user'];

  private readonly language = new LanguageController(this);

  private choose(role: Role) {
    this.view = role;
    dispatch(this, 'dh-role-change', { role });
  }

  override render(): unknown {
    if (this.roles.length < 2) return nothing;
    const t = uiTranslator(this.language.lang);
    return html`<fieldset part="group">
      <legend class="visually-hidden">${t('roleSwitch.legend')}</legend>
      ${(['user', 'admin'] as Role[]).map(
        (role) =>
          html`<label part="option"
            ><input type="radio" name="role" .checked=${this.view === role} @change=${() => this.choose(role)} />${t(
              `roleSwitch.${role}`,
            )}</label
          >`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-role-switch': DhRoleSwitch;
  }
}
