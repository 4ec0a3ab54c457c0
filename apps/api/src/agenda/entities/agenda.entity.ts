import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AgendaStatus } from '@cumbre/contracts';
import { References, VersionedRow } from '../../database/entity-columns';
import { MeetingEntity } from '../../meetings/entities/meeting.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * One meeting's agenda. Made by its first write; `version` rises with every change to the
 * agenda or any of its items, so that publishing can name the state the convener reviewed.
 */
@Entity({ name: 'agenda' })
@Unique('UQ_agenda_meeting', ['meetingId'])
@Check('CHK_agenda_status', `"status" IN ('draft','published')`)
@Check('CHK_agenda_published_has_number', `"status" = 'draft' OR "published_version_no" IS NOT NULL`)
export class AgendaEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agenda' })
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @References(() => MeetingEntity, 'meeting_id', 'FK_agenda_meeting', 'CASCADE')
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: AgendaStatus;

  /** The latest published version; null before the first publication. */
  @Column({ name: 'published_version_no', type: 'integer', nullable: true })
  publishedVersionNo!: number | null;

  /** Records minutes, decisions and action items besides the convener; set by the convener. */
  @Column({ name: 'secretary_user_id', type: 'uuid', nullable: true })
  secretaryUserId!: string | null;

  @References(() => UserEntity, 'secretary_user_id', 'FK_agenda_secretary', 'SET NULL')
  secretary?: UserEntity | null;

  /** Once set, minutes, decisions and action items are read-only (action item statuses go on). */
  @Column({ name: 'minutes_published_at', type: 'timestamptz', nullable: true })
  minutesPublishedAt!: Date | null;
}
