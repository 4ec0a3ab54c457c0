import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionItemStatus } from '@cumbre/contracts';
import { CreatedRow, References, VersionedRow } from '../../database/entity-columns';
import { AgencyEntity } from '../../agencies/entities/agency.entity';
import { MeetingEntity } from '../../meetings/entities/meeting.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * What an agency committed to at a meeting. `meeting_id` repeats the item's meeting so that the
 * action plan filters by meeting visibility without walking item → agenda → meeting.
 */
@Entity({ name: 'action_item' })
@Index('IDX_action_item_owner_due', ['ownerAgencyId', 'dueDate'])
@Check('CHK_action_item_status', `"status" IN ('open','in_progress','done','blocked')`)
export class ActionItemEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_action_item' })
  id!: string;

  @Index('IDX_action_item_item')
  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @References(() => AgendaItemEntity, 'item_id', 'FK_action_item_item', 'RESTRICT')
  item?: AgendaItemEntity;

  @Index('IDX_action_item_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @References(() => MeetingEntity, 'meeting_id', 'FK_action_item_meeting', 'CASCADE')
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 1000 })
  what!: string;

  @Column({ name: 'owner_agency_id', type: 'uuid' })
  ownerAgencyId!: string;

  @References(() => AgencyEntity, 'owner_agency_id', 'FK_action_item_owner_agency', 'RESTRICT')
  ownerAgency?: AgencyEntity;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @References(() => UserEntity, 'owner_user_id', 'FK_action_item_owner_user', 'SET NULL')
  owner?: UserEntity | null;

  /** A calendar day (YYYY-MM-DD), read as a string: no time zone can shift it. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: ActionItemStatus;

  /** When the overdue job told the owner agency (once per item). */
  @Column({ name: 'overdue_notified_at', type: 'timestamptz', nullable: true })
  overdueNotifiedAt!: Date | null;

  /** When the owner agency was reminded it is due soon (the overdue job's claim). */
  @Column({ name: 'due_soon_notified_at', type: 'timestamptz', nullable: true })
  dueSoonNotifiedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** The history of an action item: its creation, every status change, every comment. */
@Entity({ name: 'action_item_event' })
@Index('IDX_action_item_event_item', ['actionItemId', 'createdAt'])
@Check('CHK_action_item_event_kind', `"kind" IN ('created','status','comment')`)
export class ActionItemEventEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_action_item_event' })
  id!: string;

  @Column({ name: 'action_item_id', type: 'uuid' })
  actionItemId!: string;

  @References(() => ActionItemEntity, 'action_item_id', 'FK_action_item_event_action_item', 'CASCADE')
  actionItem?: ActionItemEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: 'created' | 'status' | 'comment';

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus!: ActionItemStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12, nullable: true })
  toStatus!: ActionItemStatus | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @References(() => UserEntity, 'actor_id', 'FK_action_item_event_actor', 'SET NULL')
  actor?: UserEntity | null;
}
