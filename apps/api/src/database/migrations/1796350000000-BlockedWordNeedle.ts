import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A comment is checked and stored in one statement (comments.service.ts, issue #12), so the
 * blocked-word check moves into SQL: each word keeps the form the check looks for, `needle`
 * (comment-rules.ts `wordNeedle`: folded, every run of what is neither letter nor digit one
 * blank), written by the API when a moderator adds the word. The words already there get theirs
 * here, computed the same way (a copy of the rule as it is today: migrations do not change).
 */
export class BlockedWordNeedle1796350000000 implements MigrationInterface {
  name = 'BlockedWordNeedle1796350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_blocked_word" ADD "needle" character varying(60)`);
    const words: { word: string }[] = await queryRunner.query(`SELECT word FROM "comment_blocked_word"`);
    for (const { word } of words) {
      const needle = word
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      await queryRunner.query(`UPDATE "comment_blocked_word" SET "needle" = $1 WHERE "word" = $2`, [needle, word]);
    }
    await queryRunner.query(`ALTER TABLE "comment_blocked_word" ALTER COLUMN "needle" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_blocked_word" DROP COLUMN "needle"`);
  }
}
