import type { MenuPathDetail } from '../events.js';
import { deepQuery } from '../shared/deep-query.js';

/** The menu highlight where the host sets no `--dh-highlight-color`. */
const HIGHLIGHT = '#d4007a';

let highlighted: { element: HTMLElement; outline: string; offset: string } | undefined;

/**
 * Highlights the page's own menu entry for a menu path in an article: an element marked
 * `data-dh-menu="<page key>"`, else a link to the page's URL, also inside open shadow roots (menus
 * built from web components). Outline in `--dh-highlight-color`, set through the CSSOM, so a strict
 * CSP allows it; removed when the pointer or focus leaves.
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
    deepQuery(`[data-dh-menu="${CSS.escape(page)}"]`) ?? (href ? deepQuery(`a[href="${CSS.escape(href)}"]`) : null);
  if (!element) return;
  highlighted = { element, outline: element.style.outline, offset: element.style.outlineOffset };
  element.setAttribute('data-dh-highlight', '');
  const colour = getComputedStyle(element).getPropertyValue('--dh-highlight-color').trim() || HIGHLIGHT;
  element.style.outline = `3px solid ${colour}`;
  element.style.outlineOffset = '2px';
}
