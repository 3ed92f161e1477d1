// The reports' rules, without the contract's schema code: the backend and the studio's view share them.

/** How long the search reports and feedback comments are kept, in days. */
export const REPORT_RETENTION_DAYS = 90;
/** A query seen fewer times on a day is not shown: one reader's search stays with that reader. */
export const MIN_SEARCHES_SHOWN = 3;
/** The days a report covers when the request names none: the last four weeks, today included. */
export const DEFAULT_REPORT_DAYS = 28;
