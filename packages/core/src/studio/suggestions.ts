import { boundedEditDistance } from '../search/edit-distance.js';

/** Where on a line a wrong value may stand: a menu path, an article link's id, a list item or a field's value. */
const CANDIDATES = [
  /`([^`\n]+)`/g,
  /\(article:([^)\s]+)\)/g,
  /(?:^|[[,])\s*([^\][,#\n]+?)\s*(?=[\],]|$)/g,
  /^\s*-\s+([^#\n]+?)\s*$/g,
  /^[\w-]+:\s*([^[#\n][^#\n]*?)\s*$/g,
];

/** Arrows as typed, `->` or `>`, read as the menu's `→` for comparing. */
const comparable = (text: string) =>
  text
    .replace(/\s*(?:->|=>|>)\s*/g, ' → ')
    .replace(/\s+/g, ' ')
    .trim();

export interface SuggestionEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * "Meinten Sie …?": where to put a problem's suggestion in the Markdown file. The wrong value is the one
 * on the problem's line that is most like the suggestion (a menu path in backticks, an article link's id,
 * a page key in a list); undefined when the line has none.
 */
export function suggestionEdit(source: string, line: number, suggestion: string): SuggestionEdit | undefined {
  // A suggested menu path may come in its backticks.
  const value = suggestion.replace(/^`(.*)`$/, '$1');
  const lines = source.split('\n');
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const lineStart = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const wanted = comparable(value);
  let best: { from: number; to: number; distance: number } | undefined;
  for (const pattern of CANDIDATES) {
    for (const match of text.matchAll(pattern)) {
      const written = match[1];
      if (written === value) continue;
      const from = match.index + match[0].lastIndexOf(written);
      const distance = boundedEditDistance(comparable(written), wanted, Math.max(wanted.length, written.length));
      if (!best || distance < best.distance) best = { from, to: from + written.length, distance };
    }
  }
  return best && { from: lineStart + best.from, to: lineStart + best.to, insert: value };
}

/** The source with the suggestion put in, or undefined when its place cannot be found. */
export function applySuggestion(source: string, line: number, suggestion: string): string | undefined {
  const edit = suggestionEdit(source, line, suggestion);
  return edit && source.slice(0, edit.from) + edit.insert + source.slice(edit.to);
}
