import { css } from 'lit';

export const styles = css`
  section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  p {
    margin: 0;
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  th,
  td {
    text-align: start;
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  .published {
    display: inline-block;
    margin-inline-start: 0.25em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_success);
  }

  .selects {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .diff table {
    font-size: 0.9rem;
  }

  .diff td {
    border: 0;
    padding-block: 0.1rem;
  }

  .diff code {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .number {
    color: var(--_muted);
    inline-size: 3.5rem;
    font-variant-numeric: tabular-nums;
  }

  .mark {
    inline-size: 1.5rem;
    font-weight: 700;
  }

  tr.added {
    background: color-mix(in srgb, var(--_success) 12%, transparent);
  }

  tr.removed {
    background: color-mix(in srgb, var(--_danger) 10%, transparent);
  }

  tr.removed code {
    text-decoration: line-through;
  }

  .skipped td {
    color: var(--_muted);
    font-style: italic;
  }

  .status:empty,
  .alert:empty {
    display: none;
  }

  /* A phone: the table's own columns (the shared rules: phoneTableStyles). */
  @media (max-width: 40rem) {
    .number {
      inline-size: auto;
    }
  }
`;
