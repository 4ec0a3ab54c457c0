import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { type KeyHits, type RateDecision, RateLimiter, type RateRule, refusal } from './rate-limiter';

/** Advisory lock class of rate-limit keys (taken in sorted order, so two takes never cross). */
const KEY_LOCK = 7501;
/**
 * Expired hits are removed on every PRUNE_EVERY-th take of an instance, at most PRUNE_BATCH of
 * them, from any key (SKIP LOCKED: never waits on another take). Every take would be one more
 * statement on the hot write paths (posting a comment, signing in) for rows nobody reads: an
 * expired hit does not count (the window bounds the count), it only takes room.
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
    // The keys' locks in one statement, taken in sorted order (the subquery hands the rows over
    // sorted, and each row's lock is taken as it passes).
    await manager.query(
      `SELECT pg_advisory_xact_lock($1, hashtext(k)) FROM (SELECT DISTINCT k FROM unnest($2::text[]) AS k ORDER BY k) keys`,
      [KEY_LOCK, keys],
    );
    if (this.takes++ % PRUNE_EVERY === 0) {
      await manager.query(
        `DELETE FROM rate_limit_hit WHERE id IN (
           SELECT id FROM rate_limit_hit WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [now, PRUNE_BATCH],
      );
    }
    const rows: { key: string; last: Date; n: number; nth: Date | null }[] = await manager.query(
      `SELECT key, max(at) AS last, count(*)::int AS n,
              (array_agg(at ORDER BY at DESC))[$3::int] AS nth
         FROM rate_limit_hit
        WHERE key = ANY($1::text[]) AND at > $2::timestamptz - make_interval(secs => $4)
        GROUP BY key`,
      [keys, now, Math.max(1, rule.max ?? 1), rule.windowSeconds],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const [keyIndex, key] of keys.entries()) {
      const r = byKey.get(key);
      const hits: KeyHits = r
        ? { lastMs: r.last.getTime(), count: r.n, nthNewestMs: r.nth ? r.nth.getTime() : null }
        : { lastMs: null, count: 0, nthNewestMs: null };
      const refused = refusal(hits, rule, now.getTime());
      if (refused) return { ok: false, limited: { keyIndex, ...refused } };
    }
    const hitId = randomUUID();
    await manager.query(
      `INSERT INTO rate_limit_hit (key, hit_id, at, expires_at)
       SELECT k, $2, $3, $3::timestamptz + make_interval(secs => $4) FROM unnest($1::text[]) AS k`,
      [[...new Set(keys)], hitId, now, rule.windowSeconds],
    );
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
