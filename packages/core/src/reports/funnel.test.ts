import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLOWS, USER_FIRST_LOGIN } from '../wizard/flows.js';
import { funnel, type ProgressRecord } from './funnel.js';

const monday = '2026-11-30T09:00:00.000Z';
const lastWeek = '2026-11-25T09:00:00.000Z';
const user = (state: unknown, updatedAt = monday): ProgressRecord => ({ flow: 'user-first-login', state, updatedAt });
const counts = (week: { steps: { step: string; started: number; finished: number }[] }) =>
  Object.fromEntries(week.steps.map((s) => [s.step, [s.started, s.finished]]));

test('each user counts once per step: started up to the current step, finished before it', () => {
  const [week] = funnel(FLOWS, [
    user({ current: 'welcome' }),
    user({ current: 'set-password', passed: ['welcome'] }),
    user({ current: 'clients', passed: ['welcome', 'overview', 'clients'] }),
  ]);
  assert.equal(week.flow, 'user-first-login');
  assert.equal(week.week, '2026-W49');
  assert.equal(week.users, 3);
  assert.deepEqual(
    week.steps.map((s) => s.step),
    USER_FIRST_LOGIN.steps.map((s) => s.id),
  );
  assert.deepEqual(counts(week), {
    welcome: [3, 2],
    'request-temporary-password': [2, 2],
    'enter-temporary-password': [2, 2],
    'set-password': [2, 1],
    overview: [1, 1],
    'desk-phone': [1, 1],
    clients: [1, 1],
  });
});

test('a user who went back still counts for the steps passed or skipped; the week is the last save', () => {
  const weeks = funnel(FLOWS, [
    user({ current: 'welcome', passed: ['welcome', 'overview'] }, lastWeek),
    {
      flow: 'admin-first-setup',
      state: { current: 'set-up-workplace', skipped: ['plan-groups'] },
      updatedAt: monday,
    },
  ]);
  assert.deepEqual(
    weeks.map((w) => `${w.week} ${w.flow}`),
    ['2026-W49 admin-first-setup', '2026-W48 user-first-login'],
  );
  const admin = counts(weeks[0]);
  assert.deepEqual(admin['plan-groups'], [1, 1]);
  assert.deepEqual(admin['set-up-workplace'], [1, 0]);
  assert.deepEqual(admin['add-order'], [0, 0]);
  assert.deepEqual(counts(weeks[1]).overview, [1, 1]);
  assert.deepEqual(counts(weeks[1])['desk-phone'], [1, 0]);
});

test('progress written by a browser is read with care: unknown flows, steps and shapes change nothing', () => {
  const weeks = funnel(FLOWS, [
    { flow: 'unbekannt', state: { current: 'welcome' }, updatedAt: monday },
    user({ current: 42, passed: 'welcome', skipped: [null, 'gibt-es-nicht'] }),
    user(null),
  ]);
  assert.equal(weeks.length, 1);
  assert.equal(weeks[0].users, 2);
  assert.deepEqual(counts(weeks[0]).welcome, [2, 0]);
  assert.deepEqual(counts(weeks[0])['request-temporary-password'], [0, 0]);
});
