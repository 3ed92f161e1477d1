import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  p {
    margin: 0;
  }

  .head {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .meta {
    color: var(--_muted);
  }

  .languages ul {
    display: flex;
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .languages a {
    color: var(--_accent);
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
  }

  .languages a[aria-current='page'] {
    font-weight: 700;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    text-decoration: none;
  }

  .offer {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
    gap: calc(var(--_space) * 2);
    align-items: start;
  }

  @media (max-width: 60rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .writing {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .writing section {
    display: grid;
    gap: var(--_space);
  }

  .previewing {
    position: sticky;
    inset-block-start: var(--_space);
  }

  .problems ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: var(--_space);
  }

  .problems li.error::marker {
    color: var(--_danger);
  }

  .where {
    font-weight: 600;
  }

  .problems .actions {
    margin-block-start: 0.25rem;
  }

  .save {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .save form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: start;
  }

  .save .field {
    flex: 1 1 20rem;
  }

  .save form > .button {
    margin-block-start: 1.75rem;
  }

  .notice:empty,
  .alert:empty,
  .autosave:empty {
    display: none;
  }

  .autosave.failed {
    color: var(--_danger);
  }
`;
