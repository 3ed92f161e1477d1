import { css } from 'lit';

export const styles = css`
  section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }

  .heading {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
    align-items: center;
  }

  a.button {
    text-decoration: none;
  }

  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: start;
  }

  form > .button {
    margin-block-start: 1.75rem;
  }

  .query {
    flex: 1 1 16rem;
  }

  .count {
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
    padding: calc(var(--_space) * 0.75) calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  thead th {
    font-size: 0.9em;
  }

  tbody th {
    font-weight: 600;
  }

  a {
    color: var(--_accent);
  }

  .pages code {
    font-size: 0.85em;
  }

  .lang {
    white-space: nowrap;
  }

  .lang a.status-missing {
    color: var(--_muted);
  }

  .outdated {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_danger);
  }

  /* A phone: the table's own columns (the shared rules: phoneTableStyles). */
  @media (max-width: 40rem) {
    .lang {
      white-space: normal;
    }
  }
`;
