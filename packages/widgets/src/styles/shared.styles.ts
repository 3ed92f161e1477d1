import { css, unsafeCSS } from 'lit';
import { accentTokensCss } from './tokens.js';

/**
 * Design tokens with their defaults. Hosts theme through `--dh-*` custom properties, which
 * inherit into shadow roots; the defaults meet 4.5:1 text contrast and 3:1 for borders. Between the two
 * sits the palette of a surrounding Direkthilfe surface (`--_dh-scheme-*`, set by the panel in dark mode),
 * so that elements inside the panel take its colours while a host's theme still wins.
 */
export const tokens = [
  unsafeCSS(accentTokensCss),
  css`
    :host {
      --_text: var(--dh-color-text, var(--_dh-scheme-text, #1d1d1f));
      --_muted: var(--dh-color-text-muted, var(--_dh-scheme-muted, #4d4d52));
      --_surface: var(--dh-color-surface, var(--_dh-scheme-surface, #ffffff));
      --_border: var(--dh-color-border, var(--_dh-scheme-border, #6e6e73));
      --_success: var(--dh-color-success, var(--_dh-scheme-success, #1a6b2c));
      --_danger: var(--dh-color-danger, var(--_dh-scheme-danger, #b0241b));
      /* A pointer over a control: the text colour, faint, so it fits any surface. */
      --_hover: color-mix(in srgb, var(--_text) 8%, transparent);
      --_space: var(--dh-space, 0.5rem);
      font-family: var(--dh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--dh-font-size, 1rem);
      line-height: 1.5;
      color: var(--_text);
    }
  `,
];

export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
