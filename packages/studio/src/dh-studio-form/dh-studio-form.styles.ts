import { css } from 'lit';

export const styles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }

  .id {
    margin: 0;
  }

  .key {
    color: var(--_muted);
    font-size: 0.8em;
    font-family: ui-monospace, monospace;
    margin-inline-start: 0.25em;
  }

  .page-group {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .group-label {
    margin: var(--_space) 0 0;
    font-weight: 600;
    font-size: 0.9em;
  }

  .other {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .broken {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }

  .suggestion {
    justify-self: start;
  }
`;
