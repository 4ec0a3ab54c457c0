import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `public_content_version` (a version and a time per cache tag) was bumped by every announcement
 * of a public change and read by nothing: the caches of every instance are dropped by the
 * announcement itself (the realtime module's event and NOTIFY, caught up from `realtime_event`
 * after a lost connection), and ETags are made from the answers. Under a stream of comments on
 * many announcements it was about two row writes per comment for nothing (issue #12, scenario 7).
 */
export class DropPublicContentVersion1796380000000 implements MigrationInterface {
  name = 'DropPublicContentVersion1796380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "public_content_version"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "public_content_version" (
      "tag" character varying(120) NOT NULL,
      "version" bigint NOT NULL DEFAULT 1,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_public_content_version" PRIMARY KEY ("tag"))`);
  }
}
