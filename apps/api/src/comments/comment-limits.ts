import { ApiError } from '../common/api-error';
import type { WithResponseHeaders } from '../common/api-exception.filter';
import type { EntityManager } from 'typeorm';

/** At most one comment per address and per network in this many seconds. */
export const COMMENT_BURST_SECONDS = 15;
/** A new author (no approved comment yet) sends at most this many a day, per address and per network. */
export const NEW_AUTHOR_DAILY_LIMIT = 10;

// Advisory lock classes: the address first, then the network, always in that order.
const EMAIL_LOCK = 7401;
const IP_LOCK = 7402;

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
 * The comment rate limits, counted on the stored comments themselves (PostgreSQL, so every
 * instance sees the same counts) under transaction-scoped advisory locks on the address and the
 * network: two parallel submissions from one author are counted one after the other. Times come
 * from the domain clock, as the comments' `created_at` does.
 */
export async function assertWithinLimits(
  manager: EntityManager,
  keys: { email: string; ipHash: string | null; newAuthor: boolean; now: Date },
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [EMAIL_LOCK, keys.email]);
  if (keys.ipHash) await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IP_LOCK, keys.ipHash]);
  const scopes: ['email' | 'ip', string][] = [['email', keys.email]];
  if (keys.ipHash) scopes.push(['ip', keys.ipHash]);
  for (const [scope, value] of scopes) {
    const column = scope === 'email' ? 'author_email' : 'ip_hash';
    const [r]: { last: Date | null; day: number; oldest: Date | null }[] = await manager.query(
      `SELECT max(created_at) AS last,
              count(*)::int AS day,
              min(created_at) FILTER (WHERE true) AS oldest
         FROM (SELECT created_at FROM announcement_comment
                WHERE ${column} = $1 AND created_at > $2::timestamptz - interval '1 day'
                ORDER BY created_at DESC LIMIT $3) recent`,
      [value, keys.now, NEW_AUTHOR_DAILY_LIMIT],
    );
    if (r.last) {
      const wait = Math.ceil((r.last.getTime() + COMMENT_BURST_SECONDS * 1000 - keys.now.getTime()) / 1000);
      if (wait > 0) throw new CommentRateLimited(wait, scope, 'burst');
    }
    if (keys.newAuthor && r.day >= NEW_AUTHOR_DAILY_LIMIT && r.oldest) {
      // The oldest of the last ten has to age out of the day.
      const wait = Math.ceil((r.oldest.getTime() + 86_400_000 - keys.now.getTime()) / 1000);
      if (wait > 0) throw new CommentRateLimited(wait, scope, 'day');
    }
  }
}
