import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationParams1795746060066 implements MigrationInterface {
  name = 'NotificationParams1795746060066';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "params" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "params"`);
  }
}
