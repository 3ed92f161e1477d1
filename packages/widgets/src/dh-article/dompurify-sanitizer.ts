// The fallback for browsers without the HTML Sanitizer API: DOMPurify with the shared configuration.
// Loaded only there, as its own chunk.
import DOMPurify from 'dompurify';
import { createArticleSanitizer } from '@direkthilfe/core/content/sanitize';

/** Sanitises article HTML with DOMPurify, exactly as the content build does. */
export const sanitizeWithDOMPurify: (html: string) => string = createArticleSanitizer(DOMPurify);
