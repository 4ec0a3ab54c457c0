/**
 * A bounded in-memory cache of public answers (JSON, XML, rendered pages), each entry with the
 * content tags it shows (`announcement:<id>`, `agency:<id>`, `announcements`, …). Dropping a tag
 * drops every entry showing it. An entry built while any tag was dropped is not stored (it may
 * have read the old content just before the change committed).
 */
export interface CachedAnswer {
  body: Buffer;
  etag: string;
  contentType: string;
  status: number;
  headers: Record<string, string>;
  tags: string[];
  /** Epoch ms after which the entry is rebuilt: a safety net for content no tag covers. */
  expiresAt: number;
}

export class TaggedCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly byTag = new Map<string, Set<string>>();
  private generation = 0;
  /** Counts, for tests and the logs. */
  readonly stats = { hits: 0, misses: 0, drops: 0 };

  constructor(private readonly maxEntries = 2000) {}

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

  set(key: string, answer: CachedAnswer, since: number): boolean {
    if (since !== this.generation) return false;
    this.remove(key);
    this.entries.set(key, answer);
    for (const tag of answer.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    if (this.entries.size > this.maxEntries) this.remove(this.entries.keys().next().value as string);
    return true;
  }

  drop(tags: readonly string[]): void {
    this.generation++;
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
    this.entries.clear();
    this.byTag.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    for (const tag of old.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
