import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL rate limiter decides in the database (common/rate-limit/pg-rate-limiter.ts):
 *
 * - `rate_limit_try` takes a hit on every key (`rate_limit_take`: the keys' locks, the window's
 *   hits) and decides: too soon after a key's last hit, or a key's `max` hits in the window, and
 *   it removes its hit and answers the refusal (the key's index in `p_keys`, 0-based; the seconds
 *   to wait; `gap` or `max`); otherwise it answers no row and the hit stays. The same decision as
 *   the Redis store's script (redis-rate-limiter.ts), key by key in order, the gap first. One
 *   round trip inside a transaction, where the decision in the API took a second to delete a
 *   refused hit.
 * - `rate_limit_require` is the same take for a write that is one statement, without a
 *   transaction around it: it fails the statement when refused (SQLSTATE CU429, the refusal as
 *   JSON in the error's detail), so that nothing the statement wrote stays, its hit included.
 */
export class RateLimitDecision1796340000000 implements MigrationInterface {
  name = 'RateLimitDecision1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION rate_limit_try(p_keys text[], p_hit uuid, p_at timestamptz, p_window_secs integer,
                                     p_min_gap_secs integer, p_max integer, p_lock_class integer, p_prune integer)
      RETURNS TABLE (key_index integer, retry_after integer, limit_kind text)
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        hit_keys text[];
        lasts timestamptz[];
        counts integer[];
        nths timestamptz[];
        j integer;
        wait_secs numeric;
        kind text;
      BEGIN
        SELECT array_agg(t.hit_key), array_agg(t.last_at), array_agg(t.hits), array_agg(t.nth_at)
          INTO hit_keys, lasts, counts, nths
          FROM rate_limit_take(ARRAY(SELECT DISTINCT k FROM unnest(p_keys) AS k), p_hit, p_at, p_window_secs,
                               GREATEST(1, COALESCE(p_max, 1)), p_lock_class, p_prune) AS t;
        FOR i IN 1 .. COALESCE(array_length(p_keys, 1), 0) LOOP
          j := array_position(hit_keys, p_keys[i]);
          CONTINUE WHEN j IS NULL;
          -- Too soon after the key's last hit; else, the window full (its max-th newest hit
          -- has to age out first).
          wait_secs := NULL;
          IF p_min_gap_secs > 0 THEN
            wait_secs := extract(epoch FROM lasts[j] + make_interval(secs => p_min_gap_secs) - p_at);
            kind := 'gap';
          END IF;
          IF COALESCE(wait_secs, 0) <= 0 AND p_max IS NOT NULL AND counts[j] >= p_max AND nths[j] IS NOT NULL THEN
            wait_secs := extract(epoch FROM nths[j] + make_interval(secs => p_window_secs) - p_at);
            kind := 'max';
          END IF;
          IF wait_secs > 0 THEN
            -- By key and time first: the index on (key, at) finds the hit's rows at once.
            DELETE FROM rate_limit_hit WHERE key = ANY (p_keys) AND at = p_at AND hit_id = p_hit;
            RETURN QUERY SELECT i - 1, ceil(wait_secs)::integer, kind;
            RETURN;
          END IF;
        END LOOP;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION rate_limit_require(p_keys text[], p_hit uuid, p_at timestamptz, p_window_secs integer,
                                         p_min_gap_secs integer, p_max integer, p_lock_class integer, p_prune integer)
      RETURNS boolean
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        refused record;
      BEGIN
        SELECT * INTO refused FROM rate_limit_try(p_keys, p_hit, p_at, p_window_secs, p_min_gap_secs, p_max,
                                                  p_lock_class, p_prune);
        IF FOUND THEN
          RAISE EXCEPTION 'rate limited' USING ERRCODE = 'CU429',
            DETAIL = json_build_object('keyIndex', refused.key_index, 'retryAfterSeconds', refused.retry_after,
                                       'limit', refused.limit_kind)::text;
        END IF;
        RETURN true;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP FUNCTION rate_limit_require(text[], uuid, timestamptz, integer, integer, integer, integer, integer)',
    );
    await queryRunner.query(
      'DROP FUNCTION rate_limit_try(text[], uuid, timestamptz, integer, integer, integer, integer, integer)',
    );
  }
}
