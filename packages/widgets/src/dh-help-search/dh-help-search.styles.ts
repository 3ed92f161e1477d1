import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .box {
    display: flex;
    gap: calc(var(--_space) / 2);
  }

  label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  input {
    flex: 1;
    min-inline-size: 0;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.1) var(--_space);
  }

  input::-webkit-search-cancel-button {
    display: none;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  .clear {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-inline: var(--_space);
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
    gap: calc(var(--_space) / 2);
  }

  .result {
    display: block;
    inline-size: 100%;
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
  }

  .result:hover {
    border-color: var(--_accent);
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
