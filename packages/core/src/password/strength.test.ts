import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateStrength, STRENGTH_MAX_LENGTH } from './strength.js';

test('scores range from very weak to very strong', () => {
  assert.ok(estimateStrength('Passwort1').score <= 1);
  assert.ok(estimateStrength('Hallo123').score <= 1);
  assert.equal(estimateStrength('vK7.qz-Lw3_Rp9xT').score, 4);
});

test('German words typed without umlauts are known words', () => {
  const transliterated = estimateStrength('Gruesse2x').score;
  const random = estimateStrength('Kvoetzm2x').score;
  assert.ok(transliterated < random, `Gruesse2x ${transliterated} vs Kvoetzm2x ${random}`);
});

test('qwertz keyboard walks are weak', () => {
  // Walks that exist only on a German keyboard: the top row with z, the bottom row starting at y.
  for (const walk of ['Ertzuiop7', 'Mnbvcxy1']) {
    assert.ok(estimateStrength(walk).score <= 1, walk);
    assert.ok(estimateStrength(walk).score < estimateStrength('Kvoetzm2x').score, walk);
  }
});

test("the user's own inputs count as guessable", () => {
  const without = estimateStrength('Brandlhuber7x');
  const withInputs = estimateStrength('Brandlhuber7x', { userInputs: ['Anna Brandlhuber'] });
  assert.ok(withInputs.score < without.score, `${withInputs.score} < ${without.score}`);
  const byUsername = estimateStrength('Zwiebelturm8x', { username: 'k.zwiebelturm' });
  assert.ok(byUsername.score < estimateStrength('Zwiebelturm8x').score);
});

test('feedback comes as zxcvbn-ts keys, for our own texts', () => {
  const estimate = estimateStrength('Passwort1');
  assert.ok(estimate.warning || estimate.suggestions.length > 0);
  for (const key of [estimate.warning, ...estimate.suggestions].filter(Boolean)) assert.match(key!, /^[a-zA-Z0-9]+$/);
});

test('input beyond the cap is not estimated, so very long input stays fast', () => {
  const capped = 'aB3.'.repeat(STRENGTH_MAX_LENGTH / 4);
  assert.deepEqual(estimateStrength(capped + 'x'.repeat(10_000)), estimateStrength(capped));
});
