import type { Config, DOMPurify } from 'dompurify';

/** Prefix for every id in article HTML, so that content cannot clobber ids or globals of the page. */
export const CONTENT_ID_PREFIX = 'dh-c-';

/** The elements an article may contain: text structure, links, same-site images, tables. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'aside', 'b', 'blockquote', 'br', 'caption', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
];

const ALLOWED_ATTR = [
  'href', 'title', 'alt', 'src', 'id', 'class', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'start',
  'reversed', 'width', 'height', 'rel', 'data-dh-article', 'data-dh-page',
];

/**
 * `https:`, `mailto:`, `tel:`, fragments and same-site relative URLs; nothing protocol-relative
 * (`//host`) and no other scheme (`javascript:`, `data:`, `blob:`, `http:` …).
 */
export const ALLOWED_URL = /^(?:(?:https|mailto|tel):|#|\?|\/(?![/\\])|\.\.?\/|[^\s:/?#\\]+(?:[/?#]|$))/i;

/** Images only from the same site: a relative URL without scheme or host. */
const SAME_SITE_URL = /^(?:\/(?![/\\])|\.\.?\/|[^\s:/?#\\]+(?:[/?#]|$))/;

/**
 * Browsers ignore tabs and line breaks inside URLs and treat a backslash like a slash, so
 * `/\host` or `/<tab>/host` would leave the site: such URLs are refused outright.
 */
const isSafeUrl = (value: string, pattern: RegExp) => !/[\\\s\p{Cc}]/u.test(value.trim()) && pattern.test(value.trim());

/** Whether an article may link to the URL (as the browser reads the attribute, entities decoded). */
export const isSafeLink = (url: string): boolean => isSafeUrl(url, ALLOWED_URL);
/** Whether an article may show an image from the URL: same site only. */
export const isSafeImage = (url: string): boolean => isSafeUrl(url, SAME_SITE_URL);

/** The hardened configuration: HTML only (no SVG, no MathML), no forms, no styles, no custom elements. */
export const ARTICLE_SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
};

/**
 * The same allowlist for the browser's own HTML Sanitizer API (`Element.prototype.setHTML`), which always
 * removes script, event handlers and `javascript:` URLs on top. Elements outside the list go with their
 * content (DOMPurify keeps the text of some): published articles contain none, so both agree on them.
 */
export const ARTICLE_NATIVE_SANITIZER_CONFIG = {
  elements: ALLOWED_TAGS,
  attributes: ALLOWED_ATTR,
  comments: false,
  dataAttributes: false,
} as const;

const prefixed = (value: string) => (value.startsWith(CONTENT_ID_PREFIX) ? value : CONTENT_ID_PREFIX + value);

/**
 * The rules no allowlist can express, applied to each element after the allowlist: only safe URLs,
 * images only from the same site, ids prefixed, `rel` on outside links. Used by both sanitisers.
 */
export function finishArticleElement(element: Element): void {
  const url = element.getAttribute('href');
  if (url !== null && !isSafeLink(url)) element.removeAttribute('href');
  if (element.hasAttribute('id')) element.setAttribute('id', prefixed(element.getAttribute('id')!));
  const href = element.getAttribute('href');
  if (element.localName === 'a' && href !== null) {
    if (href.startsWith('#') && href.length > 1) element.setAttribute('href', `#${prefixed(href.slice(1))}`);
    if (/^https:/i.test(href)) element.setAttribute('rel', 'noopener noreferrer');
    else element.removeAttribute('rel');
  }
  const src = element.getAttribute('src');
  if (src !== null && (element.localName !== 'img' || !isSafeImage(src))) element.removeAttribute('src');
}

/**
 * Creates the article sanitiser on a DOMPurify instance: the browser's own, or one on jsdom at build
 * time, so that both apply the very same rules. Sanitising its own output changes nothing.
 */
export function createArticleSanitizer(purify: DOMPurify): (html: string) => string {
  purify.addHook('afterSanitizeAttributes', (node) => finishArticleElement(node as Element));
  return (html) => purify.sanitize(html, { ...ARTICLE_SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
