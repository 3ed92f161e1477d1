export type Severity = 'error' | 'warning';

/** A finding of the content check, reported as `file:line: message`. */
export interface Problem {
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}: ${p.severity === 'warning' ? 'Warnung: ' : ''}${p.message}`;
