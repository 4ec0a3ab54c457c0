import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts recorded before the password is checked (so parallel guesses count), and the
 * devices that signed in successfully (so the owner keeps a way in while others are locked out).
 */
export class SignInAttempts1795750000000 implements MigrationInterface {
  name = 'SignInAttempts1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" bigserial NOT NULL, "kind" character varying(20) NOT NULL, "account_key" character varying(254) NOT NULL, "ip" character varying(64), "device_id" uuid, "outcome" character varying(12) NOT NULL DEFAULT 'pending', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_sign_in_attempt" PRIMARY KEY ("id"), CONSTRAINT "CHK_sign_in_attempt_outcome" CHECK ("outcome" IN ('pending', 'failed', 'succeeded')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sign_in_attempt_account" ON "sign_in_attempt" ("kind", "account_key", "occurred_at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_attempt_ip" ON "sign_in_attempt" ("kind", "ip", "occurred_at")`);
    await queryRunner.query(
      `CREATE TABLE "sign_in_device" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sign_in_device" PRIMARY KEY ("id"), CONSTRAINT "FK_sign_in_device_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sign_in_device_token" ON "sign_in_device" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_device_user" ON "sign_in_device" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_device"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
  }
}
