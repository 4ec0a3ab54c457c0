import { MigrationInterface, QueryRunner } from 'typeorm';

/** When the owner agency was reminded an action item is due soon: set once, by the job's claim. */
export class ActionItemDueSoonNotice1796360000000 implements MigrationInterface {
  name = 'ActionItemDueSoonNotice1796360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" ADD "due_soon_notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_action_item_due_soon_pending" ON "action_item" ("due_date") WHERE "due_soon_notified_at" IS NULL AND "status" <> 'done'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_action_item_due_soon_pending"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP COLUMN "due_soon_notified_at"`);
  }
}
