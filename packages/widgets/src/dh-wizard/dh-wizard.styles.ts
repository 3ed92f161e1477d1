import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .wizard {
    display: grid;
    gap: calc(var(--_space) * 2);
    color: var(--_text);
    background: var(--_surface);
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
  }

  .progress {
    margin: 0;
    color: var(--_muted);
  }

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  li {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    gap: calc(var(--_space) / 2);
  }

  li[aria-current='step'] {
    font-weight: 700;
  }

  .icon {
    text-align: center;
  }

  li[data-status='done'] .icon {
    color: var(--_success);
  }

  .step {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }

  .step h3 {
    margin-block: 0 var(--_space);
    font-size: 1.125em;
  }

  .reason {
    margin: 0;
    color: var(--_muted);
  }
`;
