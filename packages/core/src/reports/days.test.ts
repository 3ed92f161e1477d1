import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayOf, isoWeek, reportDays } from './days.js';

test('ISO weeks: Monday to Sunday, the first week holds the first Thursday, across year ends', () => {
  assert.equal(isoWeek('2026-12-02'), '2026-W49');
  assert.equal(isoWeek('2026-11-30'), '2026-W49');
  assert.equal(isoWeek('2026-12-06'), '2026-W49');
  assert.equal(isoWeek('2026-12-07'), '2026-W50');
  // 1 January 2021 was a Friday: it belongs to the last week of 2020, which had 53.
  assert.equal(isoWeek('2021-01-01'), '2020-W53');
  assert.equal(isoWeek('2021-01-04'), '2021-W01');
  // 31 December 2024 was a Tuesday: week 1 of 2025.
  assert.equal(isoWeek('2024-12-31'), '2025-W01');
});

test('days: UTC, with month and leap-year ends', () => {
  assert.equal(dayOf('2026-12-02T23:59:59.999Z'), '2026-12-02');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
});

test('a report covers the days asked for, else the last four weeks', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  assert.deepEqual(reportDays({}, now), { from: '2026-11-05', to: '2026-12-02' });
  assert.deepEqual(reportDays({ to: '2026-11-30' }, now), { from: '2026-11-03', to: '2026-11-30' });
  assert.deepEqual(reportDays({ from: '2026-12-01', to: '2026-12-01' }, now), { from: '2026-12-01', to: '2026-12-01' });
});
