import { css } from 'lit';

export const styles = css`
  section {
    display: grid;
    gap: var(--_space);
  }

  p {
    margin: 0;
  }

  .summary.has-conflicts {
    font-weight: 600;
  }

  pre {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9rem;
    border-radius: var(--_radius);
  }

  .merged {
    display: grid;
    gap: var(--_space);
  }

  .same {
    border: 1px solid var(--_border);
  }

  .conflict {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .conflict h4 {
    margin: 0;
    color: var(--_danger);
  }

  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
  }

  .side pre {
    border: 1px solid var(--_border);
  }

  .side-label {
    font-weight: 600;
  }

  .empty {
    font-style: italic;
    color: var(--_muted);
  }

  summary {
    cursor: pointer;
  }
`;
