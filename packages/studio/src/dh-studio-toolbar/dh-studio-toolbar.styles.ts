import { css } from 'lit';

export const styles = css`
  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }

  .separator {
    inline-size: 1px;
    align-self: stretch;
    background: var(--_border);
    margin-inline: calc(var(--_space) / 2);
  }

  .hint-achtung {
    border-color: var(--_danger);
  }

  dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 4rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: calc(var(--_space) * 2);
  }

  dialog[open] {
    display: grid;
    gap: var(--_space);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
    max-block-size: 50vh;
    overflow: auto;
  }

  .choice-button {
    inline-size: 100%;
    display: grid;
    text-align: start;
    font: inherit;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .choice-button:hover {
    background: var(--_hover);
  }

  .detail {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .close {
    justify-content: flex-end;
  }
`;
