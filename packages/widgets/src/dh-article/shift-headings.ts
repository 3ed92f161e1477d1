/**
 * Moves an article's headings down by `offset` levels (at most to h6), so that they sit below the title
 * the element shows: articles are written with h2 sections under a page title.
 */
export function shiftHeadings(fragment: DocumentFragment, offset: number): DocumentFragment {
  if (offset <= 0) return fragment;
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.localName[1]) + offset);
    const moved = heading.ownerDocument.createElement(`h${level}`);
    for (const { name, value } of [...heading.attributes]) moved.setAttribute(name, value);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
  }
  return fragment;
}
