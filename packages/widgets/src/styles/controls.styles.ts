import { css } from 'lit';

/** Icons (`shared/icons.ts`): text-sized, and mirrored in right-to-left text when they point a direction. */
export const iconStyles = css`
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
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
