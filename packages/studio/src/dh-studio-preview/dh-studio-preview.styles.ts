import { css } from 'lit';

export const styles = css`
  section {
    display: grid;
    gap: var(--_space);
  }

  p {
    margin: 0;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }

  .controls select {
    max-inline-size: 22rem;
  }

  fieldset.inline {
    display: flex;
    gap: var(--_space);
    align-items: center;
    padding-block: calc(var(--_space) / 2);
  }

  .notes {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
  }

  .open {
    display: grid;
    gap: 0.25rem;
  }

  .open a {
    color: var(--_accent);
    font-weight: 600;
  }

  /* Like the help panel: a narrow column with a header, on the portal's right edge. */
  .panel {
    inline-size: min(100%, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.12);
    background: var(--_surface);
    overflow: hidden;
  }

  .panel-header {
    display: grid;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .panel-title {
    font-weight: 700;
  }

  .panel-context {
    font-size: 0.85em;
  }

  .panel-body {
    padding: calc(var(--_space) * 1.5);
    max-block-size: 70vh;
    overflow: auto;
  }

  .unavailable {
    color: var(--_muted);
  }

  .status:empty {
    display: none;
  }
`;
