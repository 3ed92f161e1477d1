import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 32rem;
  }

  :host([hidden]) {
    display: none;
  }

  .field + .field {
    margin-block-start: calc(var(--_space) * 2);
  }

  label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  .control {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: stretch;
  }

  input {
    flex: 1 1 12rem;
    min-inline-size: 0;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: var(--_space);
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding-inline: var(--_space);
    min-block-size: 2.75rem;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  button[aria-pressed='true'] {
    color: var(--_accent-contrast);
    background: var(--_accent);
  }

  .strength {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block: var(--_space);
  }

  meter {
    inline-size: 8rem;
    block-size: 0.75rem;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .rules-heading {
    margin-block: var(--_space) calc(var(--_space) / 2);
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  li {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    align-items: start;
  }

  .mark {
    font-weight: 700;
    text-align: center;
  }

  li[data-state='met'] .mark {
    color: var(--_success);
  }

  li[data-state='failed'] .mark,
  .error {
    color: var(--_danger);
  }

  .detail {
    grid-column: 2;
    font-size: 0.9375em;
  }

  .error {
    margin-block: calc(var(--_space) / 2) 0;
  }

  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-color: Mark;
    }

    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    li[data-state] .mark,
    .error {
      color: CanvasText;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    input,
    button {
      transition:
        border-color 120ms ease,
        background-color 120ms ease;
    }
  }
`;
