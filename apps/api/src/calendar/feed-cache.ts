import { createHash } from 'node:crypto';
import type { FeedVersion } from '../meetings/meeting-calendar.service';

/** What a conditional GET of a feed answers: 304 headers only, or the body with its validators. */
export interface FeedAnswer {
  notModified: boolean;
  etag: string;
  lastModified: string;
  body: string | null;
}

/**
 * Built iCalendar bodies by feed and version. A change to a feed's meetings changes its version,
 * so a stale body is never served: it is simply no longer asked for, and replaced on the next
 * build. Bounded: the least recently built feeds leave first.
 */
export class FeedCache {
  private readonly bodies = new Map<string, { tag: string; body: string }>();

  constructor(private readonly maxFeeds = 1000) {}

  /**
   * Answers a feed request: 304 when the client's `If-None-Match` shows it has this version,
   * without building anything; else the cached body of this version, or a fresh build.
   *
   * `If-Modified-Since` alone never earns a 304: `Last-Modified` is the latest of stamps from
   * two clocks (the database's and the API's), and a feed also changes without a later stamp (a
   * meeting leaves it when the reader leaves an agency), so a date cannot prove that the client
   * is current. Such a client gets the body, from the cache when it is this version.
   */
  async answer(
    feed: string,
    version: FeedVersion,
    request: { ifNoneMatch?: string },
    build: () => Promise<string>,
  ): Promise<FeedAnswer> {
    const etag = `"${createHash('sha256').update(`${feed}|${version.tag}`).digest('base64url').slice(0, 27)}"`;
    // HTTP dates have whole seconds.
    const lastModified = new Date(Math.floor(version.lastModified.getTime() / 1000) * 1000);
    const validators = { etag, lastModified: lastModified.toUTCString() };
    if (notModified(etag, request)) return { notModified: true, body: null, ...validators };
    const cached = this.bodies.get(feed);
    if (cached && cached.tag === version.tag) return { notModified: false, body: cached.body, ...validators };
    const body = await build();
    this.bodies.delete(feed);
    this.bodies.set(feed, { tag: version.tag, body });
    if (this.bodies.size > this.maxFeeds) this.bodies.delete(this.bodies.keys().next().value as string);
    return { notModified: false, body, ...validators };
  }
}

function notModified(etag: string, request: { ifNoneMatch?: string }): boolean {
  if (request.ifNoneMatch === undefined) return false;
  const tags = request.ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes(etag) || tags.includes('*');
}
