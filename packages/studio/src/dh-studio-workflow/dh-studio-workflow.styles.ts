import { css } from 'lit';

export const styles = css`
  section {
    display: grid;
    gap: var(--_space);
  }

  p {
    margin: 0;
  }

  .state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
  }

  .badge {
    font-weight: 600;
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }

  .badge.published {
    border-color: var(--_success);
    color: var(--_success);
  }

  .schedule {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }

  .status:empty,
  .alert:empty {
    display: none;
  }
`;
