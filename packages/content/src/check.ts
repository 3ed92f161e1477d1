import { createHash } from 'node:crypto';
import type { Token, Tokens } from 'marked';
import {
  findPageByMenuPath,
  formatMenuPath,
  validateArticleMeta,
  type ArticleMeta,
} from '@direkthilfe/core/content/model';
import { isSafeImage, isSafeLink } from '@direkthilfe/core/content/sanitize';
import { parseSource } from './frontmatter.js';
import { checkLimits } from './limits.js';
import { ARTICLE_LINK_PREFIX, lexMarkdown } from './markdown.js';
import type { ContentSources, SourceFile } from './load.js';
import { LANGUAGES, SOURCE_LANGUAGE } from './load.js';
import { closest, type Problem } from './problems.js';
import type { NodeSanitizer } from './sanitize-node.js';

/** An article whose frontmatter is valid, ready to render. */
export interface CheckedArticle {
  file: SourceFile;
  meta: ArticleMeta;
  body: string;
  bodyLine: number;
  /** 1-based line of each frontmatter field, for messages. */
  fieldLines: Map<string, number>;
}

/** The line of a frontmatter field, or the first line of the frontmatter. */
const lineOfField = (article: CheckedArticle, field: string) => article.fieldLines.get(field) ?? 2;

export interface CheckResult {
  problems: Problem[];
  articles: CheckedArticle[];
}

interface PositionedToken {
  token: Token;
  /** Offset of the token's source in the body. */
  offset: number;
}

/** Every token with its offset in the body, nested ones included, found through the tokens' raw text. */
function positioned(tokens: Token[], base = 0, parentRaw?: string): PositionedToken[] {
  const result: PositionedToken[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const found = parentRaw === undefined ? -1 : parentRaw.indexOf(token.raw, cursor);
    const offset = parentRaw === undefined ? base + cursor : base + (found >= 0 ? found : cursor);
    cursor = parentRaw === undefined ? cursor + token.raw.length : found >= 0 ? found + token.raw.length : cursor;
    result.push({ token, offset });
    const record = token as Token & { tokens?: Token[]; items?: Token[]; titleTokens?: Token[] };
    // A table's cells hold their tokens in `header` and `rows`: checked like any other text, in order.
    const cells =
      token.type === 'table'
        ? [(token as Tokens.Table).header, ...(token as Tokens.Table).rows].flat().flatMap((cell) => cell.tokens)
        : undefined;
    for (const children of [record.titleTokens, record.tokens, record.items, cells]) {
      if (children?.length) result.push(...positioned(children, offset, token.raw));
    }
  }
  return result;
}

/** What the checks of one file need besides the file. */
interface FileContext {
  pages: ContentSources['pages'];
  pageKeys: Set<string>;
  menuPaths: string[];
  published: boolean;
  sanitizer: NodeSanitizer;
}

/** A finding in a body, in text order: a problem of the file alone, or a link to an article, resolved later. */
type BodyFinding = Problem | { link: string; line: number };

/** What checking a file alone gives: the same for the same file, portal map and publishing mode. */
interface FileCheck {
  /** Problems of its frontmatter, limits, id and page keys. */
  problems: Problem[];
  /** Set when the frontmatter is valid. */
  article?: Omit<CheckedArticle, 'file'>;
  /** Set when there is a body to check (also under a frontmatter with errors). */
  findings?: BodyFinding[];
}

/**
 * Checks of single files by a hash of the file and what it is checked against, most recently used kept: checking
 * the content again after one article changed (publishing, the studio's preview) checks that one file alone and
 * then only what lies between files (ids, links, guides, translations). Bounded by the size of the files.
 */
export class CheckCache {
  private readonly entries = new Map<string, { check: FileCheck; size: number }>();
  private used = 0;
  /** Lookups answered and not answered from the cache. */
  readonly stats = { hits: 0, misses: 0 };

  /** @param maxSize How large the files whose checks are kept may be together (characters). */
  constructor(readonly maxSize = 64_000_000) {}

  /** The size of the files whose checks are kept (characters). */
  get size(): number {
    return this.used;
  }

  get(key: string): FileCheck | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.check;
  }

  set(key: string, check: FileCheck, size: number): void {
    this.used += size - (this.entries.get(key)?.size ?? 0);
    this.entries.delete(key);
    this.entries.set(key, { check, size });
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxSize) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
  }
}

/** The cache of the process, unless a caller brings its own. */
const sharedCheckCache = new CheckCache();

/** The checks of one file that need no other file. */
function checkFile(file: SourceFile, context: FileContext): FileCheck {
  const problems: Problem[] = [];
  const report = (line: number, message: string, more: Partial<Problem> = {}) =>
    problems.push({ file: file.file, line, message, severity: 'error', ...more });
  const limits = checkLimits(file.source);
  if (limits.length) {
    for (const p of limits) report(p.line, p.message);
    return { problems };
  }
  const parsed = parseSource(file.source);
  for (const e of parsed.syntaxErrors) report(e.line, e.message);
  if (parsed.syntaxErrors.length) {
    const hasHeader = parsed.bodyLine > 1;
    return hasHeader ? { problems, findings: scanBody(file, parsed.body, parsed.bodyLine, context) } : { problems };
  }
  const fieldLine = (field?: string) => (field && parsed.fieldLines.get(field)) || 2;
  const { meta, problems: fieldProblems } = validateArticleMeta(parsed.data);
  for (const p of fieldProblems) report(fieldLine(p.field), p.message, p.field ? { field: p.field } : {});
  const findings = scanBody(file, parsed.body, parsed.bodyLine, context);
  if (!meta) return { problems, findings };
  if (context.published) meta.draft = false;
  if (meta.id !== file.name) {
    report(fieldLine('id'), `Die id „${meta.id}“ muss dem Dateinamen entsprechen: ${file.name}.`, { field: 'id' });
  }
  for (const key of meta.contexts.filter((k) => !context.pageKeys.has(k))) {
    const suggestion = closest(key, context.pageKeys);
    report(fieldLine('contexts'), `Unbekannter Seitenschlüssel „${key}“: Er steht nicht in portal-map.json.`, {
      field: 'contexts',
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return {
    problems,
    article: { meta, body: parsed.body, bodyLine: parsed.bodyLine, fieldLines: parsed.fieldLines },
    findings,
  };
}

/** The findings in a body that need no other file; links to articles are left for later. */
function scanBody(file: SourceFile, body: string, bodyLine: number, context: FileContext): BodyFinding[] {
  const { pages, menuPaths, sanitizer } = context;
  const findings: BodyFinding[] = [];
  const report = (line: number, message: string, suggestion?: string) =>
    findings.push({ file: file.file, line, message, severity: 'error', ...(suggestion ? { suggestion } : {}) });
  const lineAt = (offset: number) => bodyLine + body.slice(0, offset).split('\n').length - 1;
  for (const { token, offset } of positioned(lexMarkdown(body))) {
    const line = lineAt(offset);
    if (token.type === 'link' && token.href.startsWith(ARTICLE_LINK_PREFIX)) {
      findings.push({ link: token.href.slice(ARTICLE_LINK_PREFIX.length), line });
    }
    if (token.type === 'image' && !(token as Tokens.Image).text.trim()) {
      report(line, `Dem Bild „${(token as Tokens.Image).href}“ fehlt ein Alternativtext: ![Beschreibung](${(token as Tokens.Image).href}).`);
    }
    if (token.type === 'codespan' && token.text.includes('→') && !findPageByMenuPath(pages, token.text)) {
      const written = (token.text as string).split('→').map((part) => part.trim()).join(' → ');
      report(line, `Den Menüpfad „${token.text}“ gibt es im Portal nicht (siehe portal-map.json).`, closest(written, menuPaths));
    }
    if (token.type === 'codespan' && /->|=>|>>/.test(token.text) && !token.text.includes('→')) {
      const arrowed = token.text.replace(/\s*(?:->|=>|>>)\s*/g, ' → ');
      const page = findPageByMenuPath(pages, arrowed);
      report(
        line,
        `Menüpfade schreiben Sie mit dem Pfeil „→“, nicht mit „${/->|=>|>>/.exec(token.text)![0]}“: Sonst wird „${token.text}“ nicht als Menüpfad erkannt.`,
        page ? arrowed : (closest(arrowed, menuPaths) ?? arrowed),
      );
    }
    if (token.type === 'heading' && token.depth === 1) {
      report(line, 'Überschriften beginnen bei „##“: Die erste Ebene ist der Titel aus dem Kopfbereich.');
    }
    // URLs as the browser will read them: `jav&#x61;script:` is `javascript:` there.
    if (token.type === 'link' && !token.href.startsWith(ARTICLE_LINK_PREFIX) && !isSafeLink(sanitizer.attributeValue(token.href))) {
      report(line, `Der Link „${token.href}“ wird entfernt: Erlaubt sind https:, mailto:, tel:, Links auf Artikel und Seiten des Portals.`);
    }
    if (token.type === 'image' && !isSafeImage(sanitizer.attributeValue(token.href))) {
      report(line, `Das Bild „${token.href}“ wird entfernt: Bilder nur vom eigenen Server, mit einem Pfad wie /hilfe/bilder/name.png.`);
    }
    if (token.type === 'html') {
      // Wrapped, so that script or style at the start land in the body, where the sanitiser reports them.
      sanitizer.sanitize(`<div>${token.raw}</div>`);
      const removed = [...new Set(sanitizer.removed())];
      if (removed.length) report(line, `HTML, das beim Veröffentlichen entfernt wird: ${removed.join(', ')}.`);
    }
    if (token.type === 'paragraph' && /^:::/.test(token.raw)) {
      const kind = /^:::(\S*)/.exec(token.raw)![1];
      report(
        line,
        ['hinweis', 'tipp', 'achtung'].includes(kind)
          ? `Die Hinweisbox „:::${kind}“ wird nicht mit einer Zeile „:::“ geschlossen.`
          : `Unbekannte Hinweisbox „:::${kind}“. Erlaubt sind :::hinweis, :::tipp und :::achtung.`,
      );
    }
  }
  return findings;
}

/**
 * Checks a content folder: frontmatter schema, ids, page keys, menu paths, links between articles,
 * images without alt text, raw HTML the sanitiser would remove, hint boxes, size and nesting limits,
 * guides and translations. Messages are German, for content editors. What a file gives alone comes from
 * `cache` when the file was checked before against the same portal map.
 */
export function checkContent(sources: ContentSources, sanitizer: NodeSanitizer, cache = sharedCheckCache): CheckResult {
  const problems: Problem[] = [...sources.problems];
  const articles: CheckedArticle[] = [];
  /** Every body that could be read, also of articles whose frontmatter has errors: both are checked at once. */
  const bodies: { file: SourceFile; findings: BodyFinding[]; meta?: ArticleMeta }[] = [];
  const pageKeys = new Set(sources.pages.map((p) => p.key));
  const menuPaths = sources.pages.flatMap((p) => p.menuPath.map((_, i) => formatMenuPath(p.menuPath.slice(0, i + 1))));
  const context: FileContext = { pages: sources.pages, pageKeys, menuPaths, published: sources.published === true, sanitizer };
  // Hashed once and copied per file: the portal map is not hashed again for every file.
  const contextHash = createHash('sha256').update(`${context.published}\0${JSON.stringify(sources.pages)}`);
  const report = (file: string, line: number, message: string, severity: Problem['severity'] = 'error', more: Partial<Problem> = {}) =>
    problems.push({ file, line, message, severity, ...more });

  for (const file of sources.files) {
    const key = contextHash
      .copy()
      .update(`\0${file.file}\0${file.lang}\0${file.name}\0${file.source}`)
      .digest('base64url');
    let checked = cache.get(key);
    if (!checked) {
      checked = checkFile(file, context);
      cache.set(key, checked, file.source.length);
    }
    problems.push(...checked.problems);
    if (checked.findings) bodies.push({ file, findings: checked.findings, meta: checked.article?.meta });
    if (checked.article) articles.push({ file, ...checked.article });
  }

  const byLanguage = new Map<string, Map<string, CheckedArticle>>();
  for (const article of articles) {
    const ids = byLanguage.get(article.file.lang) ?? new Map<string, CheckedArticle>();
    const first = ids.get(article.meta.id);
    if (first) {
      report(article.file.file, lineOfField(article, 'id'), `Die id „${article.meta.id}“ gibt es schon in ${first.file.file}.`);
      continue;
    }
    ids.set(article.meta.id, article);
    byLanguage.set(article.file.lang, ids);
  }
  const sourceArticles = byLanguage.get(SOURCE_LANGUAGE) ?? new Map<string, CheckedArticle>();

  for (const { file, findings, meta } of bodies) {
    const known = (id: string) => byLanguage.get(file.lang)?.get(id) ?? sourceArticles.get(id);
    for (const finding of findings) {
      if (!('link' in finding)) {
        problems.push(finding);
        continue;
      }
      const { link: id, line } = finding;
      const target = known(id);
      if (!target) {
        const ids = new Set([...(byLanguage.get(file.lang)?.keys() ?? []), ...sourceArticles.keys()]);
        const suggestion = closest(id, ids);
        report(file.file, line, `Der Link zeigt auf den Artikel „${id}“, den es nicht gibt.`, 'error', suggestion ? { suggestion } : {});
      } else if (target.meta.draft && meta && !meta.draft) {
        report(file.file, line, `Der Link zeigt auf den Entwurf „${target.meta.id}“, der nicht veröffentlicht wird.`);
      }
    }
  }

  for (const [lang, ids] of byLanguage) {
    const guides = new Map<string, CheckedArticle>();
    for (const article of ids.values()) {
      if (!article.meta.guide || article.meta.draft) continue;
      const key = `${article.meta.guide}#${article.meta.order}`;
      const other = guides.get(key);
      if (other) report(article.file.file, lineOfField(article, 'order'), `Im Leitfaden „${article.meta.guide}“ hat auch ${other.file.file} die Position ${article.meta.order}.`);
      guides.set(key, article);
    }
    if (lang === SOURCE_LANGUAGE) continue;
    for (const article of ids.values()) {
      const original = sourceArticles.get(article.meta.id);
      if (!original) {
        report(article.file.file, lineOfField(article, 'id'), `Zu dieser Übersetzung gibt es keinen deutschen Artikel ${SOURCE_LANGUAGE}/${article.meta.id}.md.`);
        continue;
      }
      for (const field of ['roles', 'contexts', 'guide', 'order', 'draft'] as const) {
        if (JSON.stringify(article.meta[field]) !== JSON.stringify(original.meta[field])) {
          const expected = original.meta[field] === undefined ? 'nicht gesetzt' : JSON.stringify(original.meta[field]);
          report(article.file.file, lineOfField(article, field), `„${field}“ weicht vom deutschen Artikel ab (dort: ${expected}).`);
        }
      }
    }
  }
  for (const original of sourceArticles.values()) {
    for (const lang of LANGUAGES) {
      if (lang !== SOURCE_LANGUAGE && !byLanguage.get(lang)?.has(original.meta.id) && !original.meta.draft) {
        report(original.file.file, 1, `Die Übersetzung ${lang}/${original.meta.id}.md fehlt; dort wird der deutsche Text gezeigt.`, 'warning');
      }
    }
  }
  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line), articles };
}
