import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { TaggedCache } from './tagged-cache';

/**
 * Carries "these content tags changed" from the writing transaction to every API instance. The
 * composition root provides it on top of the realtime module (app/public-content.module.ts):
 * announced on commit through PostgreSQL NOTIFY, caught up after a lost connection.
 */
export abstract class ContentBus {
  /** Inside the writer's transaction; delivered to every instance only if it commits. */
  abstract announce(manager: EntityManager, tags: string[]): Promise<void>;
  abstract subscribe(listener: (tags: string[]) => void): void;
  /** Whether this instance hears changes now; caches serve only while it does. */
  abstract get live(): boolean;
}

/** How often a failed announcement is tried again before the caches' own expiry takes over. */
const ANNOUNCE_ATTEMPTS = 5;
const ANNOUNCE_RETRY_MS = 500;
/**
 * Least time between the starts of two announcements. The first change after a quiet spell is
 * announced at once; under a stream of changes (comments on many announcements) each
 * announcement carries what gathered meanwhile, so that announcing costs a few transactions a
 * second, not one per change: back to back, they were half as many statements again as the
 * comments themselves (issue #12). Other instances hear a change at most this much later; this
 * one has dropped its copies at the commit.
 */
const ANNOUNCE_SPACING_MS = 100;

/**
 * The caches of public content, and how their entries are dropped on every instance when what
 * they show changes. A write calls `changed(manager, tags)` inside its transaction; the moment it
 * commits, this instance drops the cached answers showing those tags (the public JSON and the
 * server-rendered pages alike), and the tags go to the outbox, to be announced to every instance
 * in a short transaction of its own.
 *
 * Why after the commit, not inside the writer's transaction: the announcement serialises (the
 * realtime publish lock, NOTIFY's commit lock), and inside the writer's transaction it serialised
 * the writers themselves — every comment posted on every announcement waited for the one before
 * to commit (issue #12, scenario 7). The outbox announces whatever has gathered while the
 * previous announcement was on its way (and at most every ANNOUNCE_SPACING_MS), in one
 * transaction. A write that rolls back announces nothing. If the process dies between a commit
 * and its announcement, the other instances' copies expire on their own (`keepSeconds`, at most
 * five minutes); if the database refuses the announcement, it is tried again a few times, then
 * given up with a warning (same expiry).
 */
@Injectable()
export class PublicContent implements BeforeApplicationShutdown {
  private readonly logger = new Logger('PublicContent');
  /** Public JSON and feeds (the API's own answers): at most 2,000 answers and 24 MB. */
  readonly apiCache = new TaggedCache(2000, 24 * 1024 * 1024);
  /** Server-rendered public pages (apps/api/src/web/public-page-cache.ts): at most 1,000 pages and 24 MB. */
  readonly pageCache = new TaggedCache(1000, 24 * 1024 * 1024);
  private wasLive = false;
  /** Tags changed inside a transaction still open, dropped here the moment it commits. */
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();
  private readonly dropListeners: ((tags: readonly string[]) => void)[] = [];
  /** Committed changes not yet announced, and the announcement on its way (one at a time). */
  private readonly outbox = new Set<string>();
  private sending: Promise<void> | null = null;
  private lastAnnouncedAt = 0;
  private stopping = false;

  constructor(
    private readonly bus: ContentBus,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    bus.subscribe((tags) => this.dropLocal(tags));
    // This instance drops its own entries right after the commit (read-your-writes), without
    // waiting for the announcement to come back; every other instance drops them on hearing it.
    const afterCommit: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        const tags = this.pending.get(queryRunner);
        if (!tags || queryRunner.isTransactionActive) return;
        this.pending.delete(queryRunner);
        this.committed([...tags]);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
      },
    };
    dataSource.subscribers.push(afterCommit);
  }

  /** Called with the tags whenever this instance drops cached answers (a change heard or made). */
  onDrop(listener: (tags: readonly string[]) => void): void {
    this.dropListeners.push(listener);
  }

  /** Caching is only safe while changes can be heard; a gap in hearing clears the caches. */
  get listening(): boolean {
    const live = this.bus.live;
    if (live && !this.wasLive) {
      this.apiCache.clear();
      this.pageCache.clear();
    }
    if (!live && this.wasLive) this.logger.warn('content changes cannot be heard: caching off');
    this.wasLive = live;
    return live;
  }

  /**
   * Inside the change's transaction: the tags are dropped here and announced to every instance
   * once it commits (nothing if it rolls back). Outside a transaction: announced now.
   */
  async changed(manager: EntityManager, tags: readonly string[]): Promise<void> {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      const tagsOf = this.pending.get(runner) ?? new Set<string>();
      for (const tag of unique) tagsOf.add(tag);
      this.pending.set(runner, tagsOf);
      return;
    }
    this.committed(unique);
    await this.flushed();
  }

  /**
   * A change that committed without a transaction of the app's around it (a one-statement write,
   * Changes.insertOne): its tags are dropped here now and announced to every instance soon,
   * without waiting for the announcement, as after a transaction's commit.
   */
  committed(tags: readonly string[]): void {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    this.dropLocal(unique);
    this.post(unique);
  }

  /** Resolves once every change committed so far has been announced (or given up). */
  async flushed(): Promise<void> {
    while (this.sending) await this.sending;
  }

  /** Before the database connections close: what has committed is announced, tried once more at most. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.flushed();
  }

  private post(tags: Iterable<string>): void {
    for (const tag of tags) this.outbox.add(tag);
    if (!this.sending) this.sending = this.drain().finally(() => (this.sending = null));
  }

  /** Announces the outbox, one transaction per batch, until it is empty. */
  private async drain(): Promise<void> {
    while (this.outbox.size) {
      const wait = this.lastAnnouncedAt + ANNOUNCE_SPACING_MS - Date.now();
      if (wait > 0 && !this.stopping) await new Promise((r) => setTimeout(r, wait));
      this.lastAnnouncedAt = Date.now();
      const batch = [...this.outbox];
      this.outbox.clear();
      for (let attempt = 1; ; attempt++) {
        try {
          await this.dataSource.transaction((manager) => this.bus.announce(manager, batch));
          break;
        } catch (err) {
          if (attempt >= (this.stopping ? 2 : ANNOUNCE_ATTEMPTS)) {
            this.logger.warn(
              `content change not announced (${batch.length} tags; other instances' copies expire on their own): ${
                (err as Error).message
              }`,
            );
            break;
          }
          await new Promise((r) => setTimeout(r, ANNOUNCE_RETRY_MS * attempt));
        }
      }
    }
  }

  dropLocal(tags: readonly string[]): void {
    this.apiCache.drop(tags);
    this.pageCache.drop(tags);
    for (const listener of this.dropListeners) listener(tags);
  }
}
