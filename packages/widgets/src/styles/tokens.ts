// Plain CSS text without Lit, so that the launcher, which loads before Lit, shares the tokens.

/** Marks CSS text, for editors and for the build's minifier (it minifies templates tagged `css`). */
export const css = String.raw;

/**
 * Design tokens with their defaults. Hosts theme through `--dh-*` custom properties, which
 * inherit into shadow roots; the defaults meet 4.5:1 text contrast and 3:1 for borders. Between the two
 * sits the palette of a surrounding Direkthilfe surface (`--_dh-scheme-*`, set by the panel in dark mode),
 * so that elements inside the panel take its colours while a host's theme still wins.
 */
export const tokensCss = css`
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
    --_radius: var(--dh-radius, 6px);
    --_space: var(--dh-space, 0.5rem);
    font-family: var(--dh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dh-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }
`;
