/** Where the editor's unsaved text stands: kept, waiting, on its way, or not kept (tried again). */
export type AutosaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface AutosaveOptions {
  /** Keeps the text on the server; rejects when it could not. */
  save(text: string): Promise<void>;
  /** A pause in typing this long saves (default 2 s)… */
  idleMs?: number;
  /** …and a text changed for this long is saved even while typing goes on (default 15 s). */
  maxWaitMs?: number;
  onStateChange?(state: AutosaveState): void;
}

/**
 * When to autosave a draft: after a pause in typing, at the latest `maxWaitMs` after the first unsaved
 * change (so at least every 15 s while the text keeps changing), again after a failure, and at once on
 * leaving (`flush`). One save at a time; what was typed meanwhile goes with the next.
 */
export class AutosaveScheduler {
  private readonly idleMs: number;
  private readonly maxWaitMs: number;
  private latest: string;
  private kept: string;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private maxTimer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private current: AutosaveState = 'saved';

  /** `text` is what the server already has (the revision or the autosave the editor opened). */
  constructor(
    text: string,
    private readonly options: AutosaveOptions,
  ) {
    this.latest = this.kept = text;
    this.idleMs = options.idleMs ?? 2000;
    this.maxWaitMs = options.maxWaitMs ?? 15_000;
  }

  get state(): AutosaveState {
    return this.current;
  }

  /** True while the newest text is not kept on the server. */
  get dirty(): boolean {
    return this.latest !== this.kept;
  }

  /** The editor's text changed. */
  change(text: string): void {
    this.latest = text;
    if (this.running) return;
    if (!this.dirty) {
      this.stopTimers();
      this.set('saved');
      return;
    }
    this.schedule();
  }

  /** The text was saved another way (a revision, a restore): nothing of it is pending any more. */
  saved(text: string): void {
    this.kept = text;
    this.change(this.latest);
  }

  /** Saves now what is not kept yet (on leaving the editor, the tab hidden); resolves when it is kept or failed. */
  async flush(): Promise<void> {
    this.stopTimers();
    while (this.running) await this.running;
    if (this.dirty) await this.run();
  }

  /** Stops the timers; pending text stays unsaved (call `flush` first when it should go). */
  dispose(): void {
    this.stopTimers();
  }

  private schedule() {
    this.set(this.current === 'failed' ? 'failed' : 'pending');
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.run(), this.idleMs);
    this.maxTimer ??= setTimeout(() => void this.run(), this.maxWaitMs);
  }

  private stopTimers() {
    clearTimeout(this.idleTimer);
    clearTimeout(this.maxTimer);
    this.idleTimer = this.maxTimer = undefined;
  }

  private run(): Promise<void> {
    if (this.running) return this.running;
    this.stopTimers();
    const text = this.latest;
    this.set('saving');
    this.running = this.options.save(text).then(
      () => {
        this.kept = text;
        this.running = undefined;
        if (this.dirty) this.schedule();
        else this.set('saved');
      },
      () => {
        this.running = undefined;
        // Tried again after the longer wait, or with the next change's pause.
        this.set('failed');
        this.schedule();
      },
    );
    return this.running;
  }

  private set(state: AutosaveState) {
    if (state === this.current) return;
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
