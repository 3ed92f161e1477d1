/** Articles beyond these limits are refused before Markdown parsing, so no input can stall the build. */
export const MAX_ARTICLE_BYTES = 100_000;
export const MAX_NESTING_DEPTH = 20;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface LimitProblem {
  /** 1-based line within the checked text. */
  line: number;
  message: string;
}

/**
 * Checks size and nesting (block quotes, list indentation, HTML tags) with a linear scan:
 * deeply nested input is what makes Markdown parsers slow.
 */
export function checkLimits(source: string): LimitProblem[] {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    return [
      {
        line: 1,
        message: `Der Artikel ist zu groß (${Math.ceil(bytes / 1000)} KB, höchstens ${MAX_ARTICLE_BYTES / 1000} KB). Teilen Sie ihn in mehrere Artikel auf.`,
      },
    ];
  }
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // Block quotes and list items can also nest on one line: `> > - - text`.
    const markers = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(lines[i])![0];
    const markerDepth = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const indentDepth = Math.floor(/^[ \t]*/.exec(lines[i])![0].replace(/\t/g, '    ').length / 2);
    const depth = Math.max(markerDepth, indentDepth);
    if (depth > MAX_NESTING_DEPTH) {
      return [{ line: i + 1, message: `Zu tief verschachtelt (Tiefe ${depth}, höchstens ${MAX_NESTING_DEPTH}).` }];
    }
  }
  let tagDepth = 0;
  for (const match of source.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID_ELEMENTS.has(match[2].toLowerCase())) continue;
    if (match[1]) tagDepth = Math.max(0, tagDepth - 1);
    else if (!match[3]) tagDepth++;
    if (tagDepth > MAX_NESTING_DEPTH * 2) {
      const line = source.slice(0, match.index).split('\n').length;
      return [{ line, message: `Zu tief verschachteltes HTML (mehr als ${MAX_NESTING_DEPTH * 2} Ebenen).` }];
    }
  }
  return [];
}
