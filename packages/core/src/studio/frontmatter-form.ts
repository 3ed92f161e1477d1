import { Document, LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Pair, type Scalar } from 'yaml';
import { isRole, validateArticleMeta, type FieldProblem, type Role } from '../content/model.js';

/** `---` YAML `---` at the very start of the file, as the content check reads it. */
const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter fields the studio's form edits, in the order the articles write them. */
export const FORM_FIELDS = [
  'title',
  'summary',
  'roles',
  'contexts',
  'keywords',
  'synonyms',
  'guide',
  'order',
  'updated',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Every field of an article's frontmatter, in the order new ones are written. */
const FIELD_ORDER = ['id', ...FORM_FIELDS, 'draft'];

/** The form's values. Absent optional fields are empty: `guide` '' and `order` null. */
export interface FrontmatterFields {
  title: string;
  summary: string;
  roles: Role[];
  contexts: string[];
  keywords: string[];
  synonyms: string[];
  guide: string;
  order: number | null;
  updated: string;
}

export interface ParsedFrontmatter {
  /** The form's values; null when the file has no frontmatter or its YAML cannot be read. */
  fields: FrontmatterFields | null;
  /** The article id written in the frontmatter, if any. */
  id?: string;
  /** 1-based line in the file of each field that is there. */
  lines: Partial<Record<string, number>>;
  /** The Markdown after the frontmatter, and the line it starts on. */
  body: string;
  bodyLine: number;
  /** Why the form cannot show the frontmatter, at its line of the file. */
  error?: { line: number; message: string };
  /** The content check's findings at the fields (German, like every content message). */
  problems: FieldProblem[];
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || value instanceof Date ? String(value) : '';

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((v) => v !== '') : typeof value === 'string' && value ? [value] : [];

const day = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : text(value));

/** The form's view of parsed frontmatter: what cannot be shown as it is (a wrong type) reads as empty. */
function fieldsOf(data: Record<string, unknown>): FrontmatterFields {
  return {
    title: text(data.title),
    summary: text(data.summary),
    roles: list(data.roles).filter(isRole),
    contexts: list(data.contexts),
    keywords: list(data.keywords),
    synonyms: list(data.synonyms),
    guide: text(data.guide),
    order: Number.isInteger(data.order) ? (data.order as number) : null,
    updated: day(data.updated),
  };
}

interface Split {
  yaml: string;
  /** Offset of the YAML in the file. */
  offset: number;
  /** Offset of the body in the file. */
  bodyOffset: number;
}

function split(source: string): Split | undefined {
  const match = FENCE.exec(source);
  if (!match) return undefined;
  return { yaml: match[1], offset: match[0].indexOf('\n') + 1, bodyOffset: match[0].length };
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Reads a Markdown file's frontmatter into the form's fields, with its problems at their fields. */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const parts = split(source);
  if (!parts) {
    return {
      fields: null,
      lines: {},
      body: source,
      bodyLine: 1,
      error: { line: 1, message: 'Der Artikel beginnt nicht mit einem Kopfbereich zwischen zwei Zeilen „---“.' },
      problems: [],
    };
  }
  const body = source.slice(parts.bodyOffset);
  const bodyLine = lineAt(source, parts.bodyOffset);
  const lineCounter = new LineCounter();
  const document = parseDocument(parts.yaml, { lineCounter, uniqueKeys: true });
  const lines: Partial<Record<string, number>> = {};
  if (isMap(document.contents)) {
    for (const item of document.contents.items) {
      if (isScalar(item.key) && item.key.range)
        lines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line + 1;
    }
  }
  const failed = document.errors[0];
  if (failed) {
    return {
      fields: null,
      lines,
      body,
      bodyLine,
      error: {
        line: lineCounter.linePos(failed.pos[0]).line + 1,
        message: 'Der Kopfbereich ist kein gültiges YAML. Korrigieren Sie ihn im Text; die Zeile ist markiert.',
      },
      problems: [],
    };
  }
  // No aliases: the content check refuses them, and a nest of them would multiply (the "billion laughs").
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch {
    return {
      fields: null,
      lines,
      body,
      bodyLine,
      error: { line: 2, message: 'Der Kopfbereich lässt sich nicht lesen: Verweise (YAML-Aliase) sind nicht erlaubt.' },
      problems: [],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      fields: null,
      lines,
      body,
      bodyLine,
      error: { line: 2, message: 'Der Kopfbereich (Frontmatter) fehlt oder ist keine Liste von Feldern.' },
      problems: [],
    };
  }
  const record = data as Record<string, unknown>;
  return {
    fields: fieldsOf(record),
    ...(typeof record.id === 'string' ? { id: record.id } : {}),
    lines,
    body,
    bodyLine,
    problems: validateArticleMeta(record).problems,
  };
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a field is written as; undefined leaves it out of the file (empty optional fields). */
function written(field: FormField, value: FrontmatterFields[FormField], present: boolean): unknown {
  if (field === 'guide') return value === '' ? undefined : value;
  if (field === 'order') return value ?? undefined;
  // An empty list that was not there stays away; one that was there stays as `[]`.
  if (Array.isArray(value) && value.length === 0 && !present && field !== 'keywords') return undefined;
  return value;
}

/** One field as YAML lines, in the style it had: the same quotes, a block or flow list. */
function render(field: string, value: unknown, before: Pair | undefined): string {
  const document = new Document({ [field]: value });
  const pair = (document.contents as { items: Pair[] }).items[0];
  const old = before?.value;
  if (isSeq(pair.value)) pair.value.flow = isSeq(old) ? Boolean(old.flow) : true;
  if (isScalar(pair.value) && isScalar(old) && old.type && typeof value === 'string') {
    // A folded or literal block keeps its style only for text that has several lines.
    const block = old.type === 'BLOCK_FOLDED' || old.type === 'BLOCK_LITERAL';
    (pair.value as Scalar).type = block && !value.includes('\n') ? undefined : old.type;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}

interface Edit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Writes the form's values back into the Markdown file. Only fields whose value changed are rewritten,
 * each in the style it had (quotes, flow or block list, a comment after it); every other byte stays, the
 * body included. New fields go after the field before them in the usual order. Returns the source as it
 * is when its frontmatter cannot be read (the form shows it as broken then).
 */
export function writeFrontmatter(source: string, fields: Partial<FrontmatterFields>): string {
  const parts = split(source);
  if (!parts) return source;
  const yaml = parts.yaml;
  const document = parseDocument(yaml, { uniqueKeys: true });
  const map = document.contents;
  // An empty frontmatter is an empty map; anything else that is no map the form cannot edit.
  if (document.errors.length || (map !== null && !isMap(map))) return source;
  const current = fieldsOf((document.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>);
  const pairs = new Map<string, Pair>();
  for (const item of map?.items ?? []) if (isPair(item) && isScalar(item.key)) pairs.set(String(item.key.value), item);

  const lineStart = (offset: number) => yaml.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const end = yaml.indexOf('\n', offset);
    return end === -1 ? yaml.length : end;
  };
  /** A field's lines: from its key to the end of its value's last line. */
  const spanOf = (pair: Pair) => {
    const key = pair.key as Scalar;
    const value = pair.value as Scalar | null;
    const valueEnd = value?.range ? value.range[1] : key.range![2];
    const from = lineStart(key.range![0]);
    const to = lineEnd(Math.max(valueEnd - 1, key.range![0]));
    // A comment after a one-line value stays.
    const tail = valueEnd <= to ? yaml.slice(valueEnd, to) : '';
    return { from, to, comment: tail.trim().startsWith('#') ? tail : '' };
  };

  const edits: Edit[] = [];
  /** New fields by where they go: after the field before them in the usual order, else at the end. */
  const added = new Map<number, string[]>();
  for (const field of FORM_FIELDS) {
    if (!(field in fields) || equal(fields[field], current[field])) continue;
    const pair = pairs.get(field);
    const value = written(field, fields[field]!, pair !== undefined);
    if (pair) {
      const { from, to, comment } = spanOf(pair);
      // A field left empty goes, with its line break.
      edits.push(
        value === undefined
          ? { from, to: Math.min(to + 1, yaml.length), insert: '' }
          : { from, to, insert: render(field, value, pair) + comment },
      );
    } else if (value !== undefined) {
      const earlier = FIELD_ORDER.slice(0, FIELD_ORDER.indexOf(field))
        .reverse()
        .map((name) => pairs.get(name))
        .find((p) => p !== undefined);
      const at = earlier ? spanOf(earlier).to : yaml.length;
      added.set(at, [...(added.get(at) ?? []), render(field, value, undefined)]);
    }
  }
  for (const [at, lines] of added) edits.push({ from: at, to: at, insert: (yaml ? '\n' : '') + lines.join('\n') });
  if (!edits.length) return source;
  // From the end, so that earlier offsets stay valid. An insertion after a field and that field's own edit
  // share no offset: the edit ends where the insertion starts, and the sort is stable.
  let result = yaml;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    result = result.slice(0, edit.from) + edit.insert + result.slice(edit.to);
  }
  return source.slice(0, parts.offset) + result + source.slice(parts.offset + yaml.length);
}

/** The frontmatter of a new article: everything the content check needs, for the form to fill in. */
export function newArticleSource(id: string, fields: Partial<FrontmatterFields> = {}, today = new Date()): string {
  const base = [
    '---',
    `id: ${id}`,
    'title:',
    'summary:',
    'roles: [admin, user]',
    'contexts: []',
    'keywords: []',
    'synonyms: []',
    `updated: ${today.toISOString().slice(0, 10)}`,
    '---',
    '',
    '',
  ].join('\n');
  return writeFrontmatter(base, fields);
}
