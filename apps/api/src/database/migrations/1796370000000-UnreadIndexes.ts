import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that nothing reads any more, kept up on the busiest write (a comment: its row, its
 * audit line) for nothing (issue #12, scenario 7):
 * - `IDX_announcement_comment_ip` (address hash, time) served the comment rate limit's count
 *   until the limits moved to `rate_limit_hit` (migration RateLimitHits); the address hash is
 *   now read only by a comment's id (moderation's "block this address").
 * - `IDX_audit_event_action_ip` (action, address, time) served the sign-in throttle's count until
 *   it moved to `sign_in_attempt` (migration SignInAttempts); the audit log is filtered by
 *   action, actor, object and time (audit-query.service.ts), never by address.
 * - `IDX_announcement_comment_parent` indexed every comment, though only replies have a parent:
 *   now replies only. It still serves `parent_id = …` (a thread's replies, the foreign key's
 *   check when a comment is deleted), which no comment without a parent can match.
 * - `IDX_announcement_comment_email` (address, time) is read by one question only: does this
 *   address have an approved comment (a known author, comment.queries.ts `cs_known`). It now
 *   holds the approved comments' addresses alone; a held comment enters it when approved.
 * Their keys are random (a hash, an address per reader): each new row wrote to another page of an
 * index larger than the database's cache, and after every checkpoint a whole page image to the
 * write-ahead log.
 */
export class UnreadIndexes1796370000000 implements MigrationInterface {
  name = 'UnreadIndexes1796370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_announcement_comment_ip"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_action_ip"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_announcement_comment_parent"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_announcement_comment_parent" ON "announcement_comment" ("parent_id") WHERE "parent_id" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_announcement_comment_email"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_announcement_comment_email" ON "announcement_comment" ("author_email") WHERE "status" = 'approved'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_announcement_comment_email"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_announcement_comment_email" ON "announcement_comment" ("author_email", "created_at")`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_announcement_comment_parent"`);
    await queryRunner.query(`CREATE INDEX "IDX_announcement_comment_parent" ON "announcement_comment" ("parent_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_action_ip" ON "audit_event" ("action", "ip", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_announcement_comment_ip" ON "announcement_comment" ("ip_hash", "created_at")`,
    );
  }
}
