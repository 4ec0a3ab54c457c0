import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * A person an invited agency sends. `meeting_id` repeats the invitation's meeting so that the
 * conflict search ("who else is this person meeting at that time?") needs no join.
 */
@Entity({ name: 'meeting_delegate' })
@Index('IDX_meeting_delegate_user', ['userId', 'meetingId'])
@Index('IDX_meeting_delegate_meeting', ['meetingId'])
export class MeetingDelegateEntity {
  @PrimaryColumn({ name: 'invitation_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_delegate' })
  invitationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_delegate' })
  userId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingInvitationEntity, (i) => i.delegates, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitation_id', foreignKeyConstraintName: 'FK_meeting_delegate_invitation' })
  invitation?: MeetingInvitationEntity;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_delegate_meeting' })
  meeting?: MeetingEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_meeting_delegate_user' })
  user?: UserEntity;
}
