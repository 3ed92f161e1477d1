// Small DOM helpers. Text always goes in as textContent, never as HTML.

/** A child as `el` and `setChildren` take it: a node, a string (as text), or nothing. */
export type Child = Node | string | null | undefined | false | Child[];

type Props = {
  class?: string;
  text?: string | number;
  on?: Record<string, (event: Event) => void>;
  dataset?: Record<string, string>;
} & Record<string, unknown>;

/** The element with this id; a page script that asks for it cannot work without it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}.`);
  return element as T;
}

/**
 * Creates an element. `props`: `class`, `text`, `on` ({ event: handler }), `dataset`, and attributes
 * (true → empty attribute, false/null/undefined → left out).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = String(value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'on')
      for (const [event, handler] of Object.entries(value as NonNullable<Props['on']>))
        node.addEventListener(event, handler);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node: Node & ParentNode, children: Child[]) {
  for (const child of children.flat(Infinity as 1) as Child[]) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `node`. */
export function setChildren(node: Node & ParentNode, ...children: Child[]) {
  node.replaceChildren();
  append(node, children);
}

const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeSecondsFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'medium' });

function toDate(value: string | null | undefined) {
  if (!value) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // A plain date ("2025-03-12") is a calendar day, not midnight UTC.
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "12.03.2025", or the fallback when there is no valid date. */
export const formatDate = (value: string | null | undefined, fallback = '–') => {
  const date = toDate(value);
  return date ? dateFormat.format(date) : fallback;
};

/** "12.03.2025, 14:05" (with seconds when asked). */
export const formatDateTime = (value: string | null | undefined, { seconds = false, fallback = '–' } = {}) => {
  const date = toDate(value);
  return date ? (seconds ? dateTimeSecondsFormat : dateTimeFormat).format(date) : fallback;
};

/** A `<time>` element with a machine-readable datetime, or the text alone without a valid date. */
export function timeElement(value: string | null | undefined, text: string): Node {
  return toDate(value) ? el('time', { datetime: value, text }) : document.createTextNode(text);
}

/** Local date as YYYY-MM-DD, `offsetDays` from today. */
export function isoDay(offsetDays = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A user name or an e-mail address that may break after its dots and its "@" (marked with `<wbr>`), as one
 * writes them across lines; never inside a word. Long ones would otherwise widen a table beyond the page.
 */
export function identifier(text: string): Child[] {
  return text.split(/(?<=[.@])/).map((part, index) => (index ? [el('wbr'), part] : part));
}

/** A table cell with the column name for the stacked narrow layout (see .data-table in portal.css). */
export function cell(label: string, ...children: Child[]) {
  return el('td', { 'data-label': label }, ...children);
}

/** Random id for simulated endpoints. */
export function randomId(length = 8) {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/** crypto.randomUUID where available (secure contexts), else a v4 UUID from getRandomValues. */
export function uuid() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Keeps the keyboard focus across a re-render: call before, then call the returned function after. */
export function keepFocus(root: ParentNode) {
  const key = document.activeElement?.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey;
  return () => {
    if (!key) return;
    const target = root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (target && document.activeElement !== target) target.focus();
  };
}
