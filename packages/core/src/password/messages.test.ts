import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPassword } from './policy.js';
import { coreTranslator, passwordErrors, ruleLabel } from './messages.js';
import { RULE_IDS } from './rules.js';

test('every rule has a distinct German and English label and error', () => {
  for (const lang of ['de', 'en'] as const) {
    const t = coreTranslator(lang);
    const labels = RULE_IDS.map((id) => ruleLabel(id, t));
    assert.equal(new Set(labels).size, RULE_IDS.length);
    for (const label of labels) assert.doesNotMatch(label, /password\.|\{\{/);
  }
  assert.notEqual(ruleLabel('digit', coreTranslator('de')), ruleLabel('digit', coreTranslator('en')));
});

test('the German messages name the limits and the offending characters', () => {
  const errors = passwordErrors(checkPassword('Ab1 ä!'), 'de');
  assert.deepEqual(errors, [
    'Das Passwort ist zu kurz: Es braucht mindestens 8 Zeichen.',
    'Diese Zeichen sind nicht erlaubt: Leerzeichen, „ä“, „!“.',
  ]);
});

test('the English messages are English', () => {
  const errors = passwordErrors(checkPassword('passwort1', { username: 'wort' }), 'en');
  assert.deepEqual(errors, [
    'The password needs at least one upper-case letter (A–Z).',
    'The password must not contain your user name.',
    'This password is too well known and easy to guess. Please choose another one.',
  ]);
});

test('a valid password has no messages', () => {
  assert.deepEqual(passwordErrors(checkPassword('Abcdefg1', { username: 'max' }), 'de'), []);
});
