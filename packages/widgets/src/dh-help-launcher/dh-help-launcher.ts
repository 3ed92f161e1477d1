import { LitElement, html, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../shared/define.js';
import { tokens } from '../styles/shared.styles.js';
import { direkthilfe } from '../embed/instance.js';
import { styles } from './dh-help-launcher.styles.js';

/** The product's name, the same in every language; the button's accessible name is exactly this. */
const PRODUCT_NAME = 'Direkthilfe';

const icon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 15.5a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5Zm1.2-4.9v.9h-2.3v-1.4c0-1.3.8-1.9 1.5-2.4.6-.4 1-.7 1-1.3 0-.7-.6-1.2-1.4-1.2-.9 0-1.5.5-1.6 1.4L8.2 8.4C8.5 6.5 10 5.3 12.1 5.3c2.2 0 3.7 1.3 3.7 3.1 0 1.5-1 2.2-1.7 2.7-.5.4-.9.6-.9 1.5Z"/></svg>`;

/**
 * The "Direkthilfe" button, fixed at the top right of every portal page. It is all a page loads up front:
 * the panel's code loads when the pointer or focus comes near, at the latest on the click.
 *
 * @tag dh-help-launcher
 * @summary Opens and closes the Direkthilfe panel.
 *
 * @csspart button - The button.
 *
 * @cssprop --dh-color-accent - Button background.
 * @cssprop --dh-color-accent-contrast - Button text.
 * @cssprop --dh-launcher-offset - Distance from the window's edges.
 * @cssprop --dh-z-index - Stacking order of the launcher and the panel.
 */
export class DhHelpLauncher extends LitElement {
  static override styles = [tokens, styles];
  // Focusing the element (the panel does so on close) focuses its button.
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Where the button sits: `top-right` (default), `top-left`, `bottom-right`, `bottom-left` or `inline`. */
  @property({ reflect: true }) position: 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'inline' =
    'top-right';

  @state() private expanded = false;

  private unsubscribe?: () => void;

  override connectedCallback() {
    super.connectedCallback();
    const help = direkthilfe();
    this.expanded = help.state.snapshot.open;
    this.unsubscribe = help.state.subscribe((next) => (this.expanded = next.open));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  private prefetch() {
    void direkthilfe().prefetch();
  }

  override render() {
    return html`<button
      part="button"
      type="button"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      @click=${() => direkthilfe().toggle(this)}
      @pointerenter=${this.prefetch}
      @focus=${this.prefetch}
    >
      ${icon}<span>${PRODUCT_NAME}</span>
    </button>`;
  }
}

defineElement('dh-help-launcher', DhHelpLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'dh-help-launcher': DhHelpLauncher;
  }
}
