import { Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../api-error';
import { type GuardDecision, type RateDecision, RateLimiter, type RateRule, type RateTicket } from './rate-limiter';

/**
 * Checks every key, then records the hit on all of them, in one script (atomic in Redis).
 * KEYS: one sorted set per key (score = hit time in epoch ms, member = the hit's id).
 * ARGV: now ms, least gap ms, window ms, max (0: none), hit id.
 * Returns nil when recorded, else { key index (1-based), wait ms, 1 = gap | 2 = max }.
 * The same decision as PostgreSQL's `rate_limit_try` (migration RateLimitDecision).
 */
const TAKE_SCRIPT = `
local now = tonumber(ARGV[1])
local gap = tonumber(ARGV[2])
local win = tonumber(ARGV[3])
local max = tonumber(ARGV[4])
local since = '(' .. (now - win)
for i, key in ipairs(KEYS) do
  local last = redis.call('ZREVRANGEBYSCORE', key, '+inf', since, 'WITHSCORES', 'LIMIT', 0, 1)
  if gap > 0 and last[2] then
    local wait = tonumber(last[2]) + gap - now
    if wait > 0 then return { i, wait, 1 } end
  end
  if max > 0 then
    local nth = redis.call('ZREVRANGEBYSCORE', key, '+inf', since, 'WITHSCORES', 'LIMIT', max - 1, 1)
    if nth[2] then
      local wait = tonumber(nth[2]) + win - now
      if wait > 0 then return { i, wait, 2 } end
    end
  end
end
for _, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - win)
  redis.call('ZADD', key, now, ARGV[5])
  redis.call('PEXPIRE', key, win)
end
return false
`;

type TakeCommand = (numKeys: number, ...keysAndArgs: (string | number)[]) => Promise<[number, number, number] | null>;

/**
 * The Redis store (`REDIS_URL`): one sorted set of hits per key, checked and written by one Lua
 * script, so instances share the counts without a row per hit in PostgreSQL. Not part of the
 * caller's transaction: a hit whose change rolls back is taken back with `forget`. Redis being
 * away is a 503 (`common.unavailable`), never a request let through unlimited.
 */
export class RedisRateLimiter extends RateLimiter implements OnApplicationShutdown {
  readonly store = 'redis' as const;
  readonly decidesInStatement = false;
  private readonly logger = new Logger('RateLimiter');
  private readonly take_: TakeCommand;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    super();
    redis.defineCommand('cumbreRateTake', { lua: TAKE_SCRIPT });
    this.take_ = (redis as unknown as { cumbreRateTake: TakeCommand }).cumbreRateTake.bind(redis);
    redis.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'redis'));
  }

  static connect(url: string, prefix: string): RedisRateLimiter {
    return new RedisRateLimiter(
      new Redis(url, {
        // A request waits for one reconnection at most, then gets its 503.
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
      }),
      prefix,
    );
  }

  async take(
    _manager: EntityManager | null,
    keys: readonly string[],
    rule: RateRule,
    now: Date,
  ): Promise<RateDecision> {
    const hitId = randomUUID();
    const redisKeys = keys.map((k) => this.key(k));
    const answer = await this.call(() =>
      this.take_(
        redisKeys.length,
        ...redisKeys,
        now.getTime(),
        rule.minGapSeconds * 1000,
        rule.windowSeconds * 1000,
        rule.max ?? 0,
        hitId,
      ),
    );
    if (!answer) return { ok: true, ticket: { keys: [...keys], hitId } };
    const [index, waitMs, limit] = answer;
    return {
      ok: false,
      limited: {
        keyIndex: Number(index) - 1,
        retryAfterSeconds: Math.ceil(Number(waitMs) / 1000),
        limit: limit === 1 ? 'gap' : 'max',
      },
    };
  }

  /** The take, made now: the statement it guards has nothing to run for it. */
  async guard(keys: readonly string[], rule: RateRule, now: Date, maxWhen?: string): Promise<GuardDecision> {
    if (maxWhen !== undefined) throw new Error('rate limit: Redis decides before the statement; maxWhen cannot apply');
    const decision = await this.take(null, keys, rule, now);
    return decision.ok ? { ok: true, guard: { piece: null, ticket: decision.ticket } } : decision;
  }

  async forget(ticket: RateTicket): Promise<void> {
    const multi = this.redis.multi();
    for (const key of ticket.keys) multi.zrem(this.key(key), ticket.hitId);
    await this.call(() => multi.exec());
  }

  async ping(): Promise<boolean> {
    return (await this.redis.ping()) === 'PONG';
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private key(key: string): string {
    return `${this.prefix}rl:${key}`;
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'rate-limit store failed');
      const unavailable = new ApiError(
        'common.unavailable',
        'The rate-limit store is not available right now; try again in a few seconds',
      ) as ApiError & { responseHeaders: Record<string, string> };
      unavailable.responseHeaders = { 'retry-after': '5' };
      throw unavailable;
    }
  }
}
