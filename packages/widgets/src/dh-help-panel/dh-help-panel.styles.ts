import { css } from 'lit';

export const styles = css`
  :host {
    --_width: var(--dh-panel-width, 26rem);
    --_panel-bg: var(--dh-color-panel, var(--_surface));
    /* The side panel slides in from its own edge: from the right, or from the left in right-to-left text. */
    --_slide: 1.5rem;
    position: relative;
    z-index: var(--dh-z-index, 2147483000);
  }

  :host(:dir(rtl)) {
    --_slide: -1.5rem;
  }

  /* The dark palette (theme="dark", or "auto" in a dark system scheme), inherited by the elements inside. */
  :host(:state(dark)) {
    --_dh-scheme-text: #f2f2f4;
    --_dh-scheme-muted: #c2c2c8;
    --_dh-scheme-surface: #1d1d22;
    --_dh-scheme-border: #8a8a93;
    --_dh-scheme-accent: #7fb6f5;
    --_dh-scheme-accent-contrast: #0d1b2a;
    --_dh-scheme-focus: #9cc8ff;
    --_dh-scheme-danger: #ff9b93;
    --_dh-scheme-success: #8fd19e;
    color-scheme: dark;
  }

  [hidden] {
    display: none !important;
  }

  .probe {
    position: fixed;
    inline-size: var(--_width);
    visibility: hidden;
    pointer-events: none;
  }

  /* The panel sets every inherited text property itself: the host page's styles on the element stop here. */
  .panel {
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
    margin: 0;
    padding: 0;
    border: 0;
  }

  /*
   * The side panel (a popover in the top layer) and the overlay (a side sheet of the panel's width over the
   * page, or the whole screen on a phone), both at the window's inline end.
   */
  aside,
  dialog {
    inset-inline: auto 0;
    inset-block: 0;
    inline-size: min(var(--_width), 100vw);
    block-size: 100dvh;
    border-inline-start: 1px solid var(--_border);
  }

  aside {
    position: fixed;
    box-shadow: 0 0 24px rgb(0 0 0 / 18%);
  }

  dialog {
    max-inline-size: 100vw;
    max-block-size: 100dvh;
  }

  @media (max-width: 640px) {
    dialog {
      inline-size: 100vw;
      border: 0;
    }
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }

  /* One compact row: back, title, language, close (at most 3.5rem high on a phone). */
  header {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 3.5rem;
    padding: calc(var(--_space) / 2) var(--_space) calc(var(--_space) / 2) calc(var(--_space) * 2);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }

  header:has(.back) {
    padding-inline-start: calc(var(--_space) / 2);
  }

  h2 {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    font-size: 1.125em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  h2:focus {
    outline: none;
  }

  header .language {
    min-block-size: 2.25rem;
    padding-inline: var(--_space);
    gap: 0.3em;
    border-color: transparent;
    background: transparent;
    font-size: 0.875em;
    font-weight: 600;
  }

  header .language:hover {
    background: var(--_hover);
  }

  /* 320 CSS px (a small phone, 400 % zoom) with back arrow, title, language and close in one row. */
  @media (max-width: 360px) {
    header .language {
      padding-inline: calc(var(--_space) / 2);
    }
  }

  .wizard-return {
    padding: calc(var(--_space) / 2) calc(var(--_space) * 2);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_panel-bg));
  }

  .scroll {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .view {
    padding: calc(var(--_space) * 2);
    display: grid;
    /* One column as wide as the panel: its content wraps instead of widening it (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: calc(var(--_space) * 2.5);
  }

  @media (prefers-reduced-motion: no-preference) {
    aside {
      animation: slide-in 180ms ease-out;
    }

    .view {
      animation: settle 140ms ease-out;
    }

    /* Movement only: fading would lower the text contrast while it runs. */
    @keyframes slide-in {
      from {
        transform: translateX(var(--_slide));
      }
    }

    @keyframes settle {
      from {
        transform: translateY(0.25rem);
      }
    }
  }

  /* Short screens (a phone held sideways, 400 % zoom): the header scrolls away with the content, so that
     more than a sliver of the article stays in view. */
  @media (max-height: 480px) {
    .panel {
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    .scroll {
      flex: none;
      overflow: visible;
    }
  }

  .eyebrow {
    margin: 0 0 calc(var(--_space) / 4);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  nav.breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  nav.breadcrumb li {
    display: inline-flex;
    align-items: center;
  }

  nav.breadcrumb .icon {
    inline-size: 1em;
    block-size: 1em;
    margin-inline: 0.2em;
  }

  h3 {
    font-size: 1em;
    margin-block: 0 calc(var(--_space) / 2);
  }

  .topics {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 4);
  }

  .first-steps .link {
    font-weight: 600;
  }

  details summary {
    cursor: pointer;
    list-style-position: outside;
  }

  details summary h3 {
    display: inline;
  }

  details .count {
    font-weight: normal;
    color: var(--_muted);
  }

  details[open] summary {
    margin-block-end: calc(var(--_space) / 2);
  }

  .unhelpful .actions,
  .missing + .button {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  .unhelpful p {
    margin-block: 0 var(--_space);
  }

  .missing-title {
    font-weight: 600;
    margin-block: 0 calc(var(--_space) / 2);
  }

  .missing p:last-child {
    margin: 0;
  }

  .contact {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }

  .contact h3:focus {
    outline: none;
  }

  .contact-ways {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .contact-ways li {
    display: flex;
    align-items: center;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }

  .contact-ways .icon {
    color: var(--_muted);
  }

  .contact a {
    color: var(--_accent);
  }

  .contact p {
    margin: 0;
  }

  .state {
    color: var(--_muted);
    margin: 0;
  }

  .error {
    color: var(--_danger);
    margin: 0;
  }

  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
