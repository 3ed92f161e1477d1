/** Bounds the walk through a page's shadow roots, however large the page. */
const MAX_ROOTS = 500;

/**
 * The first element matching `selector` in the document or inside any open shadow root (host menus
 * built from web components, a host dialog inside a component). Closed shadow roots stay closed.
 */
export function deepQuery<E extends Element = HTMLElement>(
  selector: string,
  root: Document | ShadowRoot = document,
): E | null {
  const roots: (Document | ShadowRoot)[] = [root];
  for (let i = 0; i < roots.length && i < MAX_ROOTS; i++) {
    const found = roots[i].querySelector<E>(selector);
    if (found) return found;
    for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return null;
}
