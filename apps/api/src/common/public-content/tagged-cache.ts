/**
 * A bounded in-memory cache of public answers (JSON, XML, rendered pages), each entry with the
 * content tags it shows (`announcement:<id>`, `agency:<id>`, `announcements`, …). Dropping a tag
 * drops every entry showing it. An entry built while one of its tags was dropped is not stored
 * (it may have read the old content just before the change committed).
 */
export interface CachedAnswer {
  body: Buffer;
  etag: string;
  contentType: string;
  status: number;
  headers: Record<string, string>;
  /** The body compressed once, for the readers that accept it (server-rendered pages). */
  encoded?: Partial<Record<'br' | 'gzip', Buffer>>;
  tags: string[];
  /** Epoch ms after which the entry is rebuilt: a safety net for content no tag covers. */
  expiresAt: number;
}

/** The bytes an answer keeps in memory: its body and its compressed copies. */
function sizeOf(answer: CachedAnswer): number {
  return answer.body.length + (answer.encoded?.br?.length ?? 0) + (answer.encoded?.gzip?.length ?? 0);
}

/** How many recent tag drops are remembered (for `set`'s check); older ones are summed up. */
const MAX_REMEMBERED_DROPS = 10_000;

export class TaggedCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly byTag = new Map<string, Set<string>>();
  private generation = 0;
  /**
   * When each tag was last dropped (a generation), most recent last, and when everything was.
   * Bounded: past MAX_REMEMBERED_DROPS the oldest are forgotten, and `forgottenUpTo` keeps the
   * newest generation forgotten, so an answer begun before it is not stored (it may have missed
   * a drop the cache no longer remembers).
   */
  private readonly droppedAt = new Map<string, number>();
  private forgottenUpTo = 0;
  private clearedAt = 0;
  /** Bytes of the stored bodies and their compressed copies. */
  private bytes = 0;
  /** Counts, for tests and the logs. */
  readonly stats = { hits: 0, misses: 0, drops: 0 };

  /**
   * @param maxEntries at most this many answers
   * @param maxBytes and at most this many bytes of bodies (the oldest answers go first)
   */
  constructor(
    private readonly maxEntries = 2000,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  get(key: string, nowMs = Date.now()): CachedAnswer | undefined {
    let hit = this.entries.get(key);
    if (hit && hit.expiresAt <= nowMs) {
      this.remove(key);
      hit = undefined;
    }
    if (hit) this.stats.hits++;
    else this.stats.misses++;
    return hit;
  }

  /** A token to pass to `set`: the entry is stored only if nothing was dropped since. */
  begin(): number {
    return this.generation;
  }

  /**
   * Stores the answer unless one of its tags was dropped (or the cache cleared) after `since`:
   * it may then have been built from content read just before that change committed.
   */
  set(key: string, answer: CachedAnswer, since: number): boolean {
    if (this.clearedAt > since || this.forgottenUpTo > since) return false;
    if (answer.tags.some((t) => (this.droppedAt.get(t) ?? 0) > since)) return false;
    if (sizeOf(answer) > this.maxBytes) return false;
    this.remove(key);
    this.entries.set(key, answer);
    this.bytes += sizeOf(answer);
    for (const tag of answer.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      this.remove(this.entries.keys().next().value as string);
    }
    return true;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  drop(tags: readonly string[]): void {
    this.generation++;
    for (const tag of tags) {
      // Re-inserted so that the map stays in drop order (oldest first).
      this.droppedAt.delete(tag);
      this.droppedAt.set(tag, this.generation);
      if (this.droppedAt.size > MAX_REMEMBERED_DROPS) {
        const [oldest, at] = this.droppedAt.entries().next().value as [string, number];
        this.droppedAt.delete(oldest);
        this.forgottenUpTo = Math.max(this.forgottenUpTo, at);
      }
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) {
        this.remove(key);
        this.stats.drops++;
      }
    }
  }

  clear(): void {
    this.generation++;
    this.clearedAt = this.generation;
    this.entries.clear();
    this.byTag.clear();
    this.droppedAt.clear();
    this.forgottenUpTo = this.generation;
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(old);
    for (const tag of old.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
