import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  form {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 1.5);
  }

  label {
    font-weight: 600;
  }

  .optional {
    font-weight: 400;
    color: var(--_muted);
  }

  .note,
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .count {
    text-align: end;
  }

  textarea {
    font: inherit;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 5.5em;
    resize: vertical;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .button[disabled] {
    cursor: not-allowed;
    color: var(--_muted);
    border-color: var(--_border);
    background: var(--_surface);
  }

  .error {
    margin: 0;
    color: var(--_danger);
  }

  .confirmation {
    margin: 0;
  }

  .confirmation:empty {
    display: none;
  }

  .confirmation:focus {
    outline: none;
  }
`;
