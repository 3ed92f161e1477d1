import { diffLines } from 'diff';

/** One line of a comparison: in both texts, only in the newer (added) or only in the older (removed). */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** 1-based line in the older text (not for added lines). */
  oldLine?: number;
  /** 1-based line in the newer text (not for removed lines). */
  newLine?: number;
}

/** Unchanged lines left out between two changes. */
export interface SkippedLines {
  kind: 'skipped';
  count: number;
}

/** The line-by-line comparison of two revisions' Markdown, older first. */
export function lineDiff(older: string, newer: string): DiffLine[] {
  const result: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(older, newer)) {
    // `diffLines` keeps each line's break; the last line of a text may have none.
    const texts = change.value.replace(/\n$/, '').split('\n');
    for (const text of texts) {
      if (change.added) result.push({ kind: 'added', text, newLine: newLine++ });
      else if (change.removed) result.push({ kind: 'removed', text, oldLine: oldLine++ });
      else result.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return result;
}

/** The changes with `context` unchanged lines around each; longer unchanged stretches are skipped. */
export function withContext(diff: DiffLine[], context = 3): (DiffLine | SkippedLines)[] {
  const near = diff.map(() => false);
  diff.forEach((line, i) => {
    if (line.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(diff.length - 1, i + context); j++) near[j] = true;
  });
  const result: (DiffLine | SkippedLines)[] = [];
  diff.forEach((line, i) => {
    if (near[i]) return void result.push(line);
    const last = result.at(-1);
    if (last?.kind === 'skipped') last.count++;
    else result.push({ kind: 'skipped', count: 1 });
  });
  return result;
}

/** How many lines were added and removed. */
export function diffStats(diff: DiffLine[]): { added: number; removed: number } {
  return {
    added: diff.filter((l) => l.kind === 'added').length,
    removed: diff.filter((l) => l.kind === 'removed').length,
  };
}
