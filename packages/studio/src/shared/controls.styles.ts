import { css } from 'lit';
import { focusRing, tokens, visuallyHidden } from '@direkthilfe/widgets/styles/shared.styles.js';
import { buttonStyles } from '@direkthilfe/widgets/styles/controls.styles.js';

/** Form fields of the studio: labels above, hints and messages below, tied by `aria-describedby`. */
const fieldStyles = css`
  [hidden] {
    display: none !important;
  }

  :host {
    display: block;
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
  }

  label,
  legend {
    font-weight: 600;
  }

  .choice label {
    font-weight: 400;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }

  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 2.75rem;
    padding-inline: var(--_space);
    max-inline-size: 100%;
    box-sizing: border-box;
  }

  textarea {
    padding-block: calc(var(--_space) / 2);
    resize: vertical;
  }

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
  }

  .choice {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }

  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }

  .error {
    color: var(--_danger);
    margin: 0;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    font-weight: 400;
  }

  .button.small {
    min-block-size: 2.25rem;
    padding-inline: var(--_space);
    font-size: 0.875em;
  }

  [role='alert'],
  .alert {
    color: var(--_danger);
    margin: 0;
  }

  .status {
    margin: 0;
    color: var(--_muted);
  }

  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0;
  }

  h1:focus,
  h2:focus {
    outline: none;
  }

  h1:focus-visible,
  h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Tables on a phone: the columns share the width, and long words break rather than push the table sideways. */
export const phoneTableStyles = css`
  @media (max-width: 40rem) {
    table {
      table-layout: fixed;
      font-size: 0.85em;
    }

    th,
    td {
      overflow-wrap: anywhere;
      padding-inline: 0.15rem;
    }
  }
`;

/** Everything an element of the studio starts from: tokens, focus ring, buttons, fields. */
export const studioStyles = [tokens, focusRing, visuallyHidden, buttonStyles, fieldStyles];
