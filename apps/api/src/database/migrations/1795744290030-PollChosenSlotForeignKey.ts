import { MigrationInterface, QueryRunner } from 'typeorm';

export class PollChosenSlotForeignKey1795744290030 implements MigrationInterface {
  name = 'PollChosenSlotForeignKey1795744290030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_poll" ADD CONSTRAINT "FK_meeting_poll_chosen_slot" FOREIGN KEY ("chosen_slot_id") REFERENCES "meeting_poll_slot"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_poll" DROP CONSTRAINT "FK_meeting_poll_chosen_slot"`);
  }
}
