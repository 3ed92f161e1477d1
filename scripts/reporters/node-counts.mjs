/**
 * A node:test reporter that only counts: it writes `{"passed":N,"failed":N,"skipped":N}` to its
 * destination, for the test orchestrator. Suites are not counted, their tests are.
 */
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that fails outside its tests (a hook, a syntax error) still counts as a failure.
      if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') totals.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield JSON.stringify(totals);
}
