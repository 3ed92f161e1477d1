/** Rounds of "wait for the work, then for the update it caused" before `updateComplete` gives up waiting. */
const MAX_ROUNDS = 10;

/**
 * Work an element starts that its `updateComplete` includes: code that loads on first use (the search
 * engine for a new index). Tests and hosts that await `updateComplete` then see the finished state.
 */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = () => void this.pending.delete(work);
    work.then(done, done);
  }

  /** `update` (the element's own `updateComplete`), again after each round of tracked work. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    for (let round = 0; this.pending.size && round < MAX_ROUNDS; round++) {
      await Promise.allSettled([...this.pending]);
      complete = await update();
    }
    return complete;
  }
}
