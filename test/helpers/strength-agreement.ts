import { readFileSync } from 'node:fs';

/**
 * The fixed list (scripts/generate-strength-sample.mjs): common passwords, German words with digits, keyboard
 * walks and random ones, each with the score of the full zxcvbn-ts (every dictionary of its common, German and
 * English packages).
 */
export const strengthSample = readFileSync(new URL('../fixtures/strength-sample.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [kind, full, password] = line.split('\t');
    return { kind, full: Number(full), password };
  });

export interface KindAgreement {
  total: number;
  agree: number;
  /** Ours higher than the full estimate by 2 or more: a weak password shown as strong. */
  higherBy2: number;
  higher: number;
  lower: number;
}

export interface StrengthAgreement extends KindAgreement {
  kinds: Record<string, KindAgreement>;
  /** The passwords ours rates higher by 2 or more, with both scores. */
  overrated: { password: string; ours: number; full: number }[];
}

/** Compares a strength estimate with the full zxcvbn-ts over the fixed list. */
export function strengthAgreement(score: (password: string) => number): StrengthAgreement {
  const empty = (): KindAgreement => ({ total: 0, agree: 0, higherBy2: 0, higher: 0, lower: 0 });
  const result: StrengthAgreement = { ...empty(), kinds: {}, overrated: [] };
  for (const { kind, full, password } of strengthSample) {
    const ours = score(password);
    for (const tally of [result, (result.kinds[kind] ??= empty())]) {
      tally.total++;
      if (ours === full) tally.agree++;
      else if (ours > full) tally.higher++;
      else tally.lower++;
      if (ours - full >= 2) tally.higherBy2++;
    }
    if (ours - full >= 2) result.overrated.push({ password, ours, full });
  }
  return result;
}
