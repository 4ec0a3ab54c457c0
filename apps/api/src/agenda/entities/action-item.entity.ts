import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionItemStatus } from '@cumbre/contracts';
import { CreatedRow, VersionedRow } from '../../database/entity-columns';
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

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_action_item_item' })
  item?: AgendaItemEntity;

  @Index('IDX_action_item_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_action_item_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 1000 })
  what!: string;

  @Column({ name: 'owner_agency_id', type: 'uuid' })
  ownerAgencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_agency_id', foreignKeyConstraintName: 'FK_action_item_owner_agency' })
  ownerAgency?: AgencyEntity;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'FK_action_item_owner_user' })
  owner?: UserEntity | null;

  /** A calendar day (YYYY-MM-DD), read as a string: no time zone can shift it. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: ActionItemStatus;

  /** When the overdue job told the owner agency (once per item). */
  @Column({ name: 'overdue_notified_at', type: 'timestamptz', nullable: true })
  overdueNotifiedAt!: Date | null;

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

  @ManyToOne(() => ActionItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_item_id', foreignKeyConstraintName: 'FK_action_item_event_action_item' })
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

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_action_item_event_actor' })
  actor?: UserEntity | null;
}
