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

/** How many recent tag drops are remembered (for `set`'s check); an answer begun before them is refused. */
const MAX_REMEMBERED_DROPS = 10_000;

export class TaggedCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly byTag = new Map<string, Set<string>>();
  private generation = 0;
  /**
   * The tags of the last MAX_REMEMBERED_DROPS drops, by generation (slot `generation %
   * MAX_REMEMBERED_DROPS`): `set` looks at the drops since its answer was begun, usually a
   * handful. An answer begun before the oldest drop remembered is not stored (it may have missed
   * a drop the cache no longer remembers). A ring, not a map of tags: a map kept in drop order
   * (delete, re-insert, evict the oldest) grows holes that every eviction walks past and is
   * rebuilt every few thousand drops, and under a stream of comments each one drops tags (issue
   * #12: 2 % of the API's CPU, and its rebuilt tables promoted to the old generation).
   */
  private readonly recentDrops: (readonly string[] | undefined)[] = new Array(MAX_REMEMBERED_DROPS);
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
    if (this.clearedAt > since || this.droppedSince(answer.tags, since)) return false;
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

  /** Drops every entry showing one of `tags` (kept as given for `set`'s check: do not change them after). */
  drop(tags: readonly string[]): void {
    this.generation++;
    this.recentDrops[this.generation % MAX_REMEMBERED_DROPS] = tags;
    for (const tag of tags) {
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
    this.recentDrops[this.generation % MAX_REMEMBERED_DROPS] = undefined;
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether one of `tags` was dropped after generation `since`, or that is too long ago to know. */
  private droppedSince(tags: readonly string[], since: number): boolean {
    if (this.generation - since > MAX_REMEMBERED_DROPS) return true;
    for (let g = since + 1; g <= this.generation; g++) {
      const dropped = this.recentDrops[g % MAX_REMEMBERED_DROPS];
      if (dropped?.some((tag) => tags.includes(tag))) return true;
    }
    return false;
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
