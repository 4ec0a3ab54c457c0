import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #10, follow-up: the library's list (no search text) is recorded in the read trail as
 * what it is, a `list` read, instead of a `search`.
 */
export class NoteListReads1796250000000 implements MigrationInterface {
  name = 'NoteListReads1796250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "note_read" DROP CONSTRAINT "CHK_note_read_action"`);
    await queryRunner.query(
      `ALTER TABLE "note_read" ADD CONSTRAINT "CHK_note_read_action" CHECK ("action" IN ('read','search','list','download','export'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Before this migration a list was recorded as a search: the trail keeps its rows that way.
    await queryRunner.query(`UPDATE "note_read" SET "action" = 'search' WHERE "action" = 'list'`);
    await queryRunner.query(`ALTER TABLE "note_read" DROP CONSTRAINT "CHK_note_read_action"`);
    await queryRunner.query(
      `ALTER TABLE "note_read" ADD CONSTRAINT "CHK_note_read_action" CHECK ("action" IN ('read','search','download','export'))`,
    );
  }
}
