import { direkthilfe } from '../embed/instance.js';
import { accentTokensCss } from '../styles/tokens.js';
import { styles } from './dh-help-launcher.styles.js';

/** The product's name, the same in every language; the button's accessible name is exactly this. */
const PRODUCT_NAME = 'Direkthilfe';

const ICON_PATH =
  'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 15.5a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5Zm1.2-4.9v.9h-2.3v-1.4c0-1.3.8-1.9 1.5-2.4.6-.4 1-.7 1-1.3 0-.7-.6-1.2-1.4-1.2-.9 0-1.5.5-1.6 1.4L8.2 8.4C8.5 6.5 10 5.3 12.1 5.3c2.2 0 3.7 1.3 3.7 3.1 0 1.5-1 2.2-1.7 2.7-.5.4-.9.6-.9 1.5Z';

export const LAUNCHER_POSITIONS = ['top-right', 'top-left', 'bottom-right', 'bottom-left', 'inline'] as const;
export type LauncherPosition = (typeof LAUNCHER_POSITIONS)[number];

/** One stylesheet for every launcher on the page, made on first use. */
let sheet: CSSStyleSheet | undefined;

/** Builds an element with attributes; the DOM API rather than markup, so Trusted Types policies need nothing. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The launcher's shadow root with its styles. Focusing the host (the panel does so on close) focuses the button. */
function shadowRootOf(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'open', delegatesFocus: true });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(accentTokensCss + styles);
  }
  root.adoptedStyleSheets = [sheet];
  return root;
}

function icon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICON_PATH);
  svg.append(path);
  return svg;
}

/**
 * The "Direkthilfe" button, fixed at the top right of every portal page. It is all a page loads up front,
 * a plain custom element without Lit: the panel's code (and Lit with it) loads when the pointer or focus
 * comes near, at the latest on the click.
 *
 * @tag dh-help-launcher
 * @summary Opens and closes the Direkthilfe panel.
 *
 * @attr {'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'inline'} position - Where the button sits: fixed in a corner of the window (`top-right` by default), or `inline` in the flow of the page.
 *
 * @csspart button - The button.
 *
 * @cssprop --dh-color-accent - Button background.
 * @cssprop --dh-color-accent-contrast - Button text.
 * @cssprop --dh-focus-ring-color - Focus outline.
 * @cssprop --dh-font-family - Font.
 * @cssprop --dh-font-size - Font size.
 * @cssprop --dh-radius - Corner radius.
 * @cssprop --dh-launcher-offset - Distance from the window's edges (0.75rem).
 * @cssprop --dh-z-index - Stacking order of the launcher and the panel.
 */
export class DhHelpLauncher extends HTMLElement {
  private readonly button: HTMLButtonElement;
  private unsubscribe?: () => void;

  constructor() {
    super();
    const root = shadowRootOf(this);
    this.button = element(
      'button',
      { part: 'button', type: 'button', 'aria-expanded': 'false' },
      icon(),
      element('span', {}, PRODUCT_NAME),
    );
    const prefetch = () => void direkthilfe().prefetch();
    this.button.addEventListener('click', () => direkthilfe().toggle(this));
    this.button.addEventListener('pointerenter', prefetch);
    this.button.addEventListener('focus', prefetch);
    root.append(this.button);
  }

  /** Where the button sits (attribute `position`); an unknown value counts as `top-right`. */
  get position(): LauncherPosition {
    const value = this.getAttribute('position') as LauncherPosition;
    return LAUNCHER_POSITIONS.includes(value) ? value : 'top-right';
  }

  set position(value: LauncherPosition) {
    this.setAttribute('position', value);
  }

  connectedCallback() {
    // Reflected, as the styles select on it.
    if (!this.hasAttribute('position')) this.position = 'top-right';
    this.unsubscribe = direkthilfe().subscribe((next) => this.show(next.open));
  }

  disconnectedCallback() {
    this.unsubscribe?.();
  }

  private show(open: boolean) {
    this.button.setAttribute('aria-expanded', String(open));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-help-launcher': DhHelpLauncher;
  }
}
