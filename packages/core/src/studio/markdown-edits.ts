import { formatMenuPath } from '../content/model.js';

// What the editor's toolbar writes into an article: the extras of the content format (hint boxes, menu
// paths, article links) and images, as the content check and renderer read them.

/** The kinds of hint box, as written after `:::` (the content pipeline's `HINT_KINDS`). */
export const HINT_KINDS = ['hinweis', 'tipp', 'achtung'] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** A change of the text: replace `from`…`to` with `insert`, then select `selection` (offsets in the new text). */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  selection: { anchor: number; head: number };
}

/** Square brackets and backslashes would end or break a link's text. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`);
/** A URL in a Markdown link; spaces and parentheses would end it. */
const linkTarget = (url: string) => url.replace(/[\s()]/g, (c) => encodeURIComponent(c));

/**
 * A block of its own lines (a hint box) at the selection: the selected text becomes its content, and an
 * empty line separates it from the text before and after, as Markdown needs.
 */
function blockEdit(text: string, from: number, to: number, open: string, body: string, close: string): TextEdit {
  const before = text.slice(0, from);
  const after = text.slice(to);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const insert = `${lead}${open}\n${body}\n${close}${trail}`;
  const bodyStart = from + lead.length + open.length + 1;
  return { from, to, insert, selection: { anchor: bodyStart, head: bodyStart + body.length } };
}

/**
 * `:::hinweis Titel` … `:::` around the selection. Without a selection the box gets a placeholder text,
 * selected, so that typing replaces it.
 */
export function hintBox(text: string, from: number, to: number, kind: HintKind, title: string, placeholder: string) {
  const selected = text.slice(from, to).replace(/\n+$/, '');
  const heading = title.trim().replace(/\s+/g, ' ');
  return blockEdit(
    text,
    from,
    from + selected.length,
    `:::${kind}${heading ? ` ${heading}` : ''}`,
    selected || placeholder,
    ':::',
  );
}

/** An inline insertion replacing the selection; the inserted text ends up selected. */
function inlineEdit(from: number, to: number, insert: string): TextEdit {
  return { from, to, insert, selection: { anchor: from, head: from + insert.length } };
}

/** A menu path as articles write it, `` `Mein Unternehmen → Arbeitsplätze verwalten` ``. */
export const menuPathEdit = (from: number, to: number, path: string[]) =>
  inlineEdit(from, to, `\`${formatMenuPath(path)}\``);

/** A link to another article, `[Text](article:id)`; the selection (or the article's title) is its text. */
export function articleLinkEdit(text: string, from: number, to: number, id: string, title: string): TextEdit {
  const label = text.slice(from, to).trim() || title;
  return inlineEdit(from, to, `[${linkText(label)}](article:${id})`);
}

/** An uploaded image with its alternative text, `![Alt](url)`. */
export const imageEdit = (from: number, to: number, url: string, alt: string) =>
  inlineEdit(from, to, `![${linkText(alt.trim())}](${linkTarget(url)})`);
