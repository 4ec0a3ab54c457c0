import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { type KeyHits, type RateDecision, RateLimiter, type RateRule, refusal } from './rate-limiter';

/** Advisory lock class of rate-limit keys (taken in sorted order, so two takes never cross). */
const KEY_LOCK = 7501;
/**
 * Expired hits are removed on every PRUNE_EVERY-th take of an instance, at most PRUNE_BATCH of
 * them, from any key (SKIP LOCKED: never waits on another take). On every take it would be a
 * delete on the hot write paths (posting a comment) for rows nobody reads: an expired hit does
 * not count (the window bounds the count), it only takes room.
 */
const PRUNE_EVERY = 16;
const PRUNE_BATCH = 2000;

/**
 * The PostgreSQL store: hits are rows of `rate_limit_hit` written in the caller's transaction,
 * under transaction-scoped advisory locks on the keys, so a hit exists exactly when the change
 * it guarded committed and parallel takes on a key count one after the other.
 */
@Injectable()
export class PgRateLimiter extends RateLimiter {
  readonly store = 'postgres' as const;
  private takes = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async take(manager: EntityManager, keys: readonly string[], rule: RateRule, now: Date): Promise<RateDecision> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('rate limit: take inside the transaction of the change it guards');
    }
    // One round trip (the function of migration OneTripWrites): the keys' locks in sorted order,
    // the pruning now and then, the window's hits of each key, and this take's hit. A refused
    // take then removes its hit, so that it records nothing whatever the caller does next.
    const hitId = randomUUID();
    const prune = this.takes++ % PRUNE_EVERY === 0 ? PRUNE_BATCH : 0;
    const rows: { hit_key: string; last_at: Date; hits: number; nth_at: Date | null }[] = await manager.query(
      'SELECT hit_key, last_at, hits, nth_at FROM rate_limit_take($1::text[], $2, $3, $4, $5, $6, $7)',
      [[...new Set(keys)], hitId, now, rule.windowSeconds, Math.max(1, rule.max ?? 1), KEY_LOCK, prune],
    );
    const byKey = new Map(rows.map((r) => [r.hit_key, r]));
    for (const [keyIndex, key] of keys.entries()) {
      const r = byKey.get(key);
      const hits: KeyHits = r
        ? { lastMs: r.last_at.getTime(), count: r.hits, nthNewestMs: r.nth_at ? r.nth_at.getTime() : null }
        : { lastMs: null, count: 0, nthNewestMs: null };
      const refused = refusal(hits, rule, now.getTime());
      if (refused) {
        await manager.query('DELETE FROM rate_limit_hit WHERE hit_id = $1', [hitId]);
        return { ok: false, limited: { keyIndex, ...refused } };
      }
    }
    return { ok: true, ticket: { keys: [...keys], hitId } };
  }

  /** Nothing to do: the hit was written in the transaction that rolled back. */
  async forget(): Promise<void> {
    // The rows went with the transaction.
  }

  async ping(): Promise<boolean> {
    await this.dataSource.query('SELECT 1');
    return true;
  }
}
