import type { EntityManager } from 'typeorm';
import type { SqlPiece } from '../../database/sql-reader';

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
 * The take inside a one-statement write: `piece`, an expression (`true`, or a failure when
 * refused) for the statement to evaluate, or null where the take was made before the statement
 * (Redis; then `ticket` is set).
 */
export interface StatementGuard {
  piece: SqlPiece | null;
  ticket: RateTicket | null;
}

export type GuardDecision = { ok: true; guard: StatementGuard } | { ok: false; limited: RateLimited };

/** SQLSTATE of a refused take inside a statement (`rate_limit_require`, migration RateLimitDecision). */
export const RATE_LIMITED_SQLSTATE = 'CU429';

/** The refusal a statement failed with (see `guard`), or null when it failed for another reason. */
export function refusalIn(err: unknown): RateLimited | null {
  const cause = (err as { driverError?: { code?: string; detail?: string } } | null)?.driverError ?? err;
  const { code, detail } = (cause ?? {}) as { code?: string; detail?: string };
  if (code !== RATE_LIMITED_SQLSTATE || !detail) return null;
  const refused = JSON.parse(detail) as RateLimited;
  return { keyIndex: refused.keyIndex, retryAfterSeconds: refused.retryAfterSeconds, limit: refused.limit };
}

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
   * Whether `guard` decides inside the statement it guards (PostgreSQL), so that the rule may
   * depend on what the statement reads (`maxWhen`); otherwise (Redis) it decides before it.
   */
  abstract readonly decidesInStatement: boolean;

  /**
   * Inside the caller's transaction: refuses when any key is within `minGapSeconds` of its last
   * hit or holds `max` hits in the window; otherwise records one hit on every key.
   */
  abstract take(manager: EntityManager, keys: readonly string[], rule: RateRule, now: Date): Promise<RateDecision>;

  /**
   * For a write that is one statement, with no transaction around it (a comment: comments.service).
   * PostgreSQL: the take as a piece of that statement (`guard.piece`, see StatementGuard), decided
   * when it runs; a refusal fails the statement (read it with `refusalIn`) and nothing of it stays.
   * Redis: the take, made now; a refusal is answered here, and the ticket is to `forget` if the
   * statement fails.
   *
   * `maxWhen`, only where `decidesInStatement`: an SQL condition of the guarded statement under
   * which `rule.max` applies (otherwise the take counts against no maximum), such as a comment's
   * author being new, which the statement itself reads.
   */
  abstract guard(keys: readonly string[], rule: RateRule, now: Date, maxWhen?: string): Promise<GuardDecision>;

  /** Takes back a hit whose change rolled back (PostgreSQL's rolled back with it). */
  abstract forget(ticket: RateTicket): Promise<void>;

  /** Whether the store answers (readiness). */
  abstract ping(): Promise<boolean>;
}
