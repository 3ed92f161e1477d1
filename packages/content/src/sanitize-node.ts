import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createArticleSanitizer } from '@direkthilfe/core/content/sanitize';

export interface NodeSanitizer {
  sanitize(html: string): string;
  /** What the last `sanitize` call removed: element names and `element@attribute`. */
  removed(): string[];
  /** Plain text of sanitised HTML, one line per block, for search and snippets. */
  textOf(html: string): string;
  /** A URL as the browser reads it from `href="…"`: character references such as `&#x61;` decoded. */
  attributeValue(raw: string): string;
}

const BLOCK = /^(?:p|li|h[1-6]|pre|blockquote|aside|tr|dt|dd|figcaption|caption|div)$/;

/** The article sanitiser on jsdom: the same rules as in the browser, applied at build time. */
export function createNodeSanitizer(): NodeSanitizer {
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  const sanitize = createArticleSanitizer(purify);
  return {
    sanitize,
    removed: () =>
      purify.removed
        .map((entry) =>
          'attribute' in entry && entry.attribute
            ? `${(entry.from as Element).localName}@${entry.attribute.name}`
            : ((entry as { element: Element }).element.localName ?? '#text'),
        )
        // DOMPurify parses fragments into a document and reports its frame as removed.
        .filter((name) => !['html', 'head', 'body'].includes(name)),
    attributeValue(raw) {
      const template = window.document.createElement('template');
      template.innerHTML = `<a href="${raw.replace(/"/g, '&quot;')}"></a>`;
      return template.content.firstElementChild?.getAttribute('href') ?? raw;
    },
    textOf(html) {
      const template = window.document.createElement('template');
      template.innerHTML = html;
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === window.Node.TEXT_NODE) parts.push(node.textContent ?? '');
        for (const child of node.childNodes) walk(child);
        if (node.nodeType === window.Node.ELEMENT_NODE && BLOCK.test((node as Element).localName)) parts.push('\n');
      };
      walk(template.content);
      return parts
        .join('')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
    },
  };
}

let shared: NodeSanitizer | undefined;
/**
 * One sanitiser (one jsdom window) per process for building, checking and previewing: making a window takes tens
 * of milliseconds, and a sanitiser is used synchronously, one call at a time.
 */
export const sharedNodeSanitizer = (): NodeSanitizer => (shared ??= createNodeSanitizer());
