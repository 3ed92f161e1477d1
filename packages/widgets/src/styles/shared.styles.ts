import { css } from 'lit';

/**
 * Design tokens with their defaults. Hosts theme through `--dh-*` custom properties, which
 * inherit into shadow roots; the defaults meet 4.5:1 text contrast and 3:1 for borders. Between the two
 * sits the palette of a surrounding Direkthilfe surface (`--_dh-scheme-*`, set by the panel in dark mode),
 * so that elements inside the panel take its colours while a host's theme still wins.
 */
export const tokens = css`
  :host {
    --_text: var(--dh-color-text, var(--_dh-scheme-text, #1d1d1f));
    --_muted: var(--dh-color-text-muted, var(--_dh-scheme-muted, #4d4d52));
    --_surface: var(--dh-color-surface, var(--_dh-scheme-surface, #ffffff));
    --_border: var(--dh-color-border, var(--_dh-scheme-border, #6e6e73));
    --_accent: var(--dh-color-accent, var(--_dh-scheme-accent, #0a58a8));
    --_accent-contrast: var(--dh-color-accent-contrast, var(--_dh-scheme-accent-contrast, #ffffff));
    --_success: var(--dh-color-success, var(--_dh-scheme-success, #1a6b2c));
    --_danger: var(--dh-color-danger, var(--_dh-scheme-danger, #b0241b));
    --_focus: var(--dh-focus-ring-color, var(--_dh-scheme-focus, #0a58a8));
    /* A pointer over a control: the text colour, faint, so it fits any surface. */
    --_hover: color-mix(in srgb, var(--_text) 8%, transparent);
    --_radius: var(--dh-radius, 6px);
    --_space: var(--dh-space, 0.5rem);
    font-family: var(--dh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dh-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }
`;

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

/** Icons (`shared/icons.ts`): text-sized, and mirrored in right-to-left text when they point a direction. */
export const iconStyles = css`
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    vertical-align: -0.25em;
  }

  .directional:dir(rtl) {
    transform: scaleX(-1);
  }
`;

/**
 * Buttons of the design system: `.button` (secondary; `.primary` filled), `.icon-button` (square, named by
 * `aria-label`) and `.link` (text). Disabled buttons are drawn solid, only lighter, never dashed.
 */
export const buttonStyles = css`
  .button,
  .icon-button,
  .link {
    font: inherit;
    cursor: pointer;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    flex: none;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
  }

  .icon-button:hover,
  .button:hover {
    background: var(--_hover);
  }

  .button.primary:hover {
    background: var(--_accent);
    filter: brightness(0.92);
  }

  .link {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    padding: calc(var(--_space) / 4) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-block-size: 1.5rem;
  }

  .link .icon {
    align-self: center;
  }

  @media (prefers-reduced-motion: no-preference) {
    .button,
    .icon-button {
      transition: background-color 120ms ease-out;
    }
  }
`;
