import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPassword } from './policy.js';
import { evaluatePasswordRules, RULE_IDS, type RuleId } from './rules.js';
import { blocklistSize, isCommonPassword } from './blocklist.js';

interface Vector {
  name: string;
  password: string;
  username?: string;
  failed: RuleId[];
}

const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../../../test/password-vectors.json', import.meta.url), 'utf8'),
).cases;

test('the vector file covers every rule alone and has at least 60 cases', () => {
  assert.ok(vectors.length >= 60, `only ${vectors.length} vectors`);
  for (const id of RULE_IDS) {
    assert.ok(
      vectors.some((v) => v.failed.length === 1 && v.failed[0] === id),
      `no vector fails ${id} alone`,
    );
  }
  assert.ok(
    vectors.some((v) => v.failed.length >= 3),
    'no vector combines rules',
  );
});

for (const vector of vectors) {
  test(`vector: ${vector.name}`, () => {
    const result = checkPassword(vector.password, { username: vector.username });
    assert.deepEqual(result.failed, vector.failed);
    assert.equal(result.valid, vector.failed.length === 0);
    assert.deepEqual(result.pending, []);
  });
}

test('failed rules come in policy order', () => {
  const result = checkPassword('äb', { username: 'b' });
  const order = result.failed.map((id) => RULE_IDS.indexOf(id));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
  assert.deepEqual(result.failed, ['minLength', 'uppercase', 'digit', 'allowedCharacters', 'notContainsUsername']);
});

test('offending characters are reported once each, in order of appearance, emoji whole', () => {
  const result = checkPassword('Aä b!ä😀1x');
  assert.deepEqual(result.disallowedCharacters, ['ä', ' ', '!', '😀']);
});

test('the blocklist holds at least 10,000 passwords and is case-insensitive', () => {
  assert.ok(blocklistSize() >= 10_000, `blocklist has ${blocklistSize()} entries`);
  assert.equal(isCommonPassword('PaSsWoRt1'), true);
  assert.equal(isCommonPassword('Xq7-vLm.29'), false);
});

test('while the blocklist is unknown, notCommon is pending and the check is not valid', () => {
  const result = evaluatePasswordRules('Xq7-vLm.29', {}, () => undefined);
  assert.deepEqual(result.failed, []);
  assert.deepEqual(result.pending, ['notCommon']);
  assert.equal(result.valid, false);
  assert.equal(result.rules.find((r) => r.id === 'notCommon')?.state, 'pending');
});
