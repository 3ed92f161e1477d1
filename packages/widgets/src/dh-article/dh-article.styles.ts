import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  h2.title {
    font-size: 1.375em;
    line-height: 1.25;
    margin-block: 0 var(--_space);
  }

  .fallback {
    margin-block: 0 var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border);
    color: var(--_muted);
  }

  .title:focus {
    outline: none;
  }

  .content :is(h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    margin-block: calc(var(--_space) * 2) calc(var(--_space) / 2);
  }

  .content :is(p, ul, ol) {
    margin-block: 0 var(--_space);
  }

  .content a {
    color: var(--_accent);
  }

  .content .dh-menu-path {
    font-weight: 600;
  }

  .content .dh-hint {
    margin-block: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }

  .content .dh-hint-achtung {
    border-inline-start-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }

  .content .dh-hint > :last-child {
    margin-block-end: 0;
  }

  .content img {
    max-inline-size: 100%;
    block-size: auto;
  }

  .content pre {
    overflow-x: auto;
  }

  .content table {
    border-collapse: collapse;
  }

  .content :is(td, th) {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2);
  }

  .guide-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
  }

  .guide-nav button,
  .feedback button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  /* The arrows point the way the text runs. */
  .arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }

  .guide-nav .next {
    margin-inline-start: auto;
  }

  .feedback {
    margin-block-start: calc(var(--_space) * 2);
  }

  .feedback fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    border: 0;
    padding: 0;
    margin: 0;
  }

  .feedback legend {
    float: inline-start;
    margin-inline-end: var(--_space);
  }

  @media (forced-colors: active) {
    .content .dh-hint {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
