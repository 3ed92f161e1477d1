import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguage } from './languages.js';

test('language tags resolve to a supported language, German by default', () => {
  assert.equal(resolveLanguage('de-DE'), 'de');
  assert.equal(resolveLanguage('EN_us'), 'en');
  assert.equal(resolveLanguage('fr'), 'de');
  assert.equal(resolveLanguage(''), 'de');
  assert.equal(resolveLanguage(undefined), 'de');
});
