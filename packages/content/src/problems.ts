import { boundedEditDistance } from '@direkthilfe/core/search/edit-distance';

export type Severity = 'error' | 'warning';

/** A finding of the content check, reported as `file:line: message`. */
export interface Problem {
  file: string;
  line: number;
  severity: Severity;
  message: string;
  /** The frontmatter field it is about, if any. */
  field?: string;
  /** "Meinten Sie …?": what was probably meant (a menu path, page key or article id). */
  suggestion?: string;
}

export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}: ${p.severity === 'warning' ? 'Warnung: ' : ''}${p.message}${p.suggestion ? ` Meinten Sie „${p.suggestion}“?` : ''}`;

/** The candidate closest to a mistyped value, if one is close enough to be what was meant. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const max = Math.max(2, Math.floor(value.length / 4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = boundedEditDistance(value.toLowerCase(), candidate.toLowerCase(), max);
    if (distance <= max && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
