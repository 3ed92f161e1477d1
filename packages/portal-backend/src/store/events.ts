import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { EventBus } from './types.js';

const CHANNEL = 'direkthilfe_events';

/** One process: listeners hear what this process publishes. */
export class LocalEventBus implements EventBus {
  protected readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(topic: string): Promise<void> {
    this.emitter.emit(topic);
  }

  subscribe(topic: string, listener: () => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Several nodes on one PostgreSQL: a topic published on any node reaches the listeners of every node
 * (LISTEN/NOTIFY on one connection of its own, reconnected after a loss with a growing pause).
 */
export class PostgresEventBus extends LocalEventBus {
  private client?: pg.Client;
  private closed = false;
  private retryMs = 100;

  constructor(
    private readonly connectionString: string,
    private readonly notify: (topic: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {
    super();
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.emitter.emit(message.payload);
    });
    client.on('error', (error) => {
      this.onError(error);
      void this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.retryMs = 100;
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    this.client?.removeAllListeners();
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
    await new Promise((resolve) => setTimeout(resolve, this.retryMs).unref());
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    await this.start().catch((error) => {
      this.onError(error);
      void this.reconnect();
    });
  }

  override async publish(topic: string): Promise<void> {
    await this.notify(topic);
  }

  override async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
    await super.close();
  }

  static readonly channel = CHANNEL;
}
