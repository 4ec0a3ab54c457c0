import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

  constructor(private readonly bus: ContentBus) {
    bus.subscribe((tags) => this.dropLocal(tags));
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
   * commits with it. Call `dropLocal(tags)` after the commit to drop this instance's caches at
   * once (the announcement reaches every instance a moment later).
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
  }

  dropLocal(tags: readonly string[]): void {
    this.apiCache.drop(tags);
    this.pageCache.drop(tags);
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
