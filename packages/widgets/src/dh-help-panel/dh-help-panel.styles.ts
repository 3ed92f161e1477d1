import { css } from 'lit';

export const styles = css`
  :host {
    --_width: var(--dh-panel-width, 26rem);
    --_panel-bg: var(--dh-color-panel, var(--_surface));
    position: relative;
    z-index: var(--dh-z-index, 2147483000);
  }

  @media (prefers-color-scheme: dark) {
    /* The dark palette, inherited by the elements inside (search, article, view switch, wizard). */
    :host {
      --_dh-scheme-text: #f2f2f4;
      --_dh-scheme-muted: #c2c2c8;
      --_dh-scheme-surface: #1d1d22;
      --_dh-scheme-border: #8a8a93;
      --_dh-scheme-accent: #7fb6f5;
      --_dh-scheme-accent-contrast: #0d1b2a;
      --_dh-scheme-focus: #9cc8ff;
      --_dh-scheme-danger: #ff9b93;
      --_dh-scheme-success: #8fd19e;
    }
  }

  /* The panel sets every inherited text property itself: the host page's styles on the element stop here. */
  aside,
  dialog {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    font: var(--dh-font-size, 1rem) / 1.5
      var(--dh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    visibility: visible;
    color: var(--_text);
    background: var(--_panel-bg);
    overflow: hidden;
  }

  aside {
    position: fixed;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: min(var(--_width), 100vw);
    border-inline-start: 1px solid var(--_border);
    box-shadow: -4px 0 16px rgb(0 0 0 / 15%);
  }

  dialog {
    inline-size: 100vw;
    max-inline-size: 100vw;
    block-size: 100dvh;
    max-block-size: 100dvh;
    margin: 0;
    padding: 0;
    border: 0;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
    flex: 1;
  }

  .close {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .scroll {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(var(--_space) * 2);
    display: grid;
    /* One column as wide as the panel: its content wraps instead of widening it (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: calc(var(--_space) * 2);
  }

  /* Short screens (a phone held sideways, 400 % zoom): the header scrolls away with the content, so that
     more than a sliver of the article stays in view. */
  @media (max-height: 480px) {
    aside,
    dialog {
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    .scroll {
      flex: none;
      overflow: visible;
    }
  }

  nav.breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  nav.breadcrumb li + li::before {
    content: '→';
    padding-inline: 0.4em;
  }

  h3 {
    font-size: 1.0625em;
    margin-block: 0 calc(var(--_space) / 2);
  }

  .topics {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: calc(var(--_space) / 4) 0;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5rem;
  }

  .contact dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }

  .contact dt {
    font-weight: 600;
  }

  .contact dd {
    margin: 0;
  }

  .contact a {
    color: var(--_accent);
  }

  .state {
    color: var(--_muted);
  }

  .error {
    color: var(--_danger);
  }

  @media (forced-colors: active) {
    aside,
    dialog {
      border: 1px solid CanvasText;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    aside {
      animation: slide-in 160ms ease-out;
    }
    /* Movement only: fading would lower the text contrast while it runs. */
    @keyframes slide-in {
      from {
        transform: translateX(2rem);
      }
    }
  }
`;
