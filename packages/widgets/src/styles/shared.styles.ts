import { css, unsafeCSS } from 'lit';
import { tokensCss } from './tokens.js';

/** The design tokens (see `tokens.ts`) for Lit elements. */
export const tokens = unsafeCSS(tokensCss);

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
