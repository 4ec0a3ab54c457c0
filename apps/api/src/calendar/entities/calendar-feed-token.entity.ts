import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedRow, References } from '../../database/entity-columns';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A user's secret calendar-feed token (one at most). Only its SHA-256 is stored; rotating
 * replaces it, revoking deletes it, and either makes the old URL answer 404.
 */
@Entity({ name: 'calendar_feed_token' })
export class CalendarFeedTokenEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_calendar_feed_token' })
  id!: string;

  @Index('UQ_calendar_feed_token_user', { unique: true })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @References(() => UserEntity, 'user_id', 'FK_calendar_feed_token_user', 'CASCADE')
  user?: UserEntity;

  @Index('UQ_calendar_feed_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
