import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { References } from '../../database/entity-columns';
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

  @References(
    () => MeetingInvitationEntity,
    'invitation_id',
    'FK_meeting_delegate_invitation',
    'CASCADE',
    (i) => i.delegates,
  )
  invitation?: MeetingInvitationEntity;

  @References(() => MeetingEntity, 'meeting_id', 'FK_meeting_delegate_meeting', 'CASCADE')
  meeting?: MeetingEntity;

  @References(() => UserEntity, 'user_id', 'FK_meeting_delegate_user', 'CASCADE')
  user?: UserEntity;
}
