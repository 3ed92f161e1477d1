import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markedMerge, resolveMerge, threeWayMerge } from './merge.js';

const BASE = ['# Titel', '', 'Absatz eins.', '', 'Absatz zwei.', '', 'Absatz drei.', ''].join('\n');

test('changes that do not overlap are merged from both sides', () => {
  const mine = BASE.replace('Absatz eins.', 'Absatz eins, besser.');
  const theirs = BASE.replace('Absatz drei.', 'Absatz drei, neu.');
  const result = threeWayMerge(BASE, mine, theirs);
  assert.equal(result.conflicts, 0);
  assert.deepEqual(
    result.chunks.map((c) => c.kind),
    ['merged'],
  );
  assert.equal(
    resolveMerge(result, []),
    BASE.replace('Absatz eins.', 'Absatz eins, besser.').replace('Absatz drei.', 'Absatz drei, neu.'),
  );
});

test('the same change on both sides is no conflict', () => {
  const both = BASE.replace('zwei', '2');
  const result = threeWayMerge(BASE, both, both);
  assert.equal(result.conflicts, 0);
  assert.equal(resolveMerge(result, []), both);
});

test('overlapping changes are a conflict with both versions and the base, and nothing is lost', () => {
  const mine = BASE.replace('Absatz zwei.', 'Absatz zwei von mir.');
  const theirs = BASE.replace('Absatz zwei.', 'Absatz zwei von Kollegin.').replace('# Titel', '# Neuer Titel');
  const result = threeWayMerge(BASE, mine, theirs);
  assert.equal(result.conflicts, 1);
  const conflict = result.chunks.find((c) => c.kind === 'conflict');
  assert.deepEqual(conflict, {
    kind: 'conflict',
    mine: ['Absatz zwei von mir.'],
    base: ['Absatz zwei.'],
    theirs: ['Absatz zwei von Kollegin.'],
  });
  // The part only one side changed (the title) is merged in every ending.
  assert.equal(resolveMerge(result, ['mine']), mine.replace('# Titel', '# Neuer Titel'));
  assert.equal(resolveMerge(result, ['theirs']), theirs);
  assert.equal(
    resolveMerge(result, ['both']),
    theirs.replace('Absatz zwei von Kollegin.', 'Absatz zwei von mir.\nAbsatz zwei von Kollegin.'),
  );
  const marked = markedMerge(result, { mine: 'Ihre Fassung', theirs: 'Revision 4' });
  assert.match(
    marked,
    /<<<<<<< Ihre Fassung\nAbsatz zwei von mir\.\n=======\nAbsatz zwei von Kollegin\.\n>>>>>>> Revision 4/,
  );
  assert.match(marked, /^# Neuer Titel/);
});

test('several conflicts are ended one by one, in order', () => {
  const mine = BASE.replace('eins', 'EINS').replace('drei', 'DREI');
  const theirs = BASE.replace('eins', 'one').replace('drei', 'three');
  const result = threeWayMerge(BASE, mine, theirs);
  assert.equal(result.conflicts, 2);
  assert.equal(resolveMerge(result, ['mine', 'theirs']), BASE.replace('eins', 'EINS').replace('drei', 'three'));
});

test('a deletion against an edit of the same lines is a conflict', () => {
  const mine = BASE.replace('Absatz zwei.\n\n', '');
  const theirs = BASE.replace('Absatz zwei.', 'Absatz zwei, geändert.');
  const result = threeWayMerge(BASE, mine, theirs);
  assert.equal(result.conflicts, 1);
  assert.equal(resolveMerge(result, ['theirs']), theirs);
  assert.equal(resolveMerge(result, ['mine']), mine);
});
