import { css } from 'lit';

/** The sign-in and the invitation: one narrow column. */
export const styles = css`
  section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    max-inline-size: 28rem;
  }

  p {
    margin: 0;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .alert:empty {
    display: none;
  }
`;
