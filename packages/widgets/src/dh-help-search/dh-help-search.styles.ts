import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  /* One field: the search icon and the clear button sit inside the box's border. */
  .box {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding-inline: var(--_space) calc(var(--_space) / 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }

  .box:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .box input:focus-visible {
    outline: none;
  }

  label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 0;
    padding: 0;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  input::-webkit-search-cancel-button {
    display: none;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* An icon button (buttonStyles), a little smaller inside the search box. */
  .clear {
    inline-size: 2.25rem;
    block-size: 2.25rem;
  }

  .other-view {
    margin-block: 0 var(--_space);
  }

  .count {
    margin-block: var(--_space) calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.9375em;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  /* A list of rows divided by lines, not boxes inside the panel's box. */
  li + li {
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }

  .result {
    display: block;
    inline-size: 100%;
    text-align: start;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    padding: var(--_space);
  }

  .result:hover {
    background: var(--_hover);
  }

  .result-title {
    display: block;
    font-weight: 600;
    color: var(--_accent);
  }

  .snippet {
    display: block;
    margin-block-start: calc(var(--_space) / 4);
    font-size: 0.9375em;
  }

  mark {
    background: var(--dh-color-mark, #fff3a3);
    color: inherit;
    font-weight: 600;
  }

  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    list-style: none;
    padding: 0;
  }

  .suggestion {
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    padding: calc(var(--_space) / 2) var(--_space);
    min-block-size: 2.25rem;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
