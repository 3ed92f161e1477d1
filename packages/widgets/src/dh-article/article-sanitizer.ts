import { ARTICLE_NATIVE_SANITIZER_CONFIG, finishArticleElement } from '@direkthilfe/core/content/sanitize';

/** The parts of the HTML Sanitizer API used here (not yet in TypeScript's DOM library). */
interface NativeSanitizer {
  get(): {
    elements?: { name: string }[];
    attributes?: { name: string }[];
    comments?: boolean;
    dataAttributes?: boolean;
  };
}
type SetHTML = (this: Element, html: string, options: { sanitizer: NativeSanitizer }) => void;
declare const Sanitizer: (new (config: object) => NativeSanitizer) | undefined;

const setHTML = () => (Element.prototype as unknown as { setHTML?: SetHTML }).setHTML;

const sameNames = (actual: { name: string }[] | undefined, expected: readonly string[]) =>
  actual?.length === expected.length && actual.every((item) => expected.includes(item.name));

/**
 * The browser's own sanitiser with the shared allowlist, or null where there is none. Used only when it
 * reports back exactly the configuration it was given: an older or partial implementation (Chrome 105–118
 * had a different API under the same name) would otherwise apply its own defaults.
 */
function createNativeSanitizer(): NativeSanitizer | null {
  try {
    if (typeof Sanitizer !== 'function' || typeof setHTML() !== 'function') return null;
    const sanitizer = new Sanitizer(ARTICLE_NATIVE_SANITIZER_CONFIG);
    const config = sanitizer.get();
    const ok =
      sameNames(config.elements, ARTICLE_NATIVE_SANITIZER_CONFIG.elements) &&
      sameNames(config.attributes, ARTICLE_NATIVE_SANITIZER_CONFIG.attributes) &&
      config.comments === false &&
      config.dataAttributes === false;
    return ok ? sanitizer : null;
  } catch {
    return null;
  }
}

let native: NativeSanitizer | null | undefined;
let fallback: Promise<(html: string) => string> | undefined;

/** True when articles are sanitised by the browser itself, without loading DOMPurify. */
export function hasNativeSanitizer(): boolean {
  native ??= createNativeSanitizer();
  return native !== null;
}

/**
 * Sanitises article HTML in the browser with the same rules the content build applied: the HTML comes
 * from a server and is treated as untrusted on arrival too. Where the browser has the HTML Sanitizer API,
 * it parses and sanitises in an inert document (nothing loads, nothing runs), then the shared URL and id
 * rules finish each element: synchronous, no extra code. Elsewhere DOMPurify loads once, lazily.
 */
export function sanitizeArticle(html: string): DocumentFragment | Promise<DocumentFragment> {
  if (hasNativeSanitizer()) {
    const inert = document.implementation.createHTMLDocument('');
    const box = inert.createElement('div');
    setHTML()!.call(box, html, { sanitizer: native! });
    box.querySelectorAll('*').forEach(finishArticleElement);
    return fragmentOf(box);
  }
  fallback ??= import('./dompurify-sanitizer.js').then(
    (module) => module.sanitizeWithDOMPurify,
    (error: unknown) => {
      fallback = undefined;
      throw error;
    },
  );
  return fallback.then((sanitize) => {
    // Parsed into an inert template; its content is imported into the page only when inserted.
    const template = document.createElement('template');
    template.innerHTML = sanitize(html);
    return template.content;
  });
}

function fragmentOf(box: Element): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...box.childNodes);
  return fragment;
}
