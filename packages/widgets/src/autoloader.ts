/**
 * Loads each Direkthilfe element the first time its tag appears in the page, so that the one script a
 * page includes stays small and a page pays only for the elements it uses.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'dh-password-field': () => import('./dh-password-field.js'),
  'dh-article': () => import('./dh-article.js'),
  'dh-help-launcher': () => import('./dh-help-launcher.js'),
  'dh-help-panel': () => import('./dh-help-panel.js'),
  'dh-help-search': () => import('./dh-help-search.js'),
  'dh-role-switch': () => import('./dh-role-switch.js'),
  'dh-wizard': () => import('./dh-wizard.js'),
};

const requested = new Set<string>();

/** Loads an element's module (once); resolves when the element is defined. */
export function loadElement(tag: string): Promise<CustomElementConstructor> {
  const loader = loaders[tag];
  if (!loader) return Promise.reject(new Error(`Unknown Direkthilfe element: ${tag}`));
  if (!requested.has(tag)) {
    requested.add(tag);
    void loader();
  }
  return customElements.whenDefined(tag);
}

function discover(root: Element | Document) {
  for (const tag of Object.keys(loaders)) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void loadElement(tag);
  }
}

/** Watches the document for Direkthilfe tags, including those added later by single-page apps. */
export function startAutoloader(root: Document = document): void {
  discover(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(root.documentElement, { childList: true, subtree: true });
}
