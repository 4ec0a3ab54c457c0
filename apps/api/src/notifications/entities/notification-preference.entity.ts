import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { References } from '../../database/entity-columns';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A user's choice for one notification kind: also by e-mail or not. In-app is always on. A kind
 * without a row follows NOTIFICATION_EMAIL_DEFAULTS, so new kinds need no backfill.
 */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_notification_preference' })
  userId!: string;

  @References(() => UserEntity, 'user_id', 'FK_notification_preference_user', 'CASCADE')
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_notification_preference' })
  kind!: string;

  @Column({ type: 'boolean' })
  email!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
