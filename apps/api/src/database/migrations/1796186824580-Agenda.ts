import { MigrationInterface, QueryRunner } from 'typeorm';

export class Agenda1796186824580 implements MigrationInterface {
  name = 'Agenda1796186824580';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agenda" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "published_version_no" integer, "secretary_user_id" uuid, "minutes_published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_agenda_meeting" UNIQUE ("meeting_id"), CONSTRAINT "CHK_agenda_published_has_number" CHECK ("status" = 'draft' OR "published_version_no" IS NOT NULL), CONSTRAINT "CHK_agenda_status" CHECK ("status" IN ('draft','published')), CONSTRAINT "PK_agenda" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_id" uuid NOT NULL, "parent_id" uuid, "kind" character varying(20) NOT NULL, "position" integer, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "presenter_agency_id" uuid, "presenter_user_id" uuid, "planned_minutes" integer NOT NULL, "proposal_status" character varying(10) NOT NULL DEFAULT 'accepted', "proposed_by_id" uuid, "proposed_by_agency_id" uuid, "rejection_reason" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_agenda_item_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "CHK_agenda_item_placed" CHECK (("proposal_status" = 'accepted') = ("position" IS NOT NULL)), CONSTRAINT "CHK_agenda_item_section_top" CHECK ("kind" <> 'section' OR "parent_id" IS NULL), CONSTRAINT "CHK_agenda_item_minutes" CHECK ("planned_minutes" BETWEEN 1 AND 1440), CONSTRAINT "CHK_agenda_item_proposal_status" CHECK ("proposal_status" IN ('accepted','proposed','rejected')), CONSTRAINT "CHK_agenda_item_kind" CHECK ("kind" IN ('section','information','discussion','decision','presentation')), CONSTRAINT "PK_agenda_item" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agenda_item_proposed_by_agency" ON "agenda_item"  ("proposed_by_agency_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agenda_item_siblings" ON "agenda_item"  ("agenda_id", "parent_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "what" character varying(1000) NOT NULL, "owner_agency_id" uuid NOT NULL, "owner_user_id" uuid, "due_date" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_action_item_status" CHECK ("status" IN ('open','in_progress','done','blocked')), CONSTRAINT "PK_action_item" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_action_item_item" ON "action_item"  ("item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_action_item_meeting" ON "action_item"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_action_item_owner_due" ON "action_item"  ("owner_agency_id", "due_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "action_item_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_item_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "from_status" character varying(12), "to_status" character varying(12), "comment" character varying(2000), "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_action_item_event_kind" CHECK ("kind" IN ('created','status','comment')), CONSTRAINT "PK_action_item_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_action_item_event_item" ON "action_item_event"  ("action_item_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item_minutes" ("item_id" uuid NOT NULL, "notes" text NOT NULL DEFAULT '', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_agenda_item_minutes" PRIMARY KEY ("item_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_id" uuid NOT NULL, "number" integer NOT NULL, "snapshot" jsonb NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_agenda_version_number" UNIQUE ("agenda_id", "number"), CONSTRAINT "PK_agenda_version" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "text" character varying(4000) NOT NULL, "endorsed_agency_ids" uuid array NOT NULL DEFAULT '{}', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_decision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_decision_item" ON "decision"  ("item_id") `);
    await queryRunner.query(
      `ALTER TABLE "agenda" ADD CONSTRAINT "FK_agenda_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda" ADD CONSTRAINT "FK_agenda_secretary" FOREIGN KEY ("secretary_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_agenda_item_agenda" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_agenda_item_parent" FOREIGN KEY ("parent_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_agenda_item_presenter_agency" FOREIGN KEY ("presenter_agency_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_agenda_item_presenter_user" FOREIGN KEY ("presenter_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_agenda_item_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_agenda_item_proposed_by_agency" FOREIGN KEY ("proposed_by_agency_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_action_item_item" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_action_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_action_item_owner_agency" FOREIGN KEY ("owner_agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_action_item_owner_user" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_event" ADD CONSTRAINT "FK_action_item_event_action_item" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_event" ADD CONSTRAINT "FK_action_item_event_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_minutes" ADD CONSTRAINT "FK_agenda_item_minutes_item" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_minutes" ADD CONSTRAINT "FK_agenda_item_minutes_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_version" ADD CONSTRAINT "FK_agenda_version_agenda" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_version" ADD CONSTRAINT "FK_agenda_version_published_by" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "FK_decision_item" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "FK_decision_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // A published version is what the agencies were sent: no code path may rewrite it.
    await queryRunner.query(`CREATE FUNCTION agenda_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published agenda version is immutable' USING ERRCODE = 'check_violation';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_agenda_version_immutable" BEFORE UPDATE ON "agenda_version" FOR EACH ROW EXECUTE FUNCTION agenda_version_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_agenda_version_immutable" ON "agenda_version"`);
    await queryRunner.query(`DROP FUNCTION agenda_version_immutable()`);
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_decision_created_by"`);
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_decision_item"`);
    await queryRunner.query(`ALTER TABLE "agenda_version" DROP CONSTRAINT "FK_agenda_version_published_by"`);
    await queryRunner.query(`ALTER TABLE "agenda_version" DROP CONSTRAINT "FK_agenda_version_agenda"`);
    await queryRunner.query(`ALTER TABLE "agenda_item_minutes" DROP CONSTRAINT "FK_agenda_item_minutes_updated_by"`);
    await queryRunner.query(`ALTER TABLE "agenda_item_minutes" DROP CONSTRAINT "FK_agenda_item_minutes_item"`);
    await queryRunner.query(`ALTER TABLE "action_item_event" DROP CONSTRAINT "FK_action_item_event_actor"`);
    await queryRunner.query(`ALTER TABLE "action_item_event" DROP CONSTRAINT "FK_action_item_event_action_item"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_action_item_owner_user"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_action_item_owner_agency"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_action_item_meeting"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_action_item_item"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_proposed_by_agency"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_proposed_by"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_presenter_user"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_presenter_agency"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_parent"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_agenda"`);
    await queryRunner.query(`ALTER TABLE "agenda" DROP CONSTRAINT "FK_agenda_secretary"`);
    await queryRunner.query(`ALTER TABLE "agenda" DROP CONSTRAINT "FK_agenda_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_decision_item"`);
    await queryRunner.query(`DROP TABLE "decision"`);
    await queryRunner.query(`DROP TABLE "agenda_version"`);
    await queryRunner.query(`DROP TABLE "agenda_item_minutes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_action_item_event_item"`);
    await queryRunner.query(`DROP TABLE "action_item_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_action_item_owner_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_action_item_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_action_item_item"`);
    await queryRunner.query(`DROP TABLE "action_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agenda_item_siblings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agenda_item_proposed_by_agency"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP TABLE "agenda"`);
  }
}
