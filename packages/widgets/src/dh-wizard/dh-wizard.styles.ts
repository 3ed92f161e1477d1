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

  /* A compact header, so the step's own form stays in view: the list of all steps is folded away. */
  .head {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .progress {
    margin: 0;
    color: var(--_muted);
  }

  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }

  summary {
    cursor: pointer;
    color: var(--_accent);
    inline-size: fit-content;
    min-block-size: 1.5rem;
  }

  details[open] summary {
    margin-block-end: calc(var(--_space) / 2);
  }

  .confirmation {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_success);
    color: var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, transparent);
  }

  .finish {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }

  .finish-icon {
    margin: 0;
    font-size: 2.5em;
    line-height: 1;
    color: var(--_success);
  }

  .finish h3,
  .finish h4,
  .finish p {
    margin: 0;
  }

  a.action.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  button.link {
    border: none;
    padding-inline: 0;
    background: none;
    text-decoration: underline;
  }

  @media (prefers-reduced-motion: no-preference) {
    .confirmation,
    .finish {
      animation: appear 200ms ease-out;
    }

    /* Movement only: the text keeps its full contrast from the first frame. */
    @keyframes appear {
      from {
        transform: translateY(-0.25rem);
      }
    }
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
