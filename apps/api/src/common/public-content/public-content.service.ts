import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TaggedCache } from './tagged-cache';

/** The PostgreSQL channel every instance listens on for changed public content. */
export const PUBLIC_CONTENT_CHANNEL = 'cumbre_public_content';

/**
 * Who tells this instance that public content changed somewhere. Today PostgreSQL
 * LISTEN/NOTIFY on a connection of its own; the realtime module can take this role later
 * without touching the writers or the caches.
 */
export abstract class ContentInvalidation {
  abstract subscribe(listener: (tags: string[]) => void): () => void;
}

/**
 * The version of each piece of public content (`public_content_version`, one row per tag) and
 * the caches that depend on it. A write calls `changed(manager, tags)` inside its transaction:
 * the versions are bumped and a NOTIFY is sent, which PostgreSQL delivers to every instance only
 * when (and if) the transaction commits; each instance then drops the cached answers showing
 * those tags — the public JSON and the server-rendered pages alike.
 */
@Injectable()
export class PublicContent extends ContentInvalidation implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('PublicContent');
  private readonly listeners = new Set<(tags: string[]) => void>();
  private client: Client | undefined;
  /** Public JSON and feeds (the API's own answers). */
  readonly apiCache = new TaggedCache(2000);
  /** Server-rendered public pages (apps/api/src/web/public-page-cache.ts). */
  readonly pageCache = new TaggedCache(1000);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    this.subscribe((tags) => {
      this.apiCache.drop(tags);
      this.pageCache.drop(tags);
    });
  }

  async onModuleInit(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (msg) => {
      if (msg.channel !== PUBLIC_CONTENT_CHANNEL) return;
      this.dispatch((msg.payload ?? '').split(',').filter(Boolean));
    });
    // A lost connection may have lost notifications: forget everything rather than serve stale.
    client.on('error', (err) => {
      this.logger.warn({ err: err.message }, 'content listener connection failed; caches cleared');
      this.apiCache.clear();
      this.pageCache.clear();
      this.client = undefined;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`);
      this.client = client;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'cannot listen for content changes; caching off');
      await client.end().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Caching is only safe while changes can be heard. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  subscribe(listener: (tags: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Inside the change's transaction: bumps the tags' versions and queues the NOTIFY that
   * commits with it. Call `dropLocal(tags)` after the commit to drop this instance's caches at
   * once (the notification follows a moment later).
   */
  async changed(manager: EntityManager, tags: readonly string[]): Promise<void> {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    await manager.query(
      `INSERT INTO public_content_version (tag) SELECT unnest($1::text[])
       ON CONFLICT (tag) DO UPDATE SET version = public_content_version.version + 1, changed_at = now()`,
      [unique],
    );
    await manager.query('SELECT pg_notify($1, $2)', [PUBLIC_CONTENT_CHANNEL, unique.join(',')]);
  }

  dropLocal(tags: readonly string[]): void {
    this.dispatch([...tags]);
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

  private dispatch(tags: string[]): void {
    for (const listener of this.listeners) {
      try {
        listener(tags);
      } catch (err) {
        this.logger.error({ err: (err as Error).message }, 'content listener failed');
      }
    }
  }
}
