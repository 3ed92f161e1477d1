import { DEFAULT_REPORT_DAYS } from './rules.js';

const DAY_MS = 86_400_000;

/** The UTC day of a moment, `YYYY-MM-DD`: what the reports count by. */
export const dayOf = (moment: Date | string | number): string => new Date(moment).toISOString().slice(0, 10);

/** The day `n` days after (or, negative, before) `day`. */
export const addDays = (day: string, n: number): string => dayOf(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);

/** The ISO 8601 week of a day, `2026-W49`: weeks begin on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const date = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  // A week belongs to the year of its Thursday.
  const thursday = new Date(date + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The days a report covers: the ones asked for, else the last `DEFAULT_REPORT_DAYS` up to today. */
export function reportDays(range: { from?: string; to?: string }, now = new Date()): { from: string; to: string } {
  const to = range.to ?? dayOf(now);
  return { from: range.from ?? addDays(to, 1 - DEFAULT_REPORT_DAYS), to };
}
