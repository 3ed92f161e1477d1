/**
 * Registers a custom element unless the tag is taken, so that two copies of the bundle on one page
 * (say, the script tag and a lazily loaded chunk) do not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
