import { writeFileSync } from 'node:fs';

/** Counts the results of a suite tree. */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/**
 * Adds the bare `N passed, N failed` line that web-test-runner's own reporter does not print,
 * and writes the counts to `DH_COUNTS_FILE` for the test orchestrator.
 */
export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    start() {
      // Printed at exit: the default reporter redraws its progress after onTestRunFinished.
      process.once('exit', () => {
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        console.log(`wtr: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
      });
    },
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) count(session.testResults, totals);
        const ranNone = totals.passed + totals.failed + totals.skipped === before;
        // A file that failed to load or a browser that failed to start counts as one failure.
        if ((session.errors?.length && ranNone) || (!session.passed && ranNone)) totals.failed++;
      }
      if (process.env.DH_COUNTS_FILE) writeFileSync(process.env.DH_COUNTS_FILE, JSON.stringify(totals));
    },
  };
}
