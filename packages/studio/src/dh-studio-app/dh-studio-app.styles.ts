import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-block-size: 100vh;
    background: var(--_surface);
  }

  .page {
    display: grid;
    grid-template-rows: auto 1fr;
    min-block-size: 100vh;
  }

  .skip {
    position: absolute;
    inset-inline-start: var(--_space);
    inset-block-start: -4rem;
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_accent);
    z-index: 1;
  }

  .skip:focus {
    inset-block-start: var(--_space);
  }

  .banner {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    align-items: center;
    padding: var(--_space) calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
  }

  .brand {
    margin: 0;
    display: grid;
    line-height: 1.2;
  }

  .product {
    font-size: 0.85em;
    color: var(--_muted);
  }

  .title {
    font-weight: 700;
    font-size: 1.2em;
  }

  nav ul {
    display: flex;
    gap: calc(var(--_space) * 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }

  nav a {
    color: var(--_accent);
  }

  nav a[aria-current='page'] {
    font-weight: 700;
    text-decoration: none;
    border-block-end: 3px solid var(--_accent);
  }

  .tools {
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  .language {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  .user {
    margin: 0;
    color: var(--_muted);
  }

  main {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    max-inline-size: 100rem;
    box-sizing: border-box;
    inline-size: 100%;
  }

  main:focus {
    outline: none;
  }

  .failed {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
`;
