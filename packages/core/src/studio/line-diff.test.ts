import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffStats, lineDiff, withContext } from './line-diff.js';

test('compares two texts line by line with the lines of both', () => {
  const diff = lineDiff('a\nb\nc\n', 'a\nB\nc\nd\n');
  assert.deepEqual(diff, [
    { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
    { kind: 'removed', text: 'b', oldLine: 2 },
    { kind: 'added', text: 'B', newLine: 2 },
    { kind: 'same', text: 'c', oldLine: 3, newLine: 3 },
    { kind: 'added', text: 'd', newLine: 4 },
  ]);
  assert.deepEqual(diffStats(diff), { added: 2, removed: 1 });
});

test('identical texts have no change; empty lines count', () => {
  const diff = lineDiff('a\n\nb\n', 'a\n\nb\n');
  assert.equal(diff.length, 3);
  assert.ok(diff.every((l) => l.kind === 'same'));
  assert.deepEqual(diffStats(lineDiff('', 'x\n')), { added: 1, removed: 0 });
});

test('long unchanged stretches are skipped, with context around each change', () => {
  const older = Array.from({ length: 20 }, (_, i) => `Zeile ${i + 1}`).join('\n');
  const newer = older.replace('Zeile 10', 'Zeile zehn');
  const shown = withContext(lineDiff(older, newer), 2);
  assert.deepEqual(
    shown.map((l) => (l.kind === 'skipped' ? `… ${l.count}` : `${l.kind} ${l.text}`)),
    [
      '… 7',
      'same Zeile 8',
      'same Zeile 9',
      'removed Zeile 10',
      'added Zeile zehn',
      'same Zeile 11',
      'same Zeile 12',
      '… 8',
    ],
  );
});
