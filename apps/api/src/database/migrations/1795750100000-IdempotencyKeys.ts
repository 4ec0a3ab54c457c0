import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of creating requests, with the stored first response. */
export class IdempotencyKeys1795750100000 implements MigrationInterface {
  name = 'IdempotencyKeys1795750100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("key" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "route" character varying(500) NOT NULL, "request_hash" character(64) NOT NULL, "status" character varying(12) NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("user_id", "key"), CONSTRAINT "FK_idempotency_key_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE, CONSTRAINT "CHK_idempotency_key_status" CHECK ("status" IN ('pending', 'completed')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_key_created" ON "idempotency_key" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
