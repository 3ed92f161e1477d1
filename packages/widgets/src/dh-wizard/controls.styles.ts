import { css } from 'lit';

/** Buttons, links styled as buttons, and form fields: shared by the wizard and the forms of its steps. */
export const controlStyles = css`
  /* Display rules below (grid, flex) must not undo the hidden attribute. */
  [hidden] {
    display: none !important;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  button,
  a.action {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  button.small {
    min-block-size: 2rem;
    padding-inline: var(--_space);
    font-size: 0.875em;
  }

  /* Disabled: solid and muted (not dashed), still legible. */
  button[disabled],
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_muted);
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  legend {
    padding-inline: calc(var(--_space) / 2);
  }

  label {
    font-weight: 600;
  }

  .choice label {
    font-weight: 400;
  }

  input:not([type='checkbox'], [type='radio']),
  select {
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

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }

  .choice {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }

  input:not([type='checkbox'], [type='radio'])[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .error,
  [role='alert'] {
    color: var(--_danger);
    margin: 0;
  }

  .hint,
  .muted {
    color: var(--_muted);
    margin: 0;
  }

  .success {
    color: var(--_success);
    margin: 0;
  }

  /* Lists of records (cart items, desk phones): one framed block each, no bullets. */
  ul.items,
  ul.devices {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  ul.items > li,
  ul.devices > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }

  ul.devices h4 {
    margin-block: 0 calc(var(--_space) / 2);
  }

  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Addresses, user names and numbers are read and typed as a whole: never broken inside. */
  dd.value,
  .nowrap {
    overflow-wrap: normal;
    white-space: nowrap;
  }

  /* The forms sit in a narrow panel, so the layout follows the panel's width, not the window's. */
  :host {
    display: block;
    container-type: inline-size;
  }

  @container (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }

    dt:not(:first-child) {
      margin-block-start: calc(var(--_space) / 2);
    }
  }

  dl.credentials dd {
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
  }

  /* First-login data: monospace (l, 1 and I differ), one line per value; scrolls rather than breaks. */
  .credential {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9375em;
    white-space: nowrap;
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-x: auto;
    display: inline-block;
    padding: 0.125em 0.375em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 7%, transparent);
  }

  .simulation {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_text) 4%, transparent);
  }

  .simulation p {
    margin-block: 0 var(--_space);
  }

  @media (forced-colors: active) {
    button[disabled],
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
