import { css } from '../styles/tokens.js';

// Plain CSS text: the launcher loads before Lit.
export const styles = css`
  :host {
    position: fixed;
    inset-block-start: var(--dh-launcher-offset, 0.75rem);
    inset-inline-end: var(--dh-launcher-offset, 0.75rem);
    z-index: var(--dh-z-index, 2147483000);
  }

  :host([position='top-left']) {
    inset-inline-end: auto;
    inset-inline-start: var(--dh-launcher-offset, 0.75rem);
  }

  :host([position='bottom-right']) {
    inset-block-start: auto;
    inset-block-end: var(--dh-launcher-offset, 0.75rem);
  }

  :host([position='bottom-left']) {
    inset-block-start: auto;
    inset-block-end: var(--dh-launcher-offset, 0.75rem);
    inset-inline-end: auto;
    inset-inline-start: var(--dh-launcher-offset, 0.75rem);
  }

  :host([position='inline']) {
    position: static;
  }

  button {
    all: initial;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 0.9em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: 600 var(--dh-font-size, 1rem) / 1.2
      var(--dh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    cursor: pointer;
    box-shadow: 0 1px 3px rgb(0 0 0 / 30%);
  }

  button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }

  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
    }
  }
`;
