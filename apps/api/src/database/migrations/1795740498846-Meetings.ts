import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795740498846 implements MigrationInterface {
  name = 'Meetings1795740498846';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feed_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_calendar_feed_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_calendar_feed_token_user" ON "calendar_feed_token"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_calendar_feed_token_hash" ON "calendar_feed_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "to_name" character varying(120), "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "kind" character varying(40) NOT NULL, "meeting_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_email_outbox_status" CHECK ("status" IN ('pending','sent','failed')), CONSTRAINT "PK_email_outbox" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_email_outbox_due" ON "email_outbox"  ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "meeting_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notification_meeting" ON "notification"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_user_unread" ON "notification"  ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_user_created" ON "notification"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "host_agency_id" uuid NOT NULL, "convener_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE, "ends_at" TIMESTAMP WITH TIME ZONE, "time_zone" character varying(64) NOT NULL DEFAULT 'America/Lima', "venue_name" character varying(200), "venue_address" character varying(300), "venue_city" character varying(120), "online_url" character varying(2000), "visibility" character varying(10) NOT NULL DEFAULT 'internal', "status" character varying(20) NOT NULL DEFAULT 'draft', "cancellation_reason" character varying(1000), "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_meeting_cancel_reason" CHECK ("status" <> 'cancelled' OR "cancellation_reason" IS NOT NULL), CONSTRAINT "CHK_meeting_scheduled_has_time" CHECK ("status" IN ('draft','cancelled') OR "starts_at" IS NOT NULL), CONSTRAINT "CHK_meeting_times" CHECK (("starts_at" IS NULL AND "ends_at" IS NULL) OR ("starts_at" IS NOT NULL AND "ends_at" > "starts_at")), CONSTRAINT "CHK_meeting_visibility" CHECK ("visibility" IN ('internal','public')), CONSTRAINT "CHK_meeting_status" CHECK ("status" IN ('draft','scheduled','in_progress','concluded','cancelled')), CONSTRAINT "PK_meeting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meeting_host_agency" ON "meeting"  ("host_agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_meeting_convener" ON "meeting"  ("convener_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_meeting_starts_at" ON "meeting"  ("starts_at") `);
    // The conflict search asks "which live meetings overlap this range?"; a GiST index on the
    // range answers that without scanning (the query repeats this index's WHERE).
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_time_range" ON "meeting" USING gist (tstzrange("starts_at", "ends_at", '[)')) WHERE "starts_at" IS NOT NULL AND "status" <> 'cancelled'`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "rsvp" character varying(10) NOT NULL DEFAULT 'pending', "note" character varying(1000), "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by_id" uuid, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_meeting_invitation_meeting_agency" UNIQUE ("meeting_id", "organization_id"), CONSTRAINT "CHK_meeting_invitation_rsvp" CHECK ("rsvp" IN ('pending','accepted','tentative','declined')), CONSTRAINT "PK_meeting_invitation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_invitation_agency" ON "meeting_invitation"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_delegate" ("invitation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, CONSTRAINT "PK_meeting_delegate" PRIMARY KEY ("invitation_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meeting_delegate_meeting" ON "meeting_delegate"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_delegate_user" ON "meeting_delegate"  ("user_id", "meeting_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_poll" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "chosen_slot_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_meeting_poll" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_meeting_poll_meeting" ON "meeting_poll"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_poll_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "position" smallint NOT NULL, CONSTRAINT "UQ_meeting_poll_slot_position" UNIQUE ("poll_id", "position"), CONSTRAINT "CHK_meeting_poll_slot_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_meeting_poll_slot" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_poll_answer" ("slot_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "poll_id" uuid NOT NULL, "answer" character varying(12) NOT NULL, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_meeting_poll_answer" CHECK ("answer" IN ('yes','if_need_be','no')), CONSTRAINT "PK_meeting_poll_answer" PRIMARY KEY ("slot_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_poll_answer_poll_agency" ON "meeting_poll_answer"  ("poll_id", "organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed_token" ADD CONSTRAINT "FK_calendar_feed_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_host_agency" FOREIGN KEY ("host_agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_convener" FOREIGN KEY ("convener_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_responded_by" FOREIGN KEY ("responded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_delegate" ADD CONSTRAINT "FK_meeting_delegate_invitation" FOREIGN KEY ("invitation_id") REFERENCES "meeting_invitation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_delegate" ADD CONSTRAINT "FK_meeting_delegate_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_delegate" ADD CONSTRAINT "FK_meeting_delegate_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll" ADD CONSTRAINT "FK_meeting_poll_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll" ADD CONSTRAINT "FK_meeting_poll_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll_slot" ADD CONSTRAINT "FK_meeting_poll_slot_poll" FOREIGN KEY ("poll_id") REFERENCES "meeting_poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll_answer" ADD CONSTRAINT "FK_meeting_poll_answer_slot" FOREIGN KEY ("slot_id") REFERENCES "meeting_poll_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll_answer" ADD CONSTRAINT "FK_meeting_poll_answer_poll" FOREIGN KEY ("poll_id") REFERENCES "meeting_poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll_answer" ADD CONSTRAINT "FK_meeting_poll_answer_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_poll_answer" ADD CONSTRAINT "FK_meeting_poll_answer_answered_by" FOREIGN KEY ("answered_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_poll_answer" DROP CONSTRAINT "FK_meeting_poll_answer_answered_by"`);
    await queryRunner.query(`ALTER TABLE "meeting_poll_answer" DROP CONSTRAINT "FK_meeting_poll_answer_organization"`);
    await queryRunner.query(`ALTER TABLE "meeting_poll_answer" DROP CONSTRAINT "FK_meeting_poll_answer_poll"`);
    await queryRunner.query(`ALTER TABLE "meeting_poll_answer" DROP CONSTRAINT "FK_meeting_poll_answer_slot"`);
    await queryRunner.query(`ALTER TABLE "meeting_poll_slot" DROP CONSTRAINT "FK_meeting_poll_slot_poll"`);
    await queryRunner.query(`ALTER TABLE "meeting_poll" DROP CONSTRAINT "FK_meeting_poll_created_by"`);
    await queryRunner.query(`ALTER TABLE "meeting_poll" DROP CONSTRAINT "FK_meeting_poll_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_delegate" DROP CONSTRAINT "FK_meeting_delegate_user"`);
    await queryRunner.query(`ALTER TABLE "meeting_delegate" DROP CONSTRAINT "FK_meeting_delegate_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_delegate" DROP CONSTRAINT "FK_meeting_delegate_invitation"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitation" DROP CONSTRAINT "FK_meeting_invitation_invited_by"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitation" DROP CONSTRAINT "FK_meeting_invitation_responded_by"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitation" DROP CONSTRAINT "FK_meeting_invitation_organization"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitation" DROP CONSTRAINT "FK_meeting_invitation_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_meeting_convener"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_meeting_host_agency"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_user"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed_token" DROP CONSTRAINT "FK_calendar_feed_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_poll_answer_poll_agency"`);
    await queryRunner.query(`DROP TABLE "meeting_poll_answer"`);
    await queryRunner.query(`DROP TABLE "meeting_poll_slot"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_meeting_poll_meeting"`);
    await queryRunner.query(`DROP TABLE "meeting_poll"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_delegate_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_delegate_meeting"`);
    await queryRunner.query(`DROP TABLE "meeting_delegate"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_invitation_agency"`);
    await queryRunner.query(`DROP TABLE "meeting_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_time_range"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_convener"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_host_agency"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_user_unread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_meeting"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_email_outbox_due"`);
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_calendar_feed_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_calendar_feed_token_user"`);
    await queryRunner.query(`DROP TABLE "calendar_feed_token"`);
  }
}
