import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { type GuardDecision, type RateDecision, RateLimiter, type RateRule } from './rate-limiter';

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
/** The arguments of rate_limit_try and rate_limit_require (migration RateLimitDecision), numbered from $1. */
const TAKE_ARGS = '$1::text[], $2::uuid, $3::timestamptz, $4::int, $5::int, $6::int, $7::int, $8::int';
const REQUIRE_SQL = `rate_limit_require(${TAKE_ARGS})`;
/** rate_limit_require's text with `max` under a condition (`guard`'s maxWhen), made once per condition. */
const requireWhen = new Map<string, string>();

/**
 * The PostgreSQL store: hits are rows of `rate_limit_hit` written in the caller's transaction
 * (or in its one statement: `guard`), under transaction-scoped advisory locks on the keys, so a
 * hit exists exactly when the change it guarded committed and parallel takes on a key count one
 * after the other. The decision is made in the database, as the Redis store makes it in Redis.
 */
@Injectable()
export class PgRateLimiter extends RateLimiter {
  readonly store = 'postgres' as const;
  readonly decidesInStatement = true;
  private takes = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async take(manager: EntityManager, keys: readonly string[], rule: RateRule, now: Date): Promise<RateDecision> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('rate limit: take inside the transaction of the change it guards');
    }
    // One round trip (migration RateLimitDecision): the keys' locks in sorted order, the pruning
    // now and then, the window's hits of each key, the decision, and this take's hit, which a
    // refusal removes again, so that it records nothing whatever the caller does next.
    const hitId = randomUUID();
    const rows: { key_index: number; retry_after: number; limit_kind: 'gap' | 'max' }[] = await manager.query(
      `SELECT key_index, retry_after, limit_kind FROM rate_limit_try(${TAKE_ARGS})`,
      this.args(keys, hitId, rule, now),
    );
    if (rows.length === 0) return { ok: true, ticket: { keys: [...keys], hitId } };
    const [r] = rows;
    return { ok: false, limited: { keyIndex: r.key_index, retryAfterSeconds: r.retry_after, limit: r.limit_kind } };
  }

  /** The take as an expression of the write's statement (`rate_limit_require`): nothing to do before it. */
  async guard(keys: readonly string[], rule: RateRule, now: Date, maxWhen?: string): Promise<GuardDecision> {
    let sql = REQUIRE_SQL;
    if (maxWhen !== undefined) {
      sql = requireWhen.get(maxWhen) ?? REQUIRE_SQL.replace('$6::int', `CASE WHEN ${maxWhen} THEN $6::int END`);
      if (requireWhen.size < 16) requireWhen.set(maxWhen, sql);
    }
    return { ok: true, guard: { piece: { sql, params: this.args(keys, randomUUID(), rule, now) }, ticket: null } };
  }

  private args(keys: readonly string[], hitId: string, rule: RateRule, now: Date): unknown[] {
    const prune = this.takes++ % PRUNE_EVERY === 0 ? PRUNE_BATCH : 0;
    return [keys, hitId, now, rule.windowSeconds, rule.minGapSeconds, rule.max, KEY_LOCK, prune];
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
