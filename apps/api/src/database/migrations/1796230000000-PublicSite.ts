import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public site: announcements (with their old slugs and revisions), reader comments with
 * flags, blocks, blocked words and reply subscriptions, and the content versions the render
 * cache keys on. The partial indexes match the public reads column for column (keyset order).
 */
export class PublicSite1796230000000 implements MigrationInterface {
  name = 'PublicSite1796230000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "announcement" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "slug" character varying(120) NOT NULL,
      "title" character varying(200) NOT NULL,
      "summary" character varying(500) NOT NULL,
      "body" text NOT NULL,
      "body_html" text NOT NULL,
      "agency_id" uuid NOT NULL,
      "meeting_id" uuid,
      "author_id" uuid,
      "status" character varying(12) NOT NULL DEFAULT 'draft',
      "publish_at" TIMESTAMP WITH TIME ZONE,
      "published_at" TIMESTAMP WITH TIME ZONE,
      "revised_at" TIMESTAMP WITH TIME ZONE,
      "cover" jsonb,
      "cover_alt" character varying(300),
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_announcement" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_announcement_slug" UNIQUE ("slug"),
      CONSTRAINT "CHK_announcement_status" CHECK ("status" IN ('draft','scheduled','published','withdrawn')),
      CONSTRAINT "CHK_announcement_scheduled_time" CHECK ("status" <> 'scheduled' OR "publish_at" IS NOT NULL),
      CONSTRAINT "CHK_announcement_published_time" CHECK ("status" <> 'published' OR "published_at" IS NOT NULL),
      CONSTRAINT "FK_announcement_agency" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_announcement_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_announcement_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    // Home and feeds: newest first, keyset on (published_at, id).
    await q.query(
      `CREATE INDEX "IDX_announcement_published" ON "announcement" ("published_at" DESC, "id" DESC) WHERE "status" = 'published'`,
    );
    await q.query(
      `CREATE INDEX "IDX_announcement_agency_published" ON "announcement" ("agency_id", "published_at" DESC, "id" DESC) WHERE "status" = 'published'`,
    );
    // The scheduler's claim.
    await q.query(`CREATE INDEX "IDX_announcement_due" ON "announcement" ("publish_at") WHERE "status" = 'scheduled'`);
    await q.query(`CREATE TABLE "announcement_old_slug" (
      "slug" character varying(120) NOT NULL,
      "announcement_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_announcement_old_slug" PRIMARY KEY ("slug"),
      CONSTRAINT "FK_announcement_old_slug_announcement" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE CASCADE)`);
    await q.query(
      `CREATE INDEX "IDX_announcement_old_slug_announcement" ON "announcement_old_slug" ("announcement_id")`,
    );
    await q.query(`CREATE TABLE "announcement_revision" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "announcement_id" uuid NOT NULL,
      "version" integer NOT NULL,
      "title" character varying(200) NOT NULL,
      "summary" character varying(500) NOT NULL,
      "body" text NOT NULL,
      "edited_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_announcement_revision" PRIMARY KEY ("id"),
      CONSTRAINT "FK_announcement_revision_announcement" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_announcement_revision_editor" FOREIGN KEY ("edited_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(
      `CREATE INDEX "IDX_announcement_revision_announcement" ON "announcement_revision" ("announcement_id", "created_at")`,
    );

    // Cover images, one row per resized variant (WebP); served immutable by id.
    await q.query(`CREATE TABLE "announcement_image" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "announcement_id" uuid NOT NULL,
      "width" integer NOT NULL,
      "height" integer NOT NULL,
      "data" bytea NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_announcement_image" PRIMARY KEY ("id"),
      CONSTRAINT "FK_announcement_image_announcement" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_announcement_image_announcement" ON "announcement_image" ("announcement_id")`);

    await q.query(`CREATE TABLE "announcement_comment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "announcement_id" uuid NOT NULL,
      "parent_id" uuid,
      "author_name" character varying(80) NOT NULL,
      "author_email" character varying(254) NOT NULL,
      "ip_hash" character varying(64),
      "text" character varying(2000) NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'pending',
      "hold_reasons" text[] NOT NULL DEFAULT '{}',
      "hidden_by_flags" boolean NOT NULL DEFAULT false,
      "approved_at" TIMESTAMP WITH TIME ZONE,
      "moderated_at" TIMESTAMP WITH TIME ZONE,
      "moderated_by" uuid,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_announcement_comment" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_announcement_comment_status" CHECK ("status" IN ('pending','approved','rejected','spam')),
      CONSTRAINT "FK_announcement_comment_announcement" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_announcement_comment_parent" FOREIGN KEY ("parent_id") REFERENCES "announcement_comment"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_announcement_comment_moderator" FOREIGN KEY ("moderated_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    // The page's comments: once approved, in order (withdrawn ones stay for their placeholder).
    await q.query(
      `CREATE INDEX "IDX_announcement_comment_shown" ON "announcement_comment" ("announcement_id", "created_at", "id") WHERE "approved_at" IS NOT NULL`,
    );
    // The moderators' queue, oldest first.
    await q.query(
      `CREATE INDEX "IDX_announcement_comment_queue" ON "announcement_comment" ("created_at", "id") WHERE "status" = 'pending' OR "hidden_by_flags"`,
    );
    // Holds and rate limits: by address and by network, recent first.
    await q.query(
      `CREATE INDEX "IDX_announcement_comment_email" ON "announcement_comment" ("author_email", "created_at")`,
    );
    await q.query(`CREATE INDEX "IDX_announcement_comment_ip" ON "announcement_comment" ("ip_hash", "created_at")`);
    await q.query(`CREATE INDEX "IDX_announcement_comment_parent" ON "announcement_comment" ("parent_id")`);
    await q.query(`CREATE TABLE "comment_flag" (
      "comment_id" uuid NOT NULL,
      "reader_key" character varying(64) NOT NULL,
      "reason" character varying(20) NOT NULL,
      "note" character varying(500),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_comment_flag" PRIMARY KEY ("comment_id", "reader_key"),
      CONSTRAINT "FK_comment_flag_comment" FOREIGN KEY ("comment_id") REFERENCES "announcement_comment"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "comment_block" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "target" character varying(5) NOT NULL,
      "value" character varying(254) NOT NULL,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_comment_block" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_comment_block_target_value" UNIQUE ("target", "value"),
      CONSTRAINT "CHK_comment_block_target" CHECK ("target" IN ('email','ip')),
      CONSTRAINT "FK_comment_block_creator" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE TABLE "comment_blocked_word" (
      "word" character varying(60) NOT NULL,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_comment_blocked_word" PRIMARY KEY ("word"),
      CONSTRAINT "FK_comment_blocked_word_creator" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE TABLE "comment_subscription" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "comment_id" uuid NOT NULL,
      "email" character varying(254) NOT NULL,
      "token_hash" character varying(64) NOT NULL,
      "confirmed_at" TIMESTAMP WITH TIME ZONE,
      "unsubscribed_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_comment_subscription" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_comment_subscription_token" UNIQUE ("token_hash"),
      CONSTRAINT "FK_comment_subscription_comment" FOREIGN KEY ("comment_id") REFERENCES "announcement_comment"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_comment_subscription_comment" ON "comment_subscription" ("comment_id")`);
    await q.query(`CREATE TABLE "public_content_version" (
      "tag" character varying(120) NOT NULL,
      "version" bigint NOT NULL DEFAULT 1,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_public_content_version" PRIMARY KEY ("tag"))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "public_content_version"`);
    await q.query(`DROP TABLE "comment_subscription"`);
    await q.query(`DROP TABLE "comment_blocked_word"`);
    await q.query(`DROP TABLE "comment_block"`);
    await q.query(`DROP TABLE "comment_flag"`);
    await q.query(`DROP TABLE "announcement_comment"`);
    await q.query(`DROP TABLE "announcement_image"`);
    await q.query(`DROP TABLE "announcement_revision"`);
    await q.query(`DROP TABLE "announcement_old_slug"`);
    await q.query(`DROP TABLE "announcement"`);
  }
}
