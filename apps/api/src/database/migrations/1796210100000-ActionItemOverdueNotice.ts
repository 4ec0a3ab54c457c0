import { MigrationInterface, QueryRunner } from 'typeorm';

/** When the owner agency was told an action item is overdue: set once, by the overdue job's claim. */
export class ActionItemOverdueNotice1796210100000 implements MigrationInterface {
  name = 'ActionItemOverdueNotice1796210100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" ADD "overdue_notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_action_item_overdue_pending" ON "action_item" ("due_date") WHERE "overdue_notified_at" IS NULL AND "status" <> 'done'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_action_item_overdue_pending"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP COLUMN "overdue_notified_at"`);
  }
}
