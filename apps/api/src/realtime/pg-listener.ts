import type { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

export interface ListenerHandlers {
  onNotification(payload: string): void;
  /** After every (re)connection, once LISTEN is in place: the time to catch up on what was missed. */
  onConnected(reconnect: boolean): Promise<void>;
}

/**
 * One dedicated PostgreSQL connection per instance, LISTENing on one channel (a pooled
 * connection cannot: LISTEN belongs to a session). A dropped connection is reopened with
 * backoff and LISTENs again; `onConnected` then lets the owner catch up from the event table.
 */
export class PgListener {
  /** A name of its own, so an operator (or a test) can find this session in pg_stat_activity. */
  readonly applicationName = `cumbre-realtime-${randomBytes(4).toString('hex')}`;
  private client: Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private stopped = false;
  private connections = 0;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: ListenerHandlers,
    private readonly logger: Logger,
  ) {}

  /** How many times a LISTEN session was established (1 + reconnections). */
  get connectionCount(): number {
    return this.connections;
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  /** Connects once; on failure keeps retrying in the background rather than failing start-up. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.client) return;
    const client = new Client({ connectionString: this.url, application_name: this.applicationName, keepAlive: true });
    let dropped = false;
    const onDrop = (err?: Error) => {
      if (dropped) return;
      dropped = true;
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ err: err?.message }, 'realtime listener lost its connection; reconnecting');
      this.scheduleRetry();
    };
    client.on('error', onDrop);
    client.on('end', () => onDrop());
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload) this.handlers.onNotification(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      onDrop(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (dropped || this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    const reconnect = this.connections > 0;
    this.connections++;
    await this.handlers
      .onConnected(reconnect)
      .catch((err: unknown) =>
        this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'realtime catch-up failed'),
      );
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}
