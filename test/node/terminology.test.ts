import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import wizardStrings from '../../packages/widgets/src/i18n/locales/wizard.de.js';

// docs/terminology.md is the list: every variant in its "nicht" / "not" columns is refused in shown text.

type Language = 'de' | 'en';
interface Text {
  source: string;
  lang: Language;
  text: string;
}

const files = (dir: string, pattern: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => join(dir, file));

/**
 * The string literals of a TypeScript file: shown words, not identifiers, object keys (`'desk-phone': …`)
 * or interpolated values (`{{email}}`, `${username}`).
 */
const literals = (source: string) =>
  [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)]
    .filter((m) => !/^\s*:/.test(source.slice(m.index + m[0].length)))
    .map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\{\{[^}]*\}\}|\$\{[^}]*\}/g, ' '))
    .join('\n');

/** What a page shows: its text and the attributes people read or hear. */
const shownHtml = (source: string) =>
  source
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, (tag) =>
      [...tag.matchAll(/\b(?:placeholder|aria-label|title|alt)="([^"]*)"/g)].map((m) => ` ${m[1]} `).join(''),
    );

/** An article without the words readers search with (`keywords`, `synonyms`), which are never shown. */
const shownArticle = (source: string) => source.replace(/^(keywords|synonyms):.*$/gm, '');

/** A file with a German and an English part (`de: {` … `en: {` or `const de` … `const en`). */
function split(source: string): Record<Language, string> {
  const en = source.search(/^(?:const en\b|\s+en: \{)/m);
  assert.ok(en > 0, 'no English part found');
  return { de: literals(source.slice(0, en)), en: literals(source.slice(en)) };
}

function corpus(): Text[] {
  const texts: Text[] = [];
  const add = (source: string, lang: Language, text: string) => texts.push({ source, lang, text });
  for (const lang of ['de', 'en'] as const) {
    for (const file of files(`content/${lang}`, /\.md$/)) add(file, lang, shownArticle(readFileSync(file, 'utf8')));
    for (const file of [
      ...files('packages/widgets/src/i18n/locales', new RegExp(`\\.${lang}\\.ts$`)),
      ...files('packages/core/src/i18n/locales', new RegExp(`(^|\\.)${lang}\\.ts$`)),
      ...files('packages/studio/src/i18n/locales', new RegExp(`\\.${lang}\\.ts$`)),
    ])
      add(file, lang, literals(readFileSync(file, 'utf8')));
  }
  for (const file of files('packages/demo-portal/src', /\.html$/))
    add(file, 'de', shownHtml(readFileSync(file, 'utf8')));
  for (const file of files('packages/demo-portal/src', /\.ts$/).filter((f) => !f.endsWith('.test.ts')))
    add(file, 'de', literals(readFileSync(file, 'utf8')));
  for (const file of ['packages/portal-backend/src/messages.ts', 'packages/portal-backend/src/mail/templates.ts']) {
    const parts = split(readFileSync(file, 'utf8'));
    add(file, 'de', parts.de);
    add(file, 'en', parts.en);
  }
  return texts;
}

/** The variants the table refuses, per language. */
function refused(): Record<Language, string[]> {
  const rows = readFileSync('docs/terminology.md', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(Deutsch|-)/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const variants = (cell: string) =>
    cell
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  return { de: rows.flatMap((row) => variants(row[1])), en: rows.flatMap((row) => variants(row[3])) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word: neither a letter, a digit nor a hyphen on either side. */
const word = (variant: string, lang: Language) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${escape(variant)}(?![\\p{L}\\p{N}-])`, lang === 'de' ? 'u' : 'iu');

test('the terminology list has German and English variants to refuse', () => {
  const { de, en } = refused();
  assert.ok(de.length >= 30, `German variants: ${de.length}`);
  assert.ok(en.length >= 20, `English variants: ${en.length}`);
});

test('the shown texts use one word for one thing, as docs/terminology.md says', () => {
  const texts = corpus();
  assert.ok(texts.filter((t) => t.lang === 'de').length > 40 && texts.filter((t) => t.lang === 'en').length > 20);
  const variants = refused();
  const found: string[] = [];
  for (const { source, lang, text } of texts)
    for (const variant of variants[lang]) {
      const match = word(variant, lang).exec(text);
      if (match)
        found.push(`${source}: „${variant}“ in …${text.slice(Math.max(0, match.index - 30), match.index + 40)}…`);
    }
  assert.deepEqual(found, []);
});

test('German texts address the reader with „Sie“', () => {
  const informal = /(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e|en|em|er|es)?)(?![\p{L}])/u;
  const found = corpus()
    .filter((t) => t.lang === 'de')
    .flatMap(({ source, text }) => {
      const match = informal.exec(text);
      return match ? [`${source}: …${text.slice(Math.max(0, match.index - 30), match.index + 30)}…`] : [];
    });
  assert.deepEqual(found, []);
});

test('the wizard and the portal name each field of the same form alike; no page asks for two phones of one type', () => {
  const { wizard } = wizardStrings;
  // The portal's label (by its control's id, or a fieldset's legend) and the wizard's word for the same field.
  const pairs: Record<string, [string, string][]> = {
    'admin/index.html': [
      ['register-username', wizard.fields.username],
      ['register-email', wizard.fields.email],
      ['activate-customer', wizard.fields.customerNumber],
      ['activate-otp', wizard.fields.oneTimePassword],
    ],
    'admin/gruppen.html': [
      ['group-name', wizard.fields.groupName],
      ['group-address', wizard.fields.address],
    ],
    'admin/arbeitsplatz-neu.html': [
      ['wp-name', wizard.fields.fullName],
      ['wp-email', wizard.fields.email],
      ['wp-group', wizard.fields.group],
      ['wp-soonest', wizard.order.soonest],
      ['wp-on-date', wizard.order.onDate],
      ['wp-date', wizard.fields.activationDate],
      ['legend', wizard.fields.devices],
      ['legend', wizard.fields.clients],
      ['legend', wizard.fields.activation],
    ],
  };
  for (const [file, fields] of Object.entries(pairs)) {
    const page = readFileSync(`packages/demo-portal/src/pages/${file}`, 'utf8');
    const legends = [...page.matchAll(/<legend>([^<]*)<\/legend>/g)].map((m) => m[1].trim());
    for (const [id, word] of fields) {
      if (id === 'legend') assert.ok(legends.includes(word), `${file}: no fieldset „${word}“ (${legends.join(', ')})`);
      else
        assert.equal(new RegExp(`<label for="${id}">([^<]*)</label>`).exec(page)?.[1].trim(), word, `${file}: ${id}`);
    }
  }
  // The form offers one box per desk-phone model: no page may ask for two phones of one type.
  for (const file of files('packages/demo-portal/src/pages', /\.html$/)) {
    const shown = shownHtml(readFileSync(file, 'utf8')).replace(/\s+/g, ' ');
    assert.doesNotMatch(shown, /(desselben|des gleichen|gleichen) (Typs|Modells)/, file);
  }
});

test('a variant in a shown text is found (the check itself works)', () => {
  assert.ok(word('Kennwort', 'de').test('Geben Sie Ihr Kennwort ein.'));
  assert.ok(!word('Kennwort', 'de').test('Kennwortregeln'));
  assert.ok(word('login', 'en').test('Login failed'));
  assert.ok(!word('Login', 'de').test("fetch('/api/auth/login')"), 'German is matched case-sensitively');
  assert.ok(!word('Email', 'de').test('E-Mail-Adresse'));
});
