import { diff3Merge } from 'node-diff3';

/** A stretch of the merged text: lines both sides agree on (or only one changed), or a conflict. */
export type MergeChunk =
  { kind: 'merged'; lines: string[] } | { kind: 'conflict'; mine: string[]; base: string[]; theirs: string[] };

export interface MergeResult {
  chunks: MergeChunk[];
  /** How many overlapping changes the editor has to decide. */
  conflicts: number;
}

/** How one conflict ends: the editor's lines, the saved ones, or both (the editor's first). */
export type Resolution = 'mine' | 'theirs' | 'both';

const lines = (text: string) => text.split('\n');

/**
 * Three-way merge by lines: changes that do not overlap are taken from both sides; where both changed the
 * same lines differently, the chunk is a conflict with both versions and the common base. Identical
 * changes on both sides are no conflict.
 */
export function threeWayMerge(base: string, mine: string, theirs: string): MergeResult {
  const chunks: MergeChunk[] = [];
  for (const region of diff3Merge(lines(mine), lines(base), lines(theirs), { excludeFalseConflicts: true })) {
    if (region.conflict) {
      const { a, o, b } = region.conflict;
      chunks.push({ kind: 'conflict', mine: a, base: o, theirs: b });
    } else if (region.ok) {
      const last = chunks.at(-1);
      if (last?.kind === 'merged') last.lines.push(...region.ok);
      else chunks.push({ kind: 'merged', lines: [...region.ok] });
    }
  }
  return { chunks, conflicts: chunks.filter((c) => c.kind === 'conflict').length };
}

/** The merged text with each conflict ended as chosen (one choice per conflict, in order; `both` when missing). */
export function resolveMerge(result: MergeResult, choices: readonly Resolution[]): string {
  let conflict = 0;
  return result.chunks
    .flatMap((chunk) => {
      if (chunk.kind === 'merged') return chunk.lines;
      const choice = choices[conflict++] ?? 'both';
      return choice === 'mine' ? chunk.mine : choice === 'theirs' ? chunk.theirs : [...chunk.mine, ...chunk.theirs];
    })
    .join('\n');
}

/**
 * The merged text with each conflict written out between markers, both versions in full, so that nothing
 * is lost when the editor takes it into the editor to finish by hand.
 */
export function markedMerge(result: MergeResult, labels: { mine: string; theirs: string }): string {
  return result.chunks
    .flatMap((chunk) =>
      chunk.kind === 'merged'
        ? chunk.lines
        : [`<<<<<<< ${labels.mine}`, ...chunk.mine, '=======', ...chunk.theirs, `>>>>>>> ${labels.theirs}`],
    )
    .join('\n');
}
