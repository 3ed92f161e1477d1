import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialRole, languageFor, parseLanguageChoice } from './preferences.js';

test('a language chosen in the panel lasts until the page changes its own language', () => {
  const choice = { lang: 'en', pageLang: 'de' } as const;
  assert.equal(languageFor('de', choice), 'en');
  assert.equal(languageFor('de-DE', choice), 'en');
  assert.equal(languageFor('en', choice), 'en');
  assert.equal(languageFor('fr', { lang: 'de', pageLang: 'en' }), 'de', 'an unsupported page language reads as German');
  assert.equal(languageFor('en', { lang: 'de', pageLang: 'de' }), 'en', 'the page changed: its language wins');
  assert.equal(languageFor('en', null), 'en');
});

test('a stored choice that is not one counts as none', () => {
  assert.deepEqual(parseLanguageChoice('{"lang":"en","pageLang":"de"}'), { lang: 'en', pageLang: 'de' });
  for (const stored of [null, '', 'en', '{"lang":1}', '[]', '{'] as const)
    assert.equal(parseLanguageChoice(stored), null);
});

test("the page's context wins over the view chosen on another page", () => {
  const both = ['admin', 'user'] as const;
  assert.equal(initialRole({ role: 'admin', key: 'user/endgeraete' }, 'user', both), 'admin', 'data-dh-role first');
  assert.equal(initialRole({ key: 'admin/warenkorb' }, 'user', both), 'admin', 'then the page key');
  assert.equal(initialRole({ key: 'user/endgeraete' }, 'admin', both), 'user');
  assert.equal(initialRole({ key: 'demo/start' }, 'user', both), 'user', 'the tab choice where the page says nothing');
  assert.equal(initialRole({ key: null }, null, both), undefined);
  assert.equal(
    initialRole({ key: 'admin/warenkorb' }, null, ['user']),
    undefined,
    'never a view the user may not take',
  );
  assert.equal(initialRole({ role: 'superadmin' }, 'nonsense', both), undefined);
});
