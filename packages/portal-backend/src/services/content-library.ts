import type { Store } from '../store/types.js';
import { HelpContent } from './help-content.js';
import { newestRelease, storeStaleIndexes, type LoadedRelease } from './content-release.js';

/** How often a node asks the store for a newer release when no notification came (a lost one, say). */
const POLL_MS = 1_000;

/**
 * The help content this node serves: the store's newest release. A publish on any node notifies every node
 * (`content` on the event bus), which loads the release; a poll catches a lost notification within a second.
 */
export class ContentLibrary {
  private current = new HelpContent([], []);
  private loaded?: LoadedRelease;
  private closed = false;
  private loading?: Promise<void>;
  private next?: Promise<void>;
  /** Storing the served release's indexes anew where many articles were indexed since (`storeStaleIndexes`). */
  private storing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  private constructor(
    private readonly store: Store,
    private readonly onError: (error: unknown) => void,
  ) {
    this.unsubscribe = store.events.subscribe(CONTENT_TOPIC, () => void this.refresh());
    this.timer = setInterval(() => void this.refresh(), POLL_MS).unref();
  }

  /** Opens the library with the release the node has loaded already, if any, so that it is not parsed twice. */
  static async open(store: Store, onError: (error: unknown) => void, loaded?: LoadedRelease): Promise<ContentLibrary> {
    const library = new ContentLibrary(store, onError);
    if (loaded) library.serve(loaded);
    await library.refresh();
    return library;
  }

  get help(): HelpContent {
    return this.current;
  }

  /** The release served: what this node renders or loads the next one from. */
  get release(): LoadedRelease | undefined {
    return this.loaded;
  }

  /** Serves a release this node has stored, unless a newer one is served already. */
  offer(loaded: LoadedRelease): void {
    if (loaded.version > this.current.version) this.serve(loaded);
  }

  private serve(loaded: LoadedRelease): void {
    const help = new HelpContent(loaded.languages, loaded.pages, loaded.version);
    this.current = help;
    this.loaded = loaded;
    help.warm(() => this.current === help && !this.closed, this.onError);
    if (this.closed) return;
    // After the requests waiting now: a publish does not wait for it. Done also when the library closes meanwhile
    // (`close` waits for it), not when a newer release is served.
    this.storing = Promise.all([this.storing, new Promise((resolve) => setImmediate(resolve))])
      .then(() => (this.current === help ? storeStaleIndexes(this.store, loaded) : false))
      .then(
        () => undefined,
        (error: unknown) => this.onError(error),
      );
  }

  /**
   * Loads the newest release if it is newer than the one served. One load at a time; a call during a load
   * gets the load after it, so that what was published before the call is served when it settles.
   */
  refresh(): Promise<void> {
    if (!this.loading) {
      this.loading = this.load()
        .catch(this.onError)
        .finally(() => (this.loading = undefined));
      return this.loading;
    }
    this.next ??= this.loading.then(() => {
      this.next = undefined;
      return this.refresh();
    });
    return this.next;
  }

  private async load(): Promise<void> {
    if ((await this.store.content.latestVersion()) <= this.current.version) return;
    const newest = await newestRelease(this.store, this.loaded);
    if (newest && newest.version > this.current.version) this.serve(newest);
  }

  /** Stops loading releases; waits for the indexes being stored, so that the store may close after it. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.unsubscribe();
    await this.storing;
  }
}

/** The event bus topic of a new release. */
export const CONTENT_TOPIC = 'content';
