import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every comment of an announcement by time, whatever its status. A comment post looks for the
 * same text among the announcement's comments of the last minutes (comments.service.ts); the
 * only index by announcement was the shown (approved) comments', so that look-up read the whole
 * table: with a million comments, tens of milliseconds of the database's CPU per post, and posts
 * queued behind each other (issue #12, scenario 7). It also serves the foreign key when an
 * announcement is deleted.
 */
export class CommentRecentIndex1796300000000 implements MigrationInterface {
  name = 'CommentRecentIndex1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_announcement_comment_recent" ON "announcement_comment" ("announcement_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_announcement_comment_recent"`);
  }
}
