import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { PollAnswer } from '@cumbre/contracts';
import { CreatedRow } from '../../database/entity-columns';
import { AgencyEntity } from '../../agencies/entities/agency.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { MeetingEntity } from './meeting.entity';

/** A date poll: candidate slots, a deadline, and the slot the convener picked. One per meeting. */
@Entity({ name: 'meeting_poll' })
export class MeetingPollEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_poll' })
  id!: string;

  @Index('UQ_meeting_poll_meeting', { unique: true })
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_poll_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ name: 'chosen_slot_id', type: 'uuid', nullable: true })
  chosenSlotId!: string | null;

  // The database, not only the code, keeps the pick pointing at an existing slot.
  @ManyToOne(() => MeetingPollSlotEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'chosen_slot_id', foreignKeyConstraintName: 'FK_meeting_poll_chosen_slot' })
  chosenSlot?: MeetingPollSlotEntity | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_meeting_poll_created_by' })
  createdBy?: UserEntity | null;

  @OneToMany(() => MeetingPollSlotEntity, (s) => s.poll)
  slots?: MeetingPollSlotEntity[];
}

@Entity({ name: 'meeting_poll_slot' })
@Check('CHK_meeting_poll_slot_times', `"ends_at" > "starts_at"`)
@Unique('UQ_meeting_poll_slot_position', ['pollId', 'position'])
export class MeetingPollSlotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_poll_slot' })
  id!: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => MeetingPollEntity, (p) => p.slots, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'FK_meeting_poll_slot_poll' })
  poll?: MeetingPollEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** The order the convener proposed them in. */
  @Column({ type: 'smallint' })
  position!: number;
}

/** One agency's answer to one slot; an agency's answers are replaced as a whole. */
@Entity({ name: 'meeting_poll_answer' })
@Check('CHK_meeting_poll_answer', `"answer" IN ('yes','if_need_be','no')`)
@Index('IDX_meeting_poll_answer_poll_agency', ['pollId', 'agencyId'])
export class MeetingPollAnswerEntity {
  @Column({ name: 'slot_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'PK_meeting_poll_answer' })
  slotId!: string;

  @Column({ name: 'organization_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'PK_meeting_poll_answer' })
  agencyId!: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => MeetingPollSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'FK_meeting_poll_answer_slot' })
  slot?: MeetingPollSlotEntity;

  @ManyToOne(() => MeetingPollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'FK_meeting_poll_answer_poll' })
  poll?: MeetingPollEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_meeting_poll_answer_organization' })
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 12 })
  answer!: PollAnswer;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'answered_by_id', foreignKeyConstraintName: 'FK_meeting_poll_answer_answered_by' })
  answeredBy?: UserEntity | null;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;
}
