import type { EntityManager } from 'typeorm';

/**
 * One limit on a kind of request, applied to each of its keys (an address, a network): a
 * sliding window of recorded hits, so that every API instance counts the same hits.
 */
export interface RateRule {
  /** Least time between two hits on one key (0: none). */
  minGapSeconds: number;
  /** How long a hit counts (and is remembered). */
  windowSeconds: number;
  /** Most hits a key may have within the window; null: this request is not counted against one. */
  max: number | null;
}

/** Why a take was refused: the key at fault (its index in `keys`) and when trying again can succeed. */
export interface RateLimited {
  keyIndex: number;
  retryAfterSeconds: number;
  limit: 'gap' | 'max';
}

/** A recorded hit on every key, to `forget` when the change it guarded does not commit. */
export interface RateTicket {
  keys: string[];
  hitId: string;
}

export type RateDecision = { ok: true; ticket: RateTicket } | { ok: false; limited: RateLimited };

/**
 * The shared counters several API instances must agree on. Two stores, one chosen at start-up
 * by `RateLimitModule` (rate-limit.module.ts): PostgreSQL (the default; the hits are rows of
 * `rate_limit_hit`, written in the caller's transaction) or Redis when `REDIS_URL` is set (a
 * sorted set per key, checked and recorded by one Lua script).
 *
 * `take` is atomic per key across instances: two parallel takes on one key are decided one after
 * the other, and a refused take records nothing. Times are the domain clock's (`now`), as the
 * rows the limit protects are stamped with it.
 */
export abstract class RateLimiter {
  abstract readonly store: 'postgres' | 'redis';

  /**
   * Inside the caller's transaction: refuses when any key is within `minGapSeconds` of its last
   * hit or holds `max` hits in the window; otherwise records one hit on every key.
   */
  abstract take(manager: EntityManager, keys: readonly string[], rule: RateRule, now: Date): Promise<RateDecision>;

  /** Takes back a hit whose change rolled back (PostgreSQL's rolled back with it). */
  abstract forget(ticket: RateTicket): Promise<void>;

  /** Whether the store answers (readiness). */
  abstract ping(): Promise<boolean>;
}

/** The window's hits of one key, newest first (at most `max` of them are needed). */
export interface KeyHits {
  /** Epoch ms of the latest hit, if any. */
  lastMs: number | null;
  count: number;
  /** Epoch ms of the `max`-th newest hit, when there are that many: the one that has to age out. */
  nthNewestMs: number | null;
}

/** The decision both stores make from a key's hits (the Redis script mirrors it in Lua). */
export function refusal(hits: KeyHits, rule: RateRule, nowMs: number): Omit<RateLimited, 'keyIndex'> | null {
  if (hits.lastMs !== null && rule.minGapSeconds > 0) {
    const waitMs = hits.lastMs + rule.minGapSeconds * 1000 - nowMs;
    if (waitMs > 0) return { retryAfterSeconds: Math.ceil(waitMs / 1000), limit: 'gap' };
  }
  if (rule.max !== null && hits.count >= rule.max && hits.nthNewestMs !== null) {
    const waitMs = hits.nthNewestMs + rule.windowSeconds * 1000 - nowMs;
    if (waitMs > 0) return { retryAfterSeconds: Math.ceil(waitMs / 1000), limit: 'max' };
  }
  return null;
}
