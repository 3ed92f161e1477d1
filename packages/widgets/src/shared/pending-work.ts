/**
 * Work an element starts that its `updateComplete` includes: code that loads on first use (the search
 * engine for a new index). Tests and hosts that await `updateComplete` then see the finished state.
 */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
  }

  /** The element's own update (which may start work), then the work, then the update it caused. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    await update();
    await Promise.allSettled(this.pending);
    return update();
  }
}
