import { css } from 'lit';

export const styles = css`
  :host {
    --_text: var(--dh-color-text, #1d1d1f);
    --_muted: var(--dh-color-text-muted, #4d4d52);
    --_surface: var(--dh-color-surface, #ffffff);
    --_border: var(--dh-color-border, #6e6e73);
    --_accent: var(--dh-color-accent, #0a58a8);
    --_accent-contrast: var(--dh-color-accent-contrast, #ffffff);
    --_danger: var(--dh-color-danger, #b0241b);
    --_focus: var(--dh-focus-ring-color, #0a58a8);
    --_space: var(--dh-space, 0.5rem);
    --_radius: var(--dh-radius, 6px);
    display: block;
    color: var(--_text);
    font-family: var(--dh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }

  label {
    display: grid;
    gap: calc(var(--_space) / 2);
    font-weight: 600;
  }

  select,
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  button {
    cursor: pointer;
    border-color: var(--_accent);
    color: var(--_accent);
    padding-inline: calc(var(--_space) * 1.5);
  }

  .status {
    margin: 0;
    color: var(--_muted);
  }

  .error {
    color: var(--_danger);
  }

  section {
    margin-block-end: calc(var(--_space) * 4);
  }

  h2 {
    font-size: 1.375rem;
    margin-block: 0 var(--_space);
  }

  .note {
    color: var(--_muted);
    max-inline-size: 70ch;
  }

  /* Wide tables scroll on their own on narrow screens; the region takes focus so keys can scroll it. */
  .table {
    overflow-x: auto;
    margin-block-end: calc(var(--_space) * 2);
  }

  table {
    border-collapse: collapse;
    min-inline-size: min(100%, 40rem);
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) / 2);
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }

  thead th {
    border-block-end-color: var(--_border);
    white-space: nowrap;
  }

  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .id,
  time {
    color: var(--_muted);
  }

  .id {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  li + li {
    margin-block-start: calc(var(--_space) / 2);
  }
`;
