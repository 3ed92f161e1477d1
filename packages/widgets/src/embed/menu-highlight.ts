import type { MenuPathDetail } from '../events.js';

let highlighted: { element: HTMLElement; outline: string; offset: string } | undefined;

/**
 * Highlights the page's own menu entry for a menu path in an article: an element marked
 * `data-dh-menu="<page key>"`, else a link to the page's URL. Outline set through the CSSOM, so a
 * strict CSP allows it; removed when the pointer or focus leaves.
 */
export function highlightMenu({ page, href, active }: MenuPathDetail): void {
  if (highlighted) {
    const { element, outline, offset } = highlighted;
    element.style.outline = outline;
    element.style.outlineOffset = offset;
    element.removeAttribute('data-dh-highlight');
    highlighted = undefined;
  }
  if (!active) return;
  const element =
    document.querySelector<HTMLElement>(`[data-dh-menu="${CSS.escape(page)}"]`) ??
    (href ? document.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`) : null);
  if (!element) return;
  highlighted = { element, outline: element.style.outline, offset: element.style.outlineOffset };
  element.setAttribute('data-dh-highlight', '');
  element.style.outline = '3px solid #d4007a';
  element.style.outlineOffset = '2px';
}
