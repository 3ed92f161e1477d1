import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuggestion, suggestionEdit } from './suggestions.js';

const SOURCE = `---
id: beispiel
contexts: [admin/warenkorbb, user/uebersicht]
guide: admin-ersteinrichtng
keywords:
  - Warenkorb
---

Öffnen Sie \`Mein Unternehmen -> Arbeitsplaetze verwalten\`, dann \`Startseite\`.
Mehr unter [Kontakt](article:kontakd), siehe auch [Regeln](article:passwortregeln).
`;

test('a menu path in backticks is replaced, typed arrows and all', () => {
  const fixed = applySuggestion(SOURCE, 9, 'Mein Unternehmen → Arbeitsplätze verwalten');
  assert.match(fixed!, /Öffnen Sie `Mein Unternehmen → Arbeitsplätze verwalten`, dann `Startseite`\./);
  assert.equal(fixed!.replace('→ Arbeitsplätze', '-> Arbeitsplaetze'), SOURCE);
  // A suggestion in its backticks is put in without a second pair.
  assert.equal(applySuggestion(SOURCE, 9, '`Mein Unternehmen → Arbeitsplätze verwalten`'), fixed);
});

test("an article link's id is replaced, not the link next to it", () => {
  const fixed = applySuggestion(SOURCE, 10, 'kontakt');
  assert.match(fixed!, /\[Kontakt\]\(article:kontakt\), siehe auch \[Regeln\]\(article:passwortregeln\)/);
});

test('a page key in a list and a field value are replaced', () => {
  assert.match(applySuggestion(SOURCE, 3, 'admin/warenkorb')!, /^contexts: \[admin\/warenkorb, user\/uebersicht\]$/m);
  assert.match(applySuggestion(SOURCE, 4, 'admin-ersteinrichtung')!, /^guide: admin-ersteinrichtung$/m);
  assert.match(applySuggestion(SOURCE, 6, 'Warenkörbe')!, /^ {2}- Warenkörbe$/m);
});

test('no place on the line, no edit', () => {
  assert.equal(suggestionEdit(SOURCE, 8, 'kontakt'), undefined);
  assert.equal(suggestionEdit(SOURCE, 99, 'kontakt'), undefined);
});
