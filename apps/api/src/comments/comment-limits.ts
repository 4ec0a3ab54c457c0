import { ApiError } from '../common/api-error';
import type { WithResponseHeaders } from '../common/api-exception.filter';
import {
  type RateLimited,
  type RateLimiter,
  type RateRule,
  refusalIn,
  type StatementGuard,
} from '../common/rate-limit/rate-limiter';

/** At most one comment per address and per network in this many seconds. */
export const COMMENT_BURST_SECONDS = 15;
/** A new author (no approved comment yet) sends at most this many a day, per address and per network. */
export const NEW_AUTHOR_DAILY_LIMIT = 10;
const DAY_SECONDS = 86_400;

/** 429 `comment.rate_limited`, with Retry-After. */
export class CommentRateLimited extends ApiError implements WithResponseHeaders {
  readonly responseHeaders: Record<string, string>;
  constructor(retryAfterSeconds: number, scope: 'ip' | 'email', window: 'burst' | 'day') {
    super('comment.rate_limited', `too many comments; try again in ${retryAfterSeconds} s`, {
      params: { retryAfterSeconds, scope, window },
    });
    this.responseHeaders = { 'Retry-After': String(retryAfterSeconds) };
  }
}

/**
 * Whether the author is new (no approved comment yet): known before the statement, or an SQL
 * condition the guarded statement decides (`NEW_AUTHOR_FACT`, where the limiter decides there).
 */
export type NewAuthor = boolean | { sql: string };

/** A comment's keys (its address, its network) and the rule they are held to. */
function commentRate(keys: { email: string; ipHash: string | null; newAuthor: NewAuthor }) {
  const scopes: ('email' | 'ip')[] = ['email'];
  const rateKeys = [`comment:email:${keys.email}`];
  if (keys.ipHash) {
    scopes.push('ip');
    rateKeys.push(`comment:ip:${keys.ipHash}`);
  }
  const rule: RateRule = {
    minGapSeconds: COMMENT_BURST_SECONDS,
    windowSeconds: DAY_SECONDS,
    max: keys.newAuthor === false ? null : NEW_AUTHOR_DAILY_LIMIT,
  };
  const refused = ({ keyIndex, retryAfterSeconds, limit }: RateLimited) =>
    new CommentRateLimited(retryAfterSeconds, scopes[keyIndex], limit === 'gap' ? 'burst' : 'day');
  return { rateKeys, rule, refused };
}

/**
 * The comment rate limits, on the shared rate limiter (PostgreSQL or Redis, common/rate-limit/),
 * so that every instance counts the same comments: one per address (e-mail) and per network in
 * COMMENT_BURST_SECONDS, and a new author at most NEW_AUTHOR_DAILY_LIMIT a day on each. Every
 * accepted comment is a hit; the daily count applies to new authors only. Two parallel
 * submissions from one author are decided one after the other. Times are the domain clock's,
 * as the comments' `created_at` is.
 *
 * For a comment stored in one statement (RateLimiter.guard): the guard to run in it, and
 * `refusal` to read the statement's failure (a CommentRateLimited, or null when it failed for
 * another reason). A refusal known before the statement (Redis) is thrown here; then the guard's
 * ticket is to `forget` if the comment is not stored.
 */
export async function guardWithinLimits(
  limiter: RateLimiter,
  keys: { email: string; ipHash: string | null; newAuthor: NewAuthor; now: Date },
): Promise<{ guard: StatementGuard; refusal: (err: unknown) => CommentRateLimited | null }> {
  const { rateKeys, rule, refused } = commentRate(keys);
  const maxWhen = typeof keys.newAuthor === 'object' ? keys.newAuthor.sql : undefined;
  const decision = await limiter.guard(rateKeys, rule, keys.now, maxWhen);
  if (!decision.ok) throw refused(decision.limited);
  return {
    guard: decision.guard,
    refusal: (err) => {
      const limited = refusalIn(err);
      return limited ? refused(limited) : null;
    },
  };
}
