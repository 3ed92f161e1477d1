import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchReportDay } from '@direkthilfe/core/api/reports';
import { addDays, dayOf, isoWeek } from '@direkthilfe/core/reports/days';
import { purgeReports } from '../../packages/portal-backend/src/services/reports.js';
import { editorClient } from './helpers/editor.js';
import { TestPortalClient, usePortalServer, waitForMail } from './helpers/portal-server.js';

// The editors' reports against the real server: what the panel writes (searches, feedback with comment),
// what editors read, who may read it, and that nothing raw or personal is kept.

const portal = usePortalServer();

const anonymous = (options = {}) => new TestPortalClient(portal.server.url, { csrf: false, ...options });
let editorSession: Promise<TestPortalClient> | undefined;
const editor = () => (editorSession ??= editorClient(portal.server, 'redakteurin'));
const today = () => dayOf(new Date());

/** Reports a search (or an opened result) the way the panel does: no cookie, no CSRF token. */
const report = (body: Record<string, unknown>) => anonymous().json('POST', '/api/help/searches', body);

/** The search report's day for a language (today by default). */
async function searchDay(lang = 'de', day = today()): Promise<SearchReportDay | undefined> {
  const { status, body } = await (await editor()).json('GET', `/api/studio/reports/searches?from=${day}&to=${day}`);
  assert.equal(status, 200);
  return body.days.find((d) => d.lang === lang);
}

/** A MyPortal user of the seed, with a password of its own (temporary password from the outbox first). */
async function myPortalUser(username: string): Promise<TestPortalClient> {
  const user = new TestPortalClient(portal.server.url);
  await user.json('POST', '/api/auth/temporary-password', { username });
  const mail = await waitForMail(user, (m) => m.data.kind === 'temporary-password' && m.data.username === username);
  await user.json('POST', '/api/auth/login', { username, password: mail.data.temporaryPassword });
  const changed = await user.json('POST', '/api/auth/password', { newPassword: 'Wolken.Kratzer-77' });
  assert.equal(changed.status, 200);
  return user;
}

describe('who may read the reports', () => {
  test('editors only: 401 without a session, 403 for admins and MyPortal users', async () => {
    const paths = ['/api/studio/reports/feedback', '/api/studio/reports/searches', '/api/studio/reports/funnel'];
    const admin = new TestPortalClient(portal.server.url);
    await admin.json('POST', '/api/admin/register', {
      username: 'reports.admin',
      email: 'reports.admin@muster-elektro.example',
      password: 'Kaffee.Tasse-42',
    });
    const user = await myPortalUser('anna.berger');
    for (const path of paths) {
      const none = await anonymous().json('GET', path);
      assert.deepEqual([none.status, none.body.code], [401, 'unauthenticated'], path);
      for (const other of [admin, user]) {
        const refused = await other.json('GET', path);
        assert.deepEqual([refused.status, refused.body.code], [403, 'forbidden'], path);
      }
      assert.equal((await (await editor()).json('GET', path)).status, 200, path);
    }
  });

  test('a range that ends before it begins is refused; days must be days', async () => {
    const reversed = await (await editor()).json('GET', '/api/studio/reports/searches?from=2026-12-02&to=2026-12-01');
    assert.deepEqual(
      [reversed.status, reversed.body.code, Object.keys(reversed.body.fields ?? {})],
      [400, 'validation', ['from']],
    );
    const notADay = await (await editor()).json('GET', '/api/studio/reports/feedback?from=gestern');
    assert.equal(notADay.status, 400);
  });
});

describe('search reports', () => {
  test('counted per day, language and normalised query; shown from 3 searches; totals count every search', async () => {
    for (const query of ['Fax einrichten', 'fax   EINRICHTEN?', 'Fax einrichten']) {
      assert.equal((await report({ lang: 'de', query, results: 0 })).status, 204);
    }
    await report({ lang: 'de', query: 'Warenkorb', results: 3 });
    await report({ lang: 'de', query: 'Warenkorb', results: 3 });
    await report({ lang: 'en', query: 'Fax einrichten', results: 0 });
    const de = (await searchDay('de'))!;
    const fax = de.queries.find((q) => q.query === 'fax einrichten');
    assert.deepEqual(fax, { query: 'fax einrichten', searches: 3, noResults: 3, opened: [] });
    // Seen twice: counted in the totals, not shown.
    assert.equal(
      de.queries.find((q) => q.query === 'warenkorb'),
      undefined,
    );
    assert.ok(de.searches >= 5 && de.noResults >= 3);
    const en = (await searchDay('en'))!;
    assert.deepEqual(en.queries, []);
  });

  test('results opened from a search are counted with it; an unknown article is refused', async () => {
    for (let i = 0; i < 3; i++) await report({ lang: 'de', query: 'Tischtelefon anmelden', results: 4 });
    for (const opened of ['tischtelefon-erstanmeldung', 'tischtelefon-erstanmeldung', 'doppelanmeldung-vermeiden']) {
      assert.equal((await report({ lang: 'de', query: 'Tischtelefon anmelden', results: 4, opened })).status, 204);
    }
    const unknown = await report({ lang: 'de', query: 'Tischtelefon', results: 1, opened: 'gibt-es-nicht' });
    assert.deepEqual([unknown.status, unknown.body?.code], [404, 'article_not_found']);
    const query = (await searchDay())!.queries.find((q) => q.query === 'tischtelefon anmelden')!;
    assert.equal(query.searches, 3, 'an opened result is no new search');
    assert.deepEqual(
      query.opened.map((o) => [o.articleId, o.opens]),
      [
        ['tischtelefon-erstanmeldung', 2],
        ['doppelanmeldung-vermeiden', 1],
      ],
    );
    assert.match(query.opened[0].title!, /Tischtelefon/);
  });

  test('counted atomically: 30 reports at once are 30 searches', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => report({ lang: 'de', query: 'gleichzeitig', results: 1 })),
    );
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([204]));
    const query = (await searchDay())!.queries.find((q) => q.query === 'gleichzeitig')!;
    assert.deepEqual([query.searches, query.noResults], [30, 0]);
  });

  test('only the normalised words are kept: no punctuation, no raw text, nothing about the reader', async () => {
    await report({ lang: 'de', query: 'anna.berger@muster-elektro.example', results: 0 });
    const kept = await portal.server.app.store.reports.searches({ from: today(), to: today() }, 1);
    assert.ok(kept.some((r) => r.query === 'anna berger muster elektro example'));
    assert.ok(kept.every((r) => r.query === r.query.toLowerCase() && !/[^\p{L}\p{N} ]/u.test(r.query)));
    // Nothing but words: the report is dropped, not stored empty.
    assert.equal((await report({ lang: 'de', query: '?!', results: 0 })).status, 204);
    assert.ok(
      (await portal.server.app.store.reports.searches({ from: today(), to: today() }, 1)).every((r) => r.query),
    );
  });

  test('the contract refuses what a report must not carry; other sites may not write', async () => {
    for (const body of [
      { lang: 'de', query: 'x', results: -1 },
      { lang: 'fr', query: 'x', results: 1 },
      { lang: 'de', query: 'x', results: 1, page: '/admin/warenkorb' },
      { lang: 'de', query: 'x'.repeat(201), results: 1 },
      { lang: 'de', query: 'zeile\nzwei', results: 1 },
    ]) {
      assert.equal((await report(body)).status, 400, JSON.stringify(body));
    }
    const foreign = await anonymous({ origin: 'https://evil.invalid' }).json('POST', '/api/help/searches', {
      lang: 'de',
      query: 'x',
      results: 1,
    });
    assert.deepEqual([foreign.status, foreign.body?.code], [403, 'origin_not_allowed']);
  });
});

describe('feedback report', () => {
  test('yes and no per article, language and week; the comment after "Nein" is shown, not counted again', async () => {
    const feedback = (body: Record<string, unknown>) => anonymous().json('POST', '/api/help/feedback', body);
    assert.equal((await feedback({ articleId: 'passwortregeln', helpful: true, lang: 'de' })).status, 204);
    assert.equal((await feedback({ articleId: 'passwortregeln', helpful: false, lang: 'de' })).status, 204);
    const comment = 'Mir fehlt ein Beispiel für ein gutes Passwort.';
    assert.equal(
      (await feedback({ articleId: 'passwortregeln', helpful: false, lang: 'de', comment: ` ${comment} ` })).status,
      204,
    );
    await feedback({ articleId: 'passwortregeln', helpful: false, lang: 'en' });

    const { body } = await (await editor()).json('GET', '/api/studio/reports/feedback');
    const week = isoWeek(today());
    const de = body.rows.find((r) => r.articleId === 'passwortregeln' && r.lang === 'de')!;
    assert.deepEqual(de, {
      articleId: 'passwortregeln',
      title: de.title,
      lang: 'de',
      week,
      helpful: 1,
      notHelpful: 1,
      comments: [{ day: today(), text: comment }],
    });
    assert.ok(de.title);
    const en = body.rows.find((r) => r.articleId === 'passwortregeln' && r.lang === 'en')!;
    assert.deepEqual([en.helpful, en.notHelpful, en.comments], [0, 1, []]);
    const english = await (await editor()).json('GET', '/api/studio/reports/feedback?lang=en');
    assert.ok(english.body.rows.every((r) => r.lang === 'en'));
  });

  test('a comment: after "Nein" only, at most 500 characters of plain text, not blank', async () => {
    const send = (comment: string, helpful = false) =>
      anonymous().json('POST', '/api/help/feedback', { articleId: 'kontakt', helpful, lang: 'de', comment });
    const afterYes = await send('Alles gut', true);
    assert.deepEqual([afterYes.status, Object.keys(afterYes.body?.fields ?? {})], [400, ['comment']]);
    const long = await send('x'.repeat(501));
    assert.equal(long.body?.fields?.comment, 'Bitte geben Sie höchstens 500 Zeichen ein.');
    assert.equal((await send('x'.repeat(500))).status, 204);
    assert.equal((await send('zwei\nZeilen')).body?.code, 'invalid_characters');
    assert.equal((await send('   ')).body?.fields?.comment, 'Bitte geben Sie mehr als Leerzeichen ein.');
  });
});

describe('the wizards’ funnel', () => {
  test('per flow and week from the saved progress: how many started and finished each step', async () => {
    const admins = await Promise.all(
      ['funnel.eins', 'funnel.zwei'].map(async (username) => {
        const admin = new TestPortalClient(portal.server.url);
        await admin.json('POST', '/api/admin/register', {
          username,
          email: `${username}@muster-elektro.example`,
          password: 'Kaffee.Tasse-42',
        });
        return admin;
      }),
    );
    await admins[0].json('PUT', '/api/onboarding/admin-first-setup', { state: { current: 'unlock-permission' } });
    await admins[1].json('PUT', '/api/onboarding/admin-first-setup', {
      state: { current: 'set-up-workplace', skipped: ['plan-groups'] },
    });
    const { status, body } = await (await editor()).json('GET', '/api/studio/reports/funnel');
    assert.equal(status, 200);
    const week = body.weeks.find((w) => w.flow === 'admin-first-setup' && w.week === isoWeek(today()))!;
    assert.equal(week.users, 2);
    const step = (id: string) => week.steps.find((s) => s.step === id)!;
    assert.deepEqual(week.steps.map((s) => s.step).slice(0, 4), [
      'bsp-access',
      'unlock-permission',
      'plan-groups',
      'set-up-workplace',
    ]);
    assert.deepEqual([step('bsp-access').started, step('bsp-access').finished], [2, 2]);
    assert.deepEqual([step('unlock-permission').started, step('unlock-permission').finished], [2, 1]);
    assert.deepEqual([step('plan-groups').started, step('plan-groups').finished], [1, 1]);
    assert.deepEqual([step('set-up-workplace').started, step('set-up-workplace').finished], [1, 0]);
    assert.deepEqual([step('add-order').started, step('add-order').finished], [0, 0]);
  });
});

describe('retention', () => {
  test('search counts and comments are kept 90 days, then removed by the periodic purge', async () => {
    const { reports } = portal.server.app.store;
    const now = new Date();
    const kept = addDays(dayOf(now), -89);
    const gone = addDays(dayOf(now), -90);
    for (const day of [kept, gone]) {
      await reports.countSearch({ day, lang: 'de', query: `alt ${day}`, found: false });
      await reports.countOpen({ day, lang: 'de', query: `alt ${day}`, articleId: 'kontakt' });
      await reports.addComment({ day, lang: 'de', articleId: 'kontakt', comment: `Kommentar ${day}` });
    }
    assert.equal(await purgeReports(portal.server.app.store, now), 3);
    const range = { from: gone, to: kept };
    assert.deepEqual(
      (await reports.searches(range, 1)).map((r) => r.day),
      [kept],
    );
    assert.deepEqual(
      (await reports.opens(range, 1)).map((r) => r.day),
      [kept],
    );
    assert.deepEqual(
      (await reports.comments(range)).map((r) => r.day),
      [kept],
    );
  });
});
