import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HelpState, pageKeyOf } from './help-state.js';

test('starts closed, in the first allowed view, German', () => {
  const state = new HelpState({ roles: ['admin', 'user'] });
  assert.deepEqual(state.snapshot, {
    open: false,
    page: null,
    role: 'admin',
    roles: ['admin', 'user'],
    lang: 'de',
    articleId: null,
    query: '',
    wizard: null,
  });
});

test('a user without the admin role never gets the admin view', () => {
  const state = new HelpState({ roles: ['user'], role: 'admin' });
  assert.equal(state.snapshot.role, 'user');
  state.update({ role: 'admin' });
  assert.equal(state.snapshot.role, 'user');
  state.update({ roles: ['admin', 'user'] });
  state.update({ role: 'admin' });
  assert.equal(state.snapshot.role, 'admin');
  state.update({ roles: ['user'] });
  assert.equal(state.snapshot.role, 'user');
});

test('listeners hear changes once, with the previous state; no-ops are silent', () => {
  const state = new HelpState();
  const heard: [boolean, boolean][] = [];
  const stop = state.subscribe((next, previous) => heard.push([next.open, previous.open]));
  state.update({ open: true });
  state.update({ open: true });
  stop();
  state.update({ open: false });
  assert.deepEqual(heard, [[true, false]]);
});

test('a new page resets the open article; languages resolve to de or en', () => {
  const state = new HelpState();
  state.update({ page: 'admin/warenkorb', articleId: 'kontakt' });
  assert.equal(state.snapshot.articleId, 'kontakt');
  state.update({ page: 'admin/gruppen' });
  assert.equal(state.snapshot.articleId, null);
  state.update({ lang: 'en-GB' as 'en' });
  assert.equal(state.snapshot.lang, 'en');
  state.update({ lang: 'fr' as 'en' });
  assert.equal(state.snapshot.lang, 'de');
});

test('page keys come from data-dh-page on body, else html', () => {
  const element = (value?: string) => ({ dataset: value ? { dhPage: value } : {} }) as HTMLElement;
  assert.equal(pageKeyOf({ documentElement: element('admin/start'), body: element('admin/gruppen') }), 'admin/gruppen');
  assert.equal(pageKeyOf({ documentElement: element('admin/start'), body: element() }), 'admin/start');
  assert.equal(pageKeyOf({ documentElement: element(), body: element() }), null);
});

test('a view that is not one, or not allowed, is ignored: the view stays', () => {
  const state = new HelpState({ roles: ['admin', 'user'], role: 'user' });
  state.update({ role: 'superadmin' as 'admin' });
  assert.equal(state.snapshot.role, 'user');
  assert.equal(state.allows('superadmin'), false);
  assert.equal(state.allows('admin'), true);
  state.update({ roles: ['user'] });
  state.update({ role: 'admin' });
  assert.equal(state.snapshot.role, 'user');
  assert.equal(state.allows('admin'), false);
});
