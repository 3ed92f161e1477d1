import DOMPurify from 'dompurify';
import { createArticleSanitizer } from '@direkthilfe/core/content/sanitize';

let sanitize: ((html: string) => string) | undefined;

/**
 * Sanitises article HTML in the browser with the same rules the content build applied: the HTML comes
 * from a server and is treated as untrusted on arrival too.
 */
export function sanitizeArticleHtml(html: string): string {
  sanitize ??= createArticleSanitizer(DOMPurify);
  return sanitize(html);
}
