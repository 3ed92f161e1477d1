import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio, isTheme, parseRgb, schemeFor } from './scheme.js';

test('reads computed colours and measures WCAG contrast', () => {
  assert.deepEqual(parseRgb('rgb(29, 29, 34)'), [29, 29, 34]);
  assert.deepEqual(parseRgb('rgba(255, 255, 255, 0.5)'), [255, 255, 255]);
  assert.equal(parseRgb('rgba(0, 0, 0, 0)'), null);
  assert.equal(parseRgb('red'), null);
  assert.equal(Math.round(contrastRatio([0, 0, 0], [255, 255, 255])), 21);
  assert.equal(contrastRatio([10, 88, 168], [255, 255, 255]).toFixed(2), '7.06');
});

test('light and dark are fixed; auto follows the system unless the host sets colours', () => {
  const none = { themed: false, surface: null, text: null };
  assert.equal(schemeFor('light', true, none), 'light');
  assert.equal(schemeFor('dark', false, none), 'dark');
  assert.equal(schemeFor('auto', true, none), 'dark');
  assert.equal(schemeFor('auto', false, none), 'light');
  assert.equal(schemeFor('auto', true, { themed: true, surface: null, text: null }), 'light', 'only an accent: light');
  assert.equal(schemeFor('auto', true, { themed: true, surface: [255, 255, 255], text: null }), 'light');
  assert.equal(schemeFor('auto', false, { themed: true, surface: [17, 17, 17], text: null }), 'dark');
  assert.equal(schemeFor('auto', false, { themed: true, surface: null, text: [240, 240, 240] }), 'dark');
  assert.ok(isTheme('auto') && !isTheme('sepia'));
});
