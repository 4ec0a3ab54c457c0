import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedRow, References } from '../../database/entity-columns';
import { UserEntity } from '../../users/entities/user.entity';

/** An in-app notification (the bell). Written in the same transaction as the change it reports. */
@Entity({ name: 'notification' })
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
@Index('IDX_notification_user_unread', ['userId'], { where: '"read_at" IS NULL' })
export class NotificationEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notification' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @References(() => UserEntity, 'user_id', 'FK_notification_user', 'CASCADE')
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  /**
   * What the sentence in title/body is made of (meeting title, times, place, reason), so that a
   * client can word it in its own language; title/body stay as the Spanish fallback.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, string | null>;

  /** No foreign key: a notification outlives the meeting it was about. */
  @Index('IDX_notification_meeting')
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
