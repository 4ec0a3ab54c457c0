import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge notes (issue #10): notes, their revisions, comments, endorsements, attachments,
 * read log and links from agenda items. Search is a generated tsvector (Spanish stemming over
 * accent-folded text) with a GIN index; `unaccent` is a trusted extension (PostgreSQL ≥ 13), so
 * the database owner installs it without being a superuser. `unaccent()` itself is only STABLE
 * (its dictionary could change), so a generated column needs the IMMUTABLE wrapper below, which
 * names its dictionary explicitly.
 */
export class Notes1796220000000 implements MigrationInterface {
  name = 'Notes1796220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE FUNCTION note_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION note_search_vector(title text, summary text, tags text[], body text) RETURNS tsvector
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT setweight(to_tsvector('spanish'::regconfig, public.note_unaccent(coalesce(title, ''))), 'A')
                 || setweight(to_tsvector('spanish'::regconfig, public.note_unaccent(coalesce(array_to_string(tags, ' '), ''))), 'A')
                 || setweight(to_tsvector('spanish'::regconfig, public.note_unaccent(coalesce(summary, ''))), 'B')
                 || setweight(to_tsvector('spanish'::regconfig, public.note_unaccent(coalesce(body, ''))), 'C') $$`,
    );
    // For ts_headline only: the same Spanish stems over accent-folded words, but run on the
    // original text, so that a snippet keeps its accents while matching the folded query.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION note_search (COPY = pg_catalog.spanish)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION note_search ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem`,
    );
    await queryRunner.query(
      `CREATE TABLE "note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL,
        "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL DEFAULT '',
        "body" text NOT NULL DEFAULT '', "body_html" text NOT NULL DEFAULT '', "body_text" text NOT NULL DEFAULT '',
        "tags" text array NOT NULL DEFAULT '{}', "places" jsonb NOT NULL DEFAULT '[]',
        "author_id" uuid, "author_agency_id" uuid NOT NULL, "updated_by_id" uuid,
        "status" character varying(10) NOT NULL DEFAULT 'draft', "is_public" boolean NOT NULL DEFAULT false,
        "marking" character varying(20) NOT NULL DEFAULT 'CLEAR', "distribution" character varying(20) NOT NULL DEFAULT 'all_agencies',
        "sharing_group_id" uuid, "red_recipient_ids" uuid array NOT NULL DEFAULT '{}',
        "shared_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL,
        "search" tsvector GENERATED ALWAYS AS (note_search_vector("title", "summary", "tags", "body_text")) STORED,
        CONSTRAINT "CHK_note_kind" CHECK ("kind" IN ('best_practice','intelligence')),
        CONSTRAINT "CHK_note_status" CHECK ("status" IN ('draft','shared','withdrawn')),
        CONSTRAINT "CHK_note_marking" CHECK ("marking" IN ('CLEAR','GREEN','AMBER','AMBER+STRICT','RED')),
        CONSTRAINT "CHK_note_distribution" CHECK ("distribution" IN ('agency_only','sharing_group','all_agencies')),
        CONSTRAINT "CHK_note_intelligence_never_public" CHECK ("kind" = 'best_practice' OR NOT "is_public"),
        CONSTRAINT "CHK_note_best_practice_unmarked" CHECK ("kind" = 'intelligence' OR ("marking" = 'CLEAR' AND "distribution" = 'all_agencies')),
        CONSTRAINT "CHK_note_group" CHECK (("distribution" = 'sharing_group') = ("sharing_group_id" IS NOT NULL)),
        CONSTRAINT "CHK_note_red_recipients" CHECK (("marking" = 'RED') = (cardinality("red_recipient_ids") > 0)),
        CONSTRAINT "PK_note" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_note_search" ON "note" USING GIN ("search")`);
    await queryRunner.query(`CREATE INDEX "IDX_note_tags" ON "note" USING GIN ("tags")`);
    await queryRunner.query(`CREATE INDEX "IDX_note_author_agency" ON "note" ("author_agency_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_note_updated" ON "note" ("updated_at", "id")`);
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_note_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_note_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_note_author_agency" FOREIGN KEY ("author_agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_note_sharing_group" FOREIGN KEY ("sharing_group_id") REFERENCES "sharing_group"("id") ON DELETE RESTRICT`,
    );

    await queryRunner.query(
      `CREATE TABLE "note_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL, "version" integer NOT NULL,
        "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL, "body" text NOT NULL,
        "tags" text array NOT NULL, "places" jsonb NOT NULL, "status" character varying(10) NOT NULL, "is_public" boolean NOT NULL,
        "marking" character varying(20) NOT NULL, "distribution" character varying(20) NOT NULL, "sharing_group_id" uuid,
        "red_recipient_ids" uuid array NOT NULL, "edited_by_id" uuid, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "UQ_note_revision_version" UNIQUE ("note_id", "version"), CONSTRAINT "PK_note_revision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_revision" ADD CONSTRAINT "FK_note_revision_note" FOREIGN KEY ("note_id") REFERENCES "note"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_revision" ADD CONSTRAINT "FK_note_revision_edited_by" FOREIGN KEY ("edited_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(
      `CREATE TABLE "note_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL, "author_id" uuid,
        "agency_id" uuid, "body" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_note_comment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_note_comment_note" ON "note_comment" ("note_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "note_comment" ADD CONSTRAINT "FK_note_comment_note" FOREIGN KEY ("note_id") REFERENCES "note"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_comment" ADD CONSTRAINT "FK_note_comment_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_comment" ADD CONSTRAINT "FK_note_comment_agency" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(
      `CREATE TABLE "note_endorsement" ("note_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "endorsed_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_note_endorsement" PRIMARY KEY ("note_id", "agency_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_endorsement" ADD CONSTRAINT "FK_note_endorsement_note" FOREIGN KEY ("note_id") REFERENCES "note"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_endorsement" ADD CONSTRAINT "FK_note_endorsement_agency" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_endorsement" ADD CONSTRAINT "FK_note_endorsement_by" FOREIGN KEY ("endorsed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(
      `CREATE TABLE "note_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL,
        "file_name" character varying(255) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL,
        "storage_key" character varying(255) NOT NULL, "uploaded_by_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_note_attachment_key" UNIQUE ("storage_key"), CONSTRAINT "PK_note_attachment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_note_attachment_note" ON "note_attachment" ("note_id")`);
    await queryRunner.query(
      `ALTER TABLE "note_attachment" ADD CONSTRAINT "FK_note_attachment_note" FOREIGN KEY ("note_id") REFERENCES "note"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_attachment" ADD CONSTRAINT "FK_note_attachment_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );

    // Who read what: the log behind "who read this"; no foreign key to the note, so that the
    // trail outlives a deleted note, and none to the reader for the same reason.
    await queryRunner.query(
      `CREATE TABLE "note_read" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL, "reader_id" uuid,
        "action" character varying(10) NOT NULL, "ip" character varying(64), "request_id" character varying(128),
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_note_read_action" CHECK ("action" IN ('read','search','download','export')),
        CONSTRAINT "PK_note_read" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_note_read_note" ON "note_read" ("note_id", "at")`);

    await queryRunner.query(
      `CREATE TABLE "note_agenda_link" ("agenda_item_id" uuid NOT NULL, "note_id" uuid NOT NULL, "linked_by_id" uuid,
        "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_note_agenda_link" PRIMARY KEY ("agenda_item_id", "note_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_note_agenda_link_note" ON "note_agenda_link" ("note_id")`);
    await queryRunner.query(
      `ALTER TABLE "note_agenda_link" ADD CONSTRAINT "FK_note_agenda_link_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_agenda_link" ADD CONSTRAINT "FK_note_agenda_link_note" FOREIGN KEY ("note_id") REFERENCES "note"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "note_agenda_link" ADD CONSTRAINT "FK_note_agenda_link_by" FOREIGN KEY ("linked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "note_agenda_link"`);
    await queryRunner.query(`DROP TABLE "note_read"`);
    await queryRunner.query(`DROP TABLE "note_attachment"`);
    await queryRunner.query(`DROP TABLE "note_endorsement"`);
    await queryRunner.query(`DROP TABLE "note_comment"`);
    await queryRunner.query(`DROP TABLE "note_revision"`);
    await queryRunner.query(`DROP TABLE "note"`);
    await queryRunner.query(`DROP FUNCTION note_search_vector(text, text, text[], text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION note_search`);
    await queryRunner.query(`DROP FUNCTION note_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
