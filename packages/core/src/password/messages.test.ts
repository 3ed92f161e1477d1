import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPassword } from './policy.js';
// The English pack lists every feedback key zxcvbn-ts can give.
import { translations as translationKeys } from '@zxcvbn-ts/language-en';
import { coreResources } from '../i18n/resources.js';
import { createI18n, translatorFor } from '../i18n/translator.js';
import { feedbackResources, strengthFeedback } from './feedback.js';
import { coreTranslator, passwordErrors, ruleLabel } from './messages.js';
import { estimateStrength } from './strength.js';
import { ALLOWED_SPECIAL_CHARACTERS, RULE_IDS } from './rules.js';

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

// The core namespace as the widgets have it once the estimate has loaded: rules and feedback together.
const withFeedback = createI18n(
  {
    de: { core: { password: { ...coreResources.de.core.password, ...feedbackResources.de.password } } },
    en: { core: { password: { ...coreResources.en.core.password, ...feedbackResources.en.password } } },
  },
  'core',
);
const feedbackTranslator = (lang: 'de' | 'en') => translatorFor(withFeedback, lang, 'core');

test('every strength feedback key of zxcvbn-ts has our own text in both languages, except "noNeed"', () => {
  for (const lang of ['de', 'en'] as const) {
    const t = feedbackTranslator(lang);
    for (const key of Object.keys(translationKeys.warnings)) {
      assert.notEqual(strengthFeedback({ warning: key as never, suggestions: [] }, t), '', `${lang} warning ${key}`);
    }
    for (const key of Object.keys(translationKeys.suggestions)) {
      const text = strengthFeedback({ warning: null, suggestions: [key as never] }, t);
      if (key === 'noNeed') assert.equal(text, '', 'says capitals or digits are not needed, against our rules');
      else assert.notEqual(text, '', `${lang} suggestion ${key}`);
    }
  }
});

test('the strength feedback never contradicts the policy and speaks German in the Sie-form', () => {
  const de = feedbackTranslator('de');
  const all = (t: typeof de) => [
    ...Object.keys(translationKeys.warnings).map((k) => strengthFeedback({ warning: k as never, suggestions: [] }, t)),
    ...Object.keys(translationKeys.suggestions).map((k) =>
      strengthFeedback({ warning: null, suggestions: [k as never] }, t),
    ),
  ];
  for (const text of [...all(de), ...all(feedbackTranslator('en'))]) {
    // Quoted characters are examples; a quoted special character must be one the policy allows.
    for (const [, quoted] of text.matchAll(/[„“]([^“”]{1,3})[“”]/g)) {
      for (const character of quoted.replace(/[A-Za-z0-9]/g, '')) {
        assert.ok((ALLOWED_SPECIAL_CHARACTERS as readonly string[]).includes(character), `${character} in ${text}`);
      }
    }
    assert.doesNotMatch(text, /Symbol|symbol|ohne .*Großbuchstaben|without .*upper/);
  }
  for (const text of all(de)) assert.doesNotMatch(text, /\b(Vermeide|Füge|Verwende|du|dein)\b|Seiten relevanten/);
  // A suggestion addresses the reader with an imperative in the Sie-form.
  for (const key of Object.keys(translationKeys.suggestions).filter((k) => k !== 'noNeed')) {
    assert.match(strengthFeedback({ warning: null, suggestions: [key as never] }, de), /\b(Sie|Nutzen Sie)\b/);
  }
});

test('a real estimate reads as our text: warning and the first suggestion we have words for', () => {
  const text = strengthFeedback(estimateStrength('Passwort1'), feedbackTranslator('de'));
  assert.ok(text.length > 0);
  assert.doesNotMatch(text, /password\.|feedback/);
});
