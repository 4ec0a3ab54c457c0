import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PollAnswer } from '@cumbre/contracts';
import { CreatedRow, References } from '../../database/entity-columns';
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

  @References(() => MeetingEntity, 'meeting_id', 'FK_meeting_poll_meeting', 'CASCADE')
  meeting?: MeetingEntity;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ name: 'chosen_slot_id', type: 'uuid', nullable: true })
  chosenSlotId!: string | null;

  // The database, not only the code, keeps the pick pointing at an existing slot.
  @References(() => MeetingPollSlotEntity, 'chosen_slot_id', 'FK_meeting_poll_chosen_slot', 'SET NULL')
  chosenSlot?: MeetingPollSlotEntity | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @References(() => UserEntity, 'created_by_id', 'FK_meeting_poll_created_by', 'SET NULL')
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

  @References(() => MeetingPollEntity, 'poll_id', 'FK_meeting_poll_slot_poll', 'CASCADE', (p) => p.slots)
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

  @References(() => MeetingPollSlotEntity, 'slot_id', 'FK_meeting_poll_answer_slot', 'CASCADE')
  slot?: MeetingPollSlotEntity;

  @References(() => MeetingPollEntity, 'poll_id', 'FK_meeting_poll_answer_poll', 'CASCADE')
  poll?: MeetingPollEntity;

  @References(() => AgencyEntity, 'organization_id', 'FK_meeting_poll_answer_organization', 'CASCADE')
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 12 })
  answer!: PollAnswer;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @References(() => UserEntity, 'answered_by_id', 'FK_meeting_poll_answer_answered_by', 'SET NULL')
  answeredBy?: UserEntity | null;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;
}
