import { html, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import {
  ArrowLeft,
  BookOpen,
  ChevronRight,
  CircleHelp,
  Clock,
  Globe,
  Mail,
  Phone,
  Rocket,
  Search,
  X,
  type IconNode,
} from 'lucide';

/** The icons the widgets use, from one set (Lucide), bundled: no request leaves the page for them. */
const ICONS = {
  back: ArrowLeft,
  article: BookOpen,
  chevron: ChevronRight,
  help: CircleHelp,
  hours: Clock,
  language: Globe,
  email: Mail,
  phone: Phone,
  start: Rocket,
  search: Search,
  close: X,
} satisfies Record<string, IconNode>;

export type IconName = keyof typeof ICONS;

const escape = (value: string | number) => String(value).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const markup = new Map<IconName, string>();

/** The icon's shapes as SVG markup, built once from the icon set's data (no strings from elsewhere). */
function shapesOf(name: IconName): string {
  let shapes = markup.get(name);
  if (shapes === undefined) {
    shapes = ICONS[name]
      .map(
        ([tag, attributes]) =>
          `<${tag} ${Object.entries(attributes)
            .map(([key, value]) => `${key}="${escape(value as string | number)}"`)
            .join(' ')}/>`,
      )
      .join('');
    markup.set(name, shapes);
  }
  return shapes;
}

/**
 * A decorative icon (hidden from assistive technology: the control around it carries the name). Icons
 * that point a direction get the class `directional` and mirror in right-to-left text.
 */
export function icon(name: IconName, { directional = false } = {}): TemplateResult {
  // No whitespace inside: the icon adds nothing to the text of the control around it.
  return html`<svg
    class="icon${directional ? ' directional' : ''}"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${unsafeSVG(shapesOf(name))}
  </svg>`;
}
