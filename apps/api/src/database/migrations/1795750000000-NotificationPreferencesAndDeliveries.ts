import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPreferencesAndDeliveries1795750000000 implements MigrationInterface {
  name = 'NotificationPreferencesAndDeliveries1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "email" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notification_preference" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "scheduled_delivery" ("job" character varying(40) NOT NULL, "key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_scheduled_delivery" PRIMARY KEY ("job", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_scheduled_delivery_created" ON "scheduled_delivery" ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_scheduled_delivery_created"`);
    await queryRunner.query(`DROP TABLE "scheduled_delivery"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_notification_preference_user"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
