import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The icons the widgets use, from one set (Lucide, lucide.dev, ISC licence, © Lucide Contributors), as
 * inline SVG shapes: no request leaves the page for them, and no icon data is converted at run time.
 */
const ICONS = {
  back: svg`<path d="m12 19-7-7 7-7"/><path d="M19 12H5"/>`,
  article: svg`<path d="M12 5v16"/><path d="M20.001 19A2 2 0 0022 17V5a2 2 0 00-1.999-2L16 3.002A5 5 0 0012 5a5 5 0 00-4-2H4a2 2 0 00-2 2v12a2 2 0 001.999 2H8a5 5 0 014 2 5 5 0 014-2z"/>`,
  chevron: svg`<path d="m9 18 6-6-6-6"/>`,
  help: svg`<circle cx="12" cy="12" r="10"/><path d="M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3"/><path d="M12 17h.01"/>`,
  hours: svg`<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>`,
  language: svg`<circle cx="12" cy="12" r="10"/><path d="M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20"/><path d="M2 12h20"/>`,
  email: svg`<path d="m22 7-8.991 5.727a2 2 0 0 1-2.009 0L2 7"/><rect x="2" y="4" width="20" height="16" rx="2"/>`,
  phone: svg`<path d="M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384"/>`,
  start: svg`<path d="M12 15v5s3.03-.55 4-2c1.08-1.62 0-5 0-5"/><path d="M4.5 16.5c-1.5 1.26-2 5-2 5s3.74-.5 5-2c.71-.84.7-2.13-.09-2.91a2.18 2.18 0 0 0-2.91-.09"/><path d="M9 12a22 22 0 0 1 2-3.95A12.88 12.88 0 0 1 22 2c0 2.72-.78 7.5-6 11a22.4 22.4 0 0 1-4 2z"/><path d="M9 12H4s.55-3.03 2-4c1.62-1.08 5 .05 5 .05"/>`,
  search: svg`<path d="m21 21-4.34-4.34"/><circle cx="11" cy="11" r="8"/>`,
  close: svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof ICONS;

/**
 * A decorative icon (hidden from assistive technology: the control around it carries the name). Icons
 * that point a direction get the class `directional` and mirror in right-to-left text.
 */
export function icon(name: IconName, { directional = false } = {}): TemplateResult {
  // No whitespace inside: the icon adds nothing to the text of the control around it. Stroke in `iconStyles`.
  const classes = directional ? 'icon directional' : 'icon';
  return html`<svg class=${classes} viewBox="0 0 24 24" aria-hidden="true">${ICONS[name]}</svg>`;
}
