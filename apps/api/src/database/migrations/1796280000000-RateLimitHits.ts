import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hits of the shared rate limits when PostgreSQL is their store (no REDIS_URL): one row per
 * key and hit, kept until it no longer counts (common/rate-limit/pg-rate-limiter.ts).
 */
export class RateLimitHits1796280000000 implements MigrationInterface {
  name = 'RateLimitHits1796280000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_hit" ("id" bigserial NOT NULL, "key" character varying(300) NOT NULL, "hit_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_rate_limit_hit" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_hit_key" ON "rate_limit_hit" ("key", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_hit_expires" ON "rate_limit_hit" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_hit"`);
  }
}
