import type { FunnelWeek } from '../api/reports.js';
import type { WizardFlow } from '../wizard/engine.js';
import { dayOf, isoWeek } from './days.js';

/** One user's saved progress in one wizard, as the onboarding table keeps it (no user). */
export interface ProgressRecord {
  flow: string;
  /** The saved progress; written by the browser, so read with care. */
  state: unknown;
  updatedAt: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * How far one user got: the index of the furthest step reached (the saved current step, or the one after
 * the last step passed or skipped), and which steps are finished (went past them, or passed or skipped
 * them). Steps a branch leaves out (the desk phone without one) count as gone through.
 */
function progressOf(flow: WizardFlow, state: unknown): { reached: number; finished: (index: number) => boolean } {
  const saved = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
  const ids = flow.steps.map((step) => step.id);
  const settled = new Set([...strings(saved.passed), ...strings(saved.skipped)]);
  const afterSettled = Math.max(-1, ...[...settled].map((id) => ids.indexOf(id))) + 1;
  const reached = Math.min(ids.length - 1, Math.max(ids.indexOf(String(saved.current)), afterSettled));
  return { reached, finished: (index) => index < reached || settled.has(ids[index]) };
}

/**
 * The wizards' funnel from the saved progress: per flow and week (of each user's last saved progress), how
 * many users started each step and how many finished it. Newest week first, then by flow.
 */
export function funnel(flows: Record<string, WizardFlow>, records: Iterable<ProgressRecord>): FunnelWeek[] {
  const weeks = new Map<string, FunnelWeek>();
  for (const record of records) {
    const flow = flows[record.flow];
    if (!flow) continue;
    const week = isoWeek(dayOf(record.updatedAt));
    const key = `${week} ${flow.id}`;
    let entry = weeks.get(key);
    if (!entry) {
      entry = {
        flow: flow.id,
        week,
        users: 0,
        steps: flow.steps.map(({ id }) => ({ step: id, started: 0, finished: 0 })),
      };
      weeks.set(key, entry);
    }
    const { reached, finished } = progressOf(flow, record.state);
    entry.users += 1;
    entry.steps.forEach((step, index) => {
      if (index <= reached) step.started += 1;
      if (finished(index)) step.finished += 1;
    });
  }
  return [...weeks.values()].sort((a, b) => b.week.localeCompare(a.week) || a.flow.localeCompare(b.flow));
}
