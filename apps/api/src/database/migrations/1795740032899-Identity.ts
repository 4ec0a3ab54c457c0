import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795740032899 implements MigrationInterface {
  name = 'Identity1795740032899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(40) NOT NULL, "kind" character varying(20) NOT NULL, "iso_code" character varying(6), "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_organization_iso_code" CHECK ("iso_code" IS NULL OR "iso_code" ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'), CONSTRAINT "CHK_organization_kind" CHECK ("kind" IN ('national','regional','local','police','prosecutor','other')), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organization_name" ON "organization"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organization_short_name" ON "organization"  ("short_name") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organization_iso_code" ON "organization"  ("iso_code") WHERE "iso_code" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_organization_parent" ON "organization"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid, "actor_email" character varying(254), "action" character varying(80) NOT NULL, "object_type" character varying(40), "object_id" character varying(254), "ip" character varying(64), "request_id" character varying(128), "details" jsonb NOT NULL DEFAULT '{}'::jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_action_ip" ON "audit_event"  ("action", "ip", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_action_object" ON "audit_event"  ("action", "object_id", "occurred_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_occurred_at" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "clearance" character varying(20) NOT NULL DEFAULT 'GREEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_membership_user_organization" UNIQUE ("user_id", "organization_id"), CONSTRAINT "CHK_membership_clearance" CHECK ("clearance" IN ('CLEAR','GREEN','AMBER','AMBER+STRICT','RED')), CONSTRAINT "CHK_membership_role" CHECK ("role" IN ('leader','staff','analyst')), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_membership_organization" ON "membership"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" text NOT NULL, "platform_roles" text array NOT NULL DEFAULT '{}', "disabled_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_refresh_token_family" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_refresh_token_user" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_refresh_token_hash" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "sharing_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_d3b47e4b573c91616a5a4850fc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sharing_group_name" ON "sharing_group"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "sharing_group_member" ("sharing_group_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_a327bde96c7c3f4f2fd909678b9" PRIMARY KEY ("sharing_group_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_afa18a611f5116011f673f7714" ON "sharing_group_member"  ("sharing_group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d55d4e3f207fd655c62eb0d16" ON "sharing_group_member"  ("organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_organization_parent" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_membership_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sharing_group_member" ADD CONSTRAINT "FK_sgm_group" FOREIGN KEY ("sharing_group_id") REFERENCES "sharing_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "sharing_group_member" ADD CONSTRAINT "FK_sgm_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_email_lower" CHECK ("email" = lower("email"))`,
    );
    // The audit log is append-only, enforced by the database whoever connects.
    await queryRunner.query(`CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_no_update_delete" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_email_lower"`);
    await queryRunner.query(`ALTER TABLE "sharing_group_member" DROP CONSTRAINT "FK_sgm_organization"`);
    await queryRunner.query(`ALTER TABLE "sharing_group_member" DROP CONSTRAINT "FK_sgm_group"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_membership_organization"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_membership_user"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_organization_parent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d55d4e3f207fd655c62eb0d16"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afa18a611f5116011f673f7714"`);
    await queryRunner.query(`DROP TABLE "sharing_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_sharing_group_name"`);
    await queryRunner.query(`DROP TABLE "sharing_group"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_refresh_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_token_family"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_membership_organization"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_action_object"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_action_ip"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organization_parent"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organization_iso_code"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organization_short_name"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organization_name"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
