import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The realtime module's event log: every event published (inside the writer's transaction) gets
 * a row whose id is the SSE event id; clients that reconnect replay from it. `realtime_retention`
 * holds one row: the highest id pruned, so that a client asking for older events is told to reload.
 */
export class Realtime1796210000000 implements MigrationInterface {
  name = 'Realtime1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "realtime_event" ("id" bigserial NOT NULL, "topic" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_realtime_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_realtime_event_topic" ON "realtime_event" ("topic", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_realtime_event_created" ON "realtime_event" ("created_at")`);
    await queryRunner.query(
      `CREATE TABLE "realtime_retention" ("singleton" boolean NOT NULL DEFAULT true, "pruned_through" bigint NOT NULL DEFAULT 0, CONSTRAINT "CHK_realtime_retention_singleton" CHECK ("singleton"), CONSTRAINT "PK_realtime_retention" PRIMARY KEY ("singleton"))`,
    );
    await queryRunner.query(`INSERT INTO "realtime_retention" DEFAULT VALUES`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "realtime_retention"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_realtime_event_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_realtime_event_topic"`);
    await queryRunner.query(`DROP TABLE "realtime_event"`);
  }
}
