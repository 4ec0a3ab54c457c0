import { Injectable, Logger } from '@nestjs/common';
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

/**
 * The version of each piece of public content (`public_content_version`, one row per tag) and
 * the caches that depend on it. A write calls `changed(manager, tags)` inside its transaction:
 * the versions are bumped and the change is announced, which every instance hears once the
 * transaction commits; each instance then drops the cached answers showing those tags — the
 * public JSON and the server-rendered pages alike.
 */
@Injectable()
export class PublicContent {
  private readonly logger = new Logger('PublicContent');
  /** Public JSON and feeds (the API's own answers): at most 2,000 answers and 24 MB. */
  readonly apiCache = new TaggedCache(2000, 24 * 1024 * 1024);
  /** Server-rendered public pages (apps/api/src/web/public-page-cache.ts): at most 1,000 pages and 24 MB. */
  readonly pageCache = new TaggedCache(1000, 24 * 1024 * 1024);
  private wasLive = false;
  /** Tags changed inside a transaction still open, dropped here the moment it commits. */
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();
  private readonly dropListeners: ((tags: readonly string[]) => void)[] = [];

  constructor(
    private readonly bus: ContentBus,
    @InjectDataSource() dataSource: DataSource,
  ) {
    bus.subscribe((tags) => this.dropLocal(tags));
    // This instance drops its own entries right after the commit (read-your-writes), without
    // waiting for the announcement to come back; every other instance drops them on hearing it.
    const afterCommit: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        const tags = this.pending.get(queryRunner);
        if (!tags || queryRunner.isTransactionActive) return;
        this.pending.delete(queryRunner);
        this.dropLocal([...tags]);
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
   * Inside the change's transaction: bumps the tags' versions and announces the change, which
   * commits with it. This instance drops its caches the moment the transaction commits; the
   * announcement reaches every instance a moment later. Call it last in the transaction (the
   * announcement takes the realtime publish lock, held until the commit).
   */
  async changed(manager: EntityManager, tags: readonly string[]): Promise<void> {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    await manager.query(
      `INSERT INTO public_content_version (tag) SELECT unnest($1::text[])
       ON CONFLICT (tag) DO UPDATE SET version = public_content_version.version + 1, changed_at = now()`,
      [unique],
    );
    await this.bus.announce(manager, unique);
    const runner = manager.queryRunner;
    if (runner) {
      const tagsOf = this.pending.get(runner) ?? new Set<string>();
      for (const tag of unique) tagsOf.add(tag);
      this.pending.set(runner, tagsOf);
    }
  }

  dropLocal(tags: readonly string[]): void {
    this.apiCache.drop(tags);
    this.pageCache.drop(tags);
    for (const listener of this.dropListeners) listener(tags);
  }

  /** The current versions of some tags (a tag never changed is version 0). */
  async versions(manager: EntityManager, tags: readonly string[]): Promise<Record<string, number>> {
    const rows: { tag: string; version: string }[] = await manager.query(
      'SELECT tag, version FROM public_content_version WHERE tag = ANY($1::text[])',
      [tags],
    );
    const out: Record<string, number> = Object.fromEntries(tags.map((t) => [t, 0]));
    for (const r of rows) out[r.tag] = Number(r.version);
    return out;
  }
}
