// Plain CSS text without Lit, so that the launcher, which loads before Lit, shares the design tokens.

/** Marks CSS text, for editors, Prettier and the build's minifier (they treat templates tagged `css` as CSS). */
export const css = String.raw;

/** The accent, focus and shape tokens (see `tokens` in `shared.styles.ts`): all the launcher needs. */
export const accentTokensCss = css`
  :host {
    --_accent: var(--dh-color-accent, var(--_dh-scheme-accent, #0a58a8));
    --_accent-contrast: var(--dh-color-accent-contrast, var(--_dh-scheme-accent-contrast, #ffffff));
    --_focus: var(--dh-focus-ring-color, var(--_dh-scheme-focus, #0a58a8));
    --_radius: var(--dh-radius, 6px);
  }
`;
