import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ApiError } from '../errors.js';
import type { DeriveTask } from './hash-worker.js';

export interface HashPoolOptions {
  /** Worker threads; each scrypt at the default cost needs 128 MiB while it runs. */
  threads: number;
  /** Derivations that may wait for a thread; beyond that the request gets 503 with Retry-After. */
  queue: number;
}

// The worker is a module of its own next to this one: TypeScript when run from the sources, JavaScript built.
const workerFile = new URL(`./hash-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;

/**
 * Password hashing in a bounded pool of worker threads of its own, so that a login storm neither blocks
 * the event loop nor the libuv pool that serves files, and neither memory nor the wait grows without bound.
 */
export class HashPool {
  private readonly pool: Piscina<DeriveTask, Uint8Array>;

  constructor(private readonly options: HashPoolOptions) {
    this.pool = new Piscina({
      filename: workerFile,
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.queue,
      // Idle threads go after a while, and with them their memory.
      idleTimeout: 30_000,
    });
  }

  async derive(task: DeriveTask): Promise<Buffer> {
    if (this.pool.queueSize >= this.options.queue) throw this.busy();
    try {
      return Buffer.from(await this.pool.run(task));
    } catch (error) {
      if ((error as Error).message === 'Task queue is at limit') throw this.busy();
      throw error;
    }
  }

  /** 503 with a wait that the queue ahead would take at the recent pace. */
  private busy(): ApiError {
    const meanMs = this.pool.histogram.runTime.mean || 1000;
    const seconds = Math.max(1, Math.ceil(((this.pool.queueSize + 1) / this.options.threads) * (meanMs / 1000)));
    return new ApiError(503, 'busy', { seconds }, { retryAfter: seconds });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
