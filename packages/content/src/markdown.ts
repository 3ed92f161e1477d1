import { Marked, type Tokens, type TokenizerAndRendererExtension, type Token } from 'marked';
import { findPageByMenuPath, type ArticleHeading, type PortalPage } from '@direkthilfe/core/content/model';
import { CONTENT_ID_PREFIX } from '@direkthilfe/core/content/sanitize';
import { slugify as slugifyText } from '@direkthilfe/core/text/slugify';

export const HINT_KINDS = ['hinweis', 'tipp', 'achtung'] as const;
export type HintKind = (typeof HINT_KINDS)[number];

const HINT_LABELS: Record<string, Record<HintKind, string>> = {
  de: { hinweis: 'Hinweis', tipp: 'Tipp', achtung: 'Achtung' },
  en: { hinweis: 'Note', tipp: 'Tip', achtung: 'Caution' },
};

export interface HintToken extends Tokens.Generic {
  type: 'hint';
  kind: HintKind;
  titleTokens: Token[];
  tokens: Token[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** An id from heading text: lower case, umlauts spelled out, hyphens between words. */
export const slugify = (text: string): string => slugifyText(text) || 'abschnitt';

/** `:::hinweis Titel` … `:::` (also `tipp`, `achtung`): a hint box. */
export const HINT_BLOCK = /^:::(hinweis|tipp|achtung)(?:[ \t]+([^\n]*))?\n([\s\S]*?)\n:::[ \t]*(?:\n|$)/;

/** An article link: `[Text](article:some-id)`. */
export const ARTICLE_LINK_PREFIX = 'article:';

export interface RenderedMarkdown {
  html: string;
  headings: ArticleHeading[];
}

/** The hint box extension, with the labels of one language. */
function hintExtension(labels: Record<HintKind, string>): TokenizerAndRendererExtension {
  return {
    name: 'hint',
    level: 'block',
    start: (src) => /^:::/m.exec(src)?.index,
    tokenizer(src) {
      const match = HINT_BLOCK.exec(src);
      if (!match) return undefined;
      return {
        type: 'hint',
        raw: match[0],
        kind: match[1] as HintKind,
        titleTokens: this.lexer.inlineTokens(match[2]?.trim() ?? ''),
        tokens: this.lexer.blockTokens(match[3], []),
      } satisfies HintToken;
    },
    renderer(token) {
      const { kind, titleTokens, tokens } = token as HintToken;
      const title = titleTokens.length ? `: ${this.parser.parseInline(titleTokens)}` : '';
      return `<aside class="dh-hint dh-hint-${kind}"><p class="dh-hint-title"><strong>${labels[kind]}</strong>${title}</p>${this.parser.parse(tokens)}</aside>\n`;
    },
    childTokens: ['titleTokens', 'tokens'],
  };
}

/**
 * Renders article Markdown with the documented extras: hint boxes, menu paths that link to their
 * portal page, links between articles, and headings with ids. The output is not yet safe: it goes
 * through the sanitiser.
 */
export function createMarkdownRenderer(pages: PortalPage[], lang: string) {
  const hint = hintExtension(HINT_LABELS[lang] ?? HINT_LABELS.de);

  return (markdown: string): RenderedMarkdown => {
    const headings: ArticleHeading[] = [];
    const marked = new Marked({ gfm: true, async: false });
    marked.use({
      extensions: [hint],
      renderer: {
        heading({ tokens, depth }) {
          const text = this.parser.parseInline(tokens, this.parser.textRenderer);
          const base = slugify(text);
          let id = base;
          for (let n = 2; headings.some((h) => h.id === id); n++) id = `${base}-${n}`;
          headings.push({ id, text, level: depth });
          // Written with the content prefix already: the sanitiser removes ids that name a property of the
          // document or of an object ("links", "title", "constructor" …), which prefixed ones never do.
          return `<h${depth} id="${CONTENT_ID_PREFIX}${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
        },
        codespan({ text }) {
          // A one-level path (`Übersicht`) is a menu entry only when a page has exactly it; else it is code.
          const page = text.includes('→')
            ? findPageByMenuPath(pages, text)
            : pages.find((p) => p.menuPath.length === 1 && p.menuPath[0] === text.trim());
          if (!text.includes('→') && !page) return false;
          const label = escapeHtml(text);
          if (!page) return `<span class="dh-menu-path">${label}</span>`;
          // Pages with a parameter (`/admin/arbeitsplaetze/:id`) have no single URL to link to.
          return page.url.includes(':')
            ? `<span class="dh-menu-path" data-dh-page="${escapeHtml(page.key)}">${label}</span>`
            : `<a class="dh-menu-path" href="${escapeHtml(page.url)}" data-dh-page="${escapeHtml(page.key)}">${label}</a>`;
        },
        link({ href, title, tokens }) {
          if (!href.startsWith(ARTICLE_LINK_PREFIX)) return false;
          const id = href.slice(ARTICLE_LINK_PREFIX.length);
          const text = this.parser.parseInline(tokens);
          if (!/^[a-z0-9-]+$/.test(id)) return text;
          const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
          return `<a href="?dh-article=${id}" data-dh-article="${id}"${titleAttribute}>${text}</a>`;
        },
      },
    });
    return { html: marked.parse(markdown) as string, headings };
  };
}

/** Lexes article Markdown with the same extras, for the checks. */
export function lexMarkdown(markdown: string): Token[] {
  return new Marked({ gfm: true, async: false }).use({ extensions: [hintExtension(HINT_LABELS.de)] }).lexer(markdown);
}
