import { LineCounter, parseDocument, isMap, isPair, isScalar, visit } from 'yaml';

export interface ParsedSource {
  data: unknown;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of each frontmatter field. */
  fieldLines: Map<string, number>;
  /** Problems of the frontmatter's syntax, with 1-based lines. */
  syntaxErrors: { line: number; message: string }[];
}

/** The YAML parser's error codes in the words of an editor (its own messages are English). */
const YAML_ERRORS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'Dieses Feld steht zweimal im Kopfbereich.',
  BAD_INDENT:
    'Die Einrückung stimmt nicht, oder einer Liste fehlt die schließende Klammer „]“. Felder beginnen am Zeilenanfang.',
  TAB_AS_INDENT: 'Zum Einrücken sind nur Leerzeichen erlaubt, keine Tabulatoren.',
  MISSING_CHAR: 'Hier fehlt ein Zeichen, zum Beispiel eine schließende Klammer „]“ oder ein Anführungszeichen.',
  MULTILINE_IMPLICIT_KEY: 'Nach dem Feldnamen fehlt der Doppelpunkt, oder ein Wert geht über mehrere Zeilen.',
  BLOCK_AS_IMPLICIT_KEY:
    'Ein Wert enthält einen Doppelpunkt mit Leerzeichen: Setzen Sie ihn in Anführungszeichen, z. B. title: "Hinweis: Sitzung endet".',
  UNEXPECTED_TOKEN: 'Hier steht ein Zeichen, das an dieser Stelle nicht erlaubt ist.',
  BAD_SCALAR_START: 'Ein Wert darf nicht mit diesem Zeichen beginnen: Setzen Sie ihn in Anführungszeichen.',
  BAD_DQ_ESCAPE: 'In Anführungszeichen ist ein „\\“ nur vor bestimmten Zeichen erlaubt.',
  MISSING_ANCHOR: 'Verweise (YAML-Aliase) sind im Kopfbereich nicht erlaubt.',
  KEY_OVER_1024_CHARS: 'Der Feldname ist zu lang.',
  UNEXPECTED_FLOW_COLLECTION: 'Eine Liste in eckigen Klammern ist hier nicht erlaubt.',
};

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` YAML frontmatter from the Markdown body, keeping line numbers for messages. */
export function parseSource(source: string): ParsedSource {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      fieldLines: new Map(),
      syntaxErrors: [{ line: 1, message: 'Der Artikel beginnt nicht mit einem Kopfbereich zwischen zwei Zeilen „---“.' }],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1], { lineCounter, uniqueKeys: true });
  // The YAML starts on line 2 of the file, after the opening fence.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  const fieldLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const item of document.contents.items) {
      if (isPair(item) && isScalar(item.key) && item.key.range) fieldLines.set(String(item.key.value), lineOf(item.key.range[0]));
    }
  }
  const syntaxErrors = document.errors.map((e) => ({
    line: lineOf(e.pos[0]),
    message: `Der Kopfbereich ist kein gültiges YAML: ${YAML_ERRORS[e.code] ?? 'Diese Zeile lässt sich nicht lesen.'}`,
  }));
  // Aliases (`*name`) are refused, one message per line: no field needs them, and nested ones multiply
  // (the "billion laughs").
  const aliasLines = new Set<number>();
  visit(document, {
    Alias(_, alias) {
      const line = lineOf(alias.range?.[0] ?? 0);
      if (aliasLines.has(line)) return;
      aliasLines.add(line);
      syntaxErrors.push({
        line,
        message: `Verweise mit „*${alias.source}“ (YAML-Aliase) sind im Kopfbereich nicht erlaubt: Schreiben Sie den Wert aus.`,
      });
    },
  });
  let data: unknown;
  if (!syntaxErrors.length) {
    try {
      data = document.toJS({ maxAliasCount: 0 });
    } catch (error) {
      syntaxErrors.push({ line: 2, message: `Der Kopfbereich lässt sich nicht lesen: ${(error as Error).message}` });
    }
  }
  return { data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length, fieldLines, syntaxErrors };
}
