import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { RsvpStatus } from '@cumbre/contracts';
import { CreatedRow, References } from '../../database/entity-columns';
import { AgencyEntity } from '../../agencies/entities/agency.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { MeetingDelegateEntity } from './meeting-delegate.entity';
import { MeetingEntity } from './meeting.entity';

/** One invited agency of a meeting and its answer. */
@Entity({ name: 'meeting_invitation' })
@Unique('UQ_meeting_invitation_meeting_agency', ['meetingId', 'agencyId'])
@Check('CHK_meeting_invitation_rsvp', `"rsvp" IN ('pending','accepted','tentative','declined')`)
export class MeetingInvitationEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_invitation' })
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @References(() => MeetingEntity, 'meeting_id', 'FK_meeting_invitation_meeting', 'CASCADE', (m) => m.invitations)
  meeting?: MeetingEntity;

  /** Also the index the visibility policy uses ("is my agency invited?"). */
  @Index('IDX_meeting_invitation_agency')
  @Column({ name: 'organization_id', type: 'uuid' })
  agencyId!: string;

  @References(() => AgencyEntity, 'organization_id', 'FK_meeting_invitation_organization', 'RESTRICT')
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  rsvp!: RsvpStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById!: string | null;

  @References(() => UserEntity, 'responded_by_id', 'FK_meeting_invitation_responded_by', 'SET NULL')
  respondedBy?: UserEntity | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @References(() => UserEntity, 'invited_by_id', 'FK_meeting_invitation_invited_by', 'SET NULL')
  invitedBy?: UserEntity | null;

  @OneToMany(() => MeetingDelegateEntity, (d) => d.invitation)
  delegates?: MeetingDelegateEntity[];
}
