import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP secret, hashed single-use recovery codes), sign-in sessions with
 * where and when they started (for "my sessions"), and hashed single-use password-reset tokens.
 */
export class AccountSecurity1795750200000 implements MigrationInterface {
  name = 'AccountSecurity1795750200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_totp" ("user_id" uuid NOT NULL, "secret" character varying(64) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_user_totp" PRIMARY KEY ("user_id"), CONSTRAINT "FK_user_totp_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_user_recovery_code" PRIMARY KEY ("id"), CONSTRAINT "FK_user_recovery_code_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_recovery_code" ON "user_recovery_code" ("user_id", "code_hash")`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "ip" character varying(64), "user_agent" character varying(500), "two_factor_enrolment_only" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_auth_session" PRIMARY KEY ("id"), CONSTRAINT "FK_auth_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_user" ON "auth_session" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_password_reset_token" PRIMARY KEY ("id"), CONSTRAINT "FK_password_reset_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_password_reset_token_hash" ON "password_reset_token" ("token_hash")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_token_user" ON "password_reset_token" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP TABLE "user_recovery_code"`);
    await queryRunner.query(`DROP TABLE "user_totp"`);
  }
}
