import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Observable, type Subscriber } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PeriodicJob } from '../common/periodic-job';
import { PgListener } from './pg-listener';
import {
  eventsAfter,
  insertEvent,
  latestEventId,
  pruneEvents,
  REALTIME_CHANNEL,
  REPLAY_LIMIT,
  replayAfter,
  type RealtimeRow,
} from './realtime.queries';

/** One event as subscribers get it; `id` is what SSE sends as `id:` and gets back as Last-Event-ID. */
export type RealtimeEvent<P = unknown> = { id: number; topic: string; payload: P };

/**
 * The topic of the event a subscriber gets instead of a replay it cannot have (the events it
 * asks for were pruned, or too many were missed): reload the resource, then carry on live.
 */
export const REALTIME_RESET = 'reset';

/** `agenda:<uuid>`, `user:<uuid>`: a kind, a colon, a resource id. */
const TOPIC = /^[a-z][a-z0-9-]{0,30}:[A-Za-z0-9_.-]{1,150}$/;

/** Events are kept a day: long enough for any reconnect; older Last-Event-IDs get a reset. */
export const REALTIME_RETENTION_MS = 24 * 3600_000;
const PRUNE_INTERVAL_MS = 10 * 60_000;
const FETCH_BATCH = 500;
const FETCH_RETRY_MS = 1000;

interface LocalSubscriber {
  topics: Set<string>;
  /** Highest id handed over; later copies of an event (replay and live overlap) are skipped. */
  lastId: number;
  /** Live events held while the replay is read; null once live. */
  buffer: RealtimeRow[] | null;
  out: Subscriber<RealtimeEvent>;
}

/**
 * Realtime fan-out across API instances through PostgreSQL. `publish` writes the event into
 * `realtime_event` and NOTIFYs inside the caller's transaction (a rolled-back write announces
 * nothing). Each instance has one LISTEN connection; on a notification it reads the new rows
 * (`id > cursor`) and hands them to its in-process subscribers. After a lost connection it
 * reconnects and catches up the same way, so no committed event is skipped.
 *
 * Payloads must hold nothing a subscriber of the topic may not see: the caller checks access
 * before subscribing (topics are per resource) and publishes ids and kinds, not content.
 */
@Injectable()
export class RealtimeService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly listener: PgListener;
  private readonly subscribers = new Set<LocalSubscriber>();
  private readonly pruner = new PeriodicJob(
    'realtime prune',
    PRUNE_INTERVAL_MS,
    () => this.prune(REALTIME_RETENTION_MS),
    this.logger,
  );
  /** Every event up to here has been handed to local subscribers (or had none). */
  private cursor = 0;
  /** Highest id announced to this instance so far. */
  private announced = 0;
  private pumping: Promise<void> | undefined;
  private pumpAgain = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.listener = new PgListener(
      config.databaseUrl,
      REALTIME_CHANNEL,
      {
        onNotification: (payload) => this.onNotification(payload),
        onConnected: (reconnect) => this.onConnected(reconnect),
      },
      this.logger,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
    if (this.config.env !== 'test') this.pruner.start();
  }

  async onModuleDestroy(): Promise<void> {
    // Open streams end first, so that the HTTP server can close.
    for (const sub of this.subscribers) sub.out.complete();
    this.subscribers.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.pruner.stop();
    await this.listener.stop();
    await this.pumping;
  }

  /**
   * Records an event on `topic` inside the caller's transaction and announces it on commit.
   * Call it last in the transaction: it takes a lock held until commit that orders publishers.
   */
  async publish(manager: EntityManager, topic: string, payload: unknown): Promise<number> {
    if (!TOPIC.test(topic)) throw new Error(`realtime: malformed topic ${JSON.stringify(topic)}`);
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('realtime: publish inside the transaction of the change it announces');
    }
    return insertEvent(manager, topic, payload);
  }

  /**
   * The events on `topics`: first those after `afterId` (a Last-Event-ID), or one `reset` event
   * when they cannot all be replayed, then live ones as they commit, on any instance.
   */
  subscribe<P = unknown>(topics: string[], afterId?: number): Observable<RealtimeEvent<P>> {
    return new Observable<RealtimeEvent>((out) => {
      const sub: LocalSubscriber = {
        topics: new Set(topics),
        lastId: afterId ?? 0,
        buffer: afterId === undefined ? null : [],
        out,
      };
      this.subscribers.add(sub);
      if (afterId !== undefined) {
        replayAfter(this.db, afterId, topics).then(
          (replay) => {
            if (out.closed) return;
            const missed =
              afterId < replay.prunedThrough || afterId > replay.latest || replay.rows.length > REPLAY_LIMIT;
            if (missed) {
              out.next({ id: replay.latest, topic: REALTIME_RESET, payload: null });
              sub.lastId = replay.latest;
            } else {
              for (const row of replay.rows) this.deliver(sub, row);
            }
            const held = sub.buffer ?? [];
            sub.buffer = null;
            for (const row of held) this.deliver(sub, row);
          },
          (err: unknown) => out.error(err),
        );
      }
      return () => this.subscribers.delete(sub);
    }) as Observable<RealtimeEvent<P>>;
  }

  /** Deletes events older than `retentionMs`; clients asking for them get a reset. */
  prune(retentionMs: number): Promise<number> {
    return pruneEvents(this.db, retentionMs);
  }

  /** For tests and diagnostics: the LISTEN session's state. */
  get listenerState(): { connected: boolean; connections: number; applicationName: string } {
    return {
      connected: this.listener.connected,
      connections: this.listener.connectionCount,
      applicationName: this.listener.applicationName,
    };
  }

  private onNotification(payload: string): void {
    const space = payload.indexOf(' ');
    const id = Number(space > 0 ? payload.slice(0, space) : payload);
    if (!Number.isSafeInteger(id)) return;
    if (id > this.announced) this.announced = id;
    this.pump();
  }

  private async onConnected(reconnect: boolean): Promise<void> {
    const latest = await latestEventId(this.db);
    if (latest > this.announced) this.announced = latest;
    // The first time, history is not ours to deliver (subscribers replay with their own ids).
    if (!reconnect && this.subscribers.size === 0) this.cursor = this.announced;
    this.pump();
  }

  /** Reads and fans out what was announced; one read at a time, repeated while more arrives. */
  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = this.fetchAnnounced()
      .catch((err: unknown) => {
        this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'realtime fan-out failed');
        this.retryTimer ??= setTimeout(() => {
          this.retryTimer = undefined;
          this.pump();
        }, FETCH_RETRY_MS).unref();
      })
      .finally(() => {
        this.pumping = undefined;
        if (this.pumpAgain) {
          this.pumpAgain = false;
          this.pump();
        }
      });
  }

  private async fetchAnnounced(): Promise<void> {
    while (this.cursor < this.announced) {
      const upTo = this.announced;
      const topics = [...new Set([...this.subscribers].flatMap((s) => [...s.topics]))];
      if (topics.length === 0) {
        this.cursor = upTo;
        return;
      }
      const rows = await eventsAfter(this.db, this.cursor, topics, FETCH_BATCH);
      for (const row of rows) {
        for (const sub of this.subscribers) if (sub.topics.has(row.topic)) this.deliver(sub, row);
      }
      const last = rows.length > 0 ? rows[rows.length - 1].id : this.cursor;
      // A full batch may have more behind it; otherwise everything up to `upTo` has been read.
      this.cursor = rows.length === FETCH_BATCH ? last : Math.max(last, upTo);
    }
  }

  private deliver(sub: LocalSubscriber, row: RealtimeRow): void {
    if (sub.buffer) {
      sub.buffer.push(row);
      return;
    }
    if (row.id <= sub.lastId || sub.out.closed) return;
    sub.lastId = row.id;
    sub.out.next({ id: row.id, topic: row.topic, payload: row.payload });
  }
}
