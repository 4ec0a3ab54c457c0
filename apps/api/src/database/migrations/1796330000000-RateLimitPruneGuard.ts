import { MigrationInterface, QueryRunner } from 'typeorm';
import { RATE_LIMIT_TAKE_V1 } from './1796320000000-OneTripWrites';

/**
 * `rate_limit_take` prunes (every 16th take of an instance) only when the oldest hit has expired:
 * `min(expires_at)` is one step down the index, whatever the table's statistics say. Before,
 * the prune's DELETE ran each time, and on a table whose statistics were taken while it was
 * empty (a fresh database, the benchmark's) PostgreSQL planned it as a scan of every row: in one
 * small benchmark run, 706 prunes read 8 million rows and found nothing to delete.
 */
export class RateLimitPruneGuard1796330000000 implements MigrationInterface {
  name = 'RateLimitPruneGuard1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION rate_limit_take(p_keys text[], p_hit uuid, p_at timestamptz, p_window_secs integer,
                                                 p_nth integer, p_lock_class integer, p_prune integer)
      RETURNS TABLE (hit_key text, last_at timestamptz, hits integer, nth_at timestamptz)
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        oldest timestamptz;
      BEGIN
        -- The keys' locks, taken in sorted order so that two takes never cross.
        PERFORM pg_advisory_xact_lock(p_lock_class, hashtext(k))
           FROM (SELECT DISTINCT k FROM unnest(p_keys) AS k ORDER BY k) AS sorted;
        -- EXECUTE: planned on each call for the table as it is now. A plan PL/pgSQL kept would be
        -- the one made while the table was small (a sequential scan), kept as it grows.
        IF p_prune > 0 THEN
          EXECUTE 'SELECT min(expires_at) FROM rate_limit_hit' INTO oldest;
          IF oldest <= p_at THEN
            EXECUTE 'DELETE FROM rate_limit_hit WHERE id IN (
                       SELECT id FROM rate_limit_hit WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2
                          FOR UPDATE SKIP LOCKED)' USING p_at, p_prune;
          END IF;
        END IF;
        RETURN QUERY EXECUTE
          'SELECT h.key::text, max(h.at), count(*)::integer, (array_agg(h.at ORDER BY h.at DESC))[$4]
             FROM rate_limit_hit h
            WHERE h.key = ANY ($1) AND h.at > $2 - make_interval(secs => $3)
            GROUP BY h.key' USING p_keys, p_at, p_window_secs, p_nth;
        INSERT INTO rate_limit_hit (key, hit_id, at, expires_at)
          SELECT DISTINCT k, p_hit, p_at, p_at + make_interval(secs => p_window_secs) FROM unnest(p_keys) AS k;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(RATE_LIMIT_TAKE_V1);
  }
}
