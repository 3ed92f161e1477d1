import { Language } from '@codemirror/language';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { styleTags, tags } from '@lezer/highlight';
import type { MarkdownConfig, MarkdownParser } from '@lezer/markdown';

/**
 * The frontmatter (`---` … `---` on the first lines) as one block of its own: plain Markdown would read
 * its last field and the closing `---` as a heading.
 */
const frontmatter: MarkdownConfig = {
  defineNodes: [{ name: 'Frontmatter', block: true }],
  parseBlock: [
    {
      name: 'Frontmatter',
      before: 'HorizontalRule',
      parse(cx, line) {
        if (cx.lineStart !== 0 || !/^---[ \t]*$/.test(line.text)) return false;
        const from = cx.lineStart;
        let closed = false;
        while (!closed && cx.nextLine()) closed = /^---[ \t]*$/.test(line.text);
        const to = cx.lineStart + line.text.length;
        if (closed) cx.nextLine();
        cx.addElement(cx.elt('Frontmatter', from, to));
        return true;
      },
    },
  ],
  props: [styleTags({ Frontmatter: tags.meta })],
};

/**
 * Markdown as the articles write it (GitHub flavour, the frontmatter first), without the HTML, CSS and
 * JavaScript parsers that `markdown()` brings for HTML blocks: articles have none worth highlighting.
 */
export const articleLanguage = new Language(
  markdownLanguage.data,
  (markdownLanguage.parser as MarkdownParser).configure([frontmatter]),
  [],
  'markdown',
);
