import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { newArticleSource, parseFrontmatter, writeFrontmatter } from './frontmatter-form.js';

const ARTICLE = `---
id: kontakt
title: "Kontakt: Support erreichen"
summary: >-
  So erreichen Sie den Support,
  auch am Wochenende.
roles: [admin, user]
contexts: [admin/start]
keywords:
  - Support
  - Hotline
updated: 2026-11-29 # zuletzt geprüft
draft: false
---

Rufen Sie uns an.
`;

test('reads the fields, their lines and the body', () => {
  const parsed = parseFrontmatter(ARTICLE);
  assert.deepEqual(parsed.fields, {
    title: 'Kontakt: Support erreichen',
    summary: 'So erreichen Sie den Support, auch am Wochenende.',
    roles: ['admin', 'user'],
    contexts: ['admin/start'],
    keywords: ['Support', 'Hotline'],
    synonyms: [],
    guide: '',
    order: null,
    updated: '2026-11-29',
  });
  assert.equal(parsed.id, 'kontakt');
  assert.equal(parsed.lines.title, 3);
  assert.equal(parsed.lines.keywords, 9);
  assert.equal(parsed.body, '\nRufen Sie uns an.\n');
  assert.equal(parsed.bodyLine, 15);
  assert.deepEqual(parsed.problems, []);
});

test('writing unchanged fields gives the file back byte for byte', () => {
  const { fields } = parseFrontmatter(ARTICLE);
  assert.equal(writeFrontmatter(ARTICLE, fields!), ARTICLE);
});

test('every shipped article survives a round trip through the form unchanged', () => {
  for (const lang of ['de', 'en']) {
    const dir = new URL(`../../../../content/${lang}/`, import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const { fields } = parseFrontmatter(source);
      assert.ok(fields, `${lang}/${file} reads`);
      assert.equal(writeFrontmatter(source, fields), source, `${lang}/${file}`);
    }
  }
});

test('a changed field is rewritten in its own style; the rest and the body stay', () => {
  const changed = writeFrontmatter(ARTICLE, {
    title: 'Kontakt zum Support',
    keywords: ['Support', 'Hotline', 'Telefon'],
    roles: ['admin'],
    updated: '2026-12-01',
  });
  assert.equal(
    changed,
    `---
id: kontakt
title: "Kontakt zum Support"
summary: >-
  So erreichen Sie den Support,
  auch am Wochenende.
roles: [admin]
contexts: [admin/start]
keywords:
  - Support
  - Hotline
  - Telefon
updated: 2026-12-01 # zuletzt geprüft
draft: false
---

Rufen Sie uns an.
`,
  );
  assert.deepEqual(parseFrontmatter(changed).fields!.keywords, ['Support', 'Hotline', 'Telefon']);
});

test('text that YAML would misread is quoted; a folded summary on one line becomes plain', () => {
  const changed = writeFrontmatter(ARTICLE, { summary: 'Hilfe: jederzeit', contexts: ['a: b', '#x'] });
  const parsed = parseFrontmatter(changed);
  assert.equal(parsed.fields!.summary, 'Hilfe: jederzeit');
  assert.deepEqual(parsed.fields!.contexts, ['a: b', '#x']);
  assert.match(changed, /^summary: "Hilfe: jederzeit"$/m);
});

test('new fields go after the field before them; emptied optional fields go away', () => {
  const withGuide = writeFrontmatter(ARTICLE, { guide: 'erste-schritte', order: 2, synonyms: ['Hilfe'] });
  assert.match(
    withGuide,
    /keywords:\n {2}- Support\n {2}- Hotline\nsynonyms: \[Hilfe\]\nguide: erste-schritte\norder: 2\nupdated/,
  );
  const parsed = parseFrontmatter(withGuide);
  assert.equal(parsed.fields!.guide, 'erste-schritte');
  assert.equal(parsed.fields!.order, 2);
  assert.equal(
    writeFrontmatter(withGuide, { guide: '', order: null, synonyms: [] }),
    ARTICLE.replace('updated', 'synonyms: []\nupdated'),
  );
});

test('a frontmatter that is not valid YAML is reported at its line and never rewritten', () => {
  const broken = '---\nid: x\ntitle: [offen\nroles: [admin]\n---\nText\n';
  const parsed = parseFrontmatter(broken);
  assert.equal(parsed.fields, null);
  assert.ok(parsed.error!.line >= 3, `line ${parsed.error!.line}`);
  assert.match(parsed.error!.message, /kein gültiges YAML/);
  assert.equal(writeFrontmatter(broken, { title: 'Neu' }), broken);
  assert.equal(parseFrontmatter('Nur Text').error!.line, 1);
});

test('problems of the fields come from the content check, in German', () => {
  const parsed = parseFrontmatter(
    '---\nid: x\ntitle: T\nsummary: S\nroles: [chef]\nkeywords: [a]\nupdated: 2026-02-30\n---\n',
  );
  assert.deepEqual(
    parsed.problems.map((p) => p.field),
    ['roles', 'updated'],
  );
  assert.deepEqual(parsed.fields!.roles, []);
});

test('a new article has every field the check needs, for the form to fill in', () => {
  const source = newArticleSource(
    'neuer-artikel',
    { title: 'Neu', keywords: ['neu'] },
    new Date('2026-12-02T10:00:00Z'),
  );
  assert.equal(
    source,
    '---\nid: neuer-artikel\ntitle: Neu\nsummary:\nroles: [admin, user]\ncontexts: []\nkeywords: [neu]\nsynonyms: []\nupdated: 2026-12-02\n---\n\n',
  );
  assert.deepEqual(
    parseFrontmatter(source).problems.map((p) => p.field),
    ['summary'],
  );
});

test('an empty frontmatter takes new fields', () => {
  assert.equal(
    writeFrontmatter('---\n\n---\nText\n', { title: 'T', keywords: ['k'] }),
    '---\ntitle: T\nkeywords: [k]\n---\nText\n',
  );
});
