import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleLinkEdit, hintBox, imageEdit, menuPathEdit, type TextEdit } from './markdown-edits.js';

const apply = (text: string, edit: TextEdit) => text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
const selected = (text: string, edit: TextEdit) => apply(text, edit).slice(edit.selection.anchor, edit.selection.head);

test('a hint box goes around the selection, on lines of its own with empty lines around', () => {
  const text = 'Erster Absatz.\nWichtig ist das.\nLetzter Absatz.\n';
  const from = text.indexOf('Wichtig');
  const to = from + 'Wichtig ist das.'.length;
  const edit = hintBox(text, from, to, 'achtung', 'Vorsicht ', 'Text');
  assert.equal(apply(text, edit), 'Erster Absatz.\n\n:::achtung Vorsicht\nWichtig ist das.\n:::\n\nLetzter Absatz.\n');
  assert.equal(selected(text, edit), 'Wichtig ist das.');
});

test('without a selection the hint box has a placeholder, selected for typing over', () => {
  const text = 'Absatz.';
  const edit = hintBox(text, text.length, text.length, 'tipp', '', 'Ihr Text');
  assert.equal(apply(text, edit), 'Absatz.\n\n:::tipp\nIhr Text\n:::\n');
  assert.equal(selected(text, edit), 'Ihr Text');
  assert.equal(apply('', hintBox('', 0, 0, 'hinweis', 'Titel', 'x')), ':::hinweis Titel\nx\n:::\n');
});

test('a menu path is written with the arrow between its parts', () => {
  const edit = menuPathEdit(5, 5, ['Mein Unternehmen', 'Arbeitsplätze verwalten']);
  assert.equal(apply('Vgl.  hier', edit), 'Vgl. `Mein Unternehmen → Arbeitsplätze verwalten` hier');
});

test("an article link takes the selection or the article's title as its text", () => {
  const text = 'Siehe Kontakt.';
  assert.equal(
    apply(text, articleLinkEdit(text, 6, 13, 'kontakt', 'Kontakt und Support')),
    'Siehe [Kontakt](article:kontakt).',
  );
  assert.equal(apply('', articleLinkEdit('', 0, 0, 'regeln', 'Regeln [neu]')), '[Regeln \\[neu\\]](article:regeln)');
});

test('an image carries its alternative text; its URL cannot end the link', () => {
  assert.equal(
    apply('', imageEdit(0, 0, '/api/studio/images/a b.png', ' Die Maske ')),
    '![Die Maske](/api/studio/images/a%20b.png)',
  );
});
