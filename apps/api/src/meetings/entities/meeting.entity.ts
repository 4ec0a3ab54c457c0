import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingStatus, MeetingVisibility } from '@cumbre/contracts';
import { References, VersionedRow } from '../../database/entity-columns';
import { AgencyEntity } from '../../agencies/entities/agency.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';

/**
 * A meeting between agencies. Times are instants (timestamptz, UTC); `time_zone` is only how
 * people read them. The overlap search uses a GiST index on tstzrange(starts_at, ends_at),
 * written by hand in the migration (TypeORM cannot declare an expression index).
 */
@Entity({ name: 'meeting' })
@Index('IDX_meeting_time_range', { synchronize: false })
@Check('CHK_meeting_status', `"status" IN ('draft','scheduled','in_progress','concluded','cancelled')`)
@Check('CHK_meeting_visibility', `"visibility" IN ('internal','public')`)
@Check(
  'CHK_meeting_times',
  `("starts_at" IS NULL AND "ends_at" IS NULL) OR ("starts_at" IS NOT NULL AND "ends_at" > "starts_at")`,
)
@Check('CHK_meeting_scheduled_has_time', `"status" IN ('draft','cancelled') OR "starts_at" IS NOT NULL`)
@Check('CHK_meeting_cancel_reason', `"status" <> 'cancelled' OR "cancellation_reason" IS NOT NULL`)
export class MeetingEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('IDX_meeting_host_agency')
  @Column({ name: 'host_agency_id', type: 'uuid' })
  hostAgencyId!: string;

  @References(() => AgencyEntity, 'host_agency_id', 'FK_meeting_host_agency', 'RESTRICT')
  hostAgency?: AgencyEntity;

  @Index('IDX_meeting_convener')
  @Column({ name: 'convener_id', type: 'uuid' })
  convenerId!: string;

  @References(() => UserEntity, 'convener_id', 'FK_meeting_convener', 'RESTRICT')
  convener?: UserEntity;

  @Index('IDX_meeting_starts_at')
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'America/Lima' })
  timeZone!: string;

  @Column({ name: 'venue_name', type: 'varchar', length: 200, nullable: true })
  venueName!: string | null;

  @Column({ name: 'venue_address', type: 'varchar', length: 300, nullable: true })
  venueAddress!: string | null;

  @Column({ name: 'venue_city', type: 'varchar', length: 120, nullable: true })
  venueCity!: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 2000, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'internal' })
  visibility!: MeetingVisibility;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: MeetingStatus;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 1000, nullable: true })
  cancellationReason!: string | null;

  /** iCalendar SEQUENCE: raised by every change of time, place or status. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @OneToMany(() => MeetingInvitationEntity, (i) => i.meeting)
  invitations?: MeetingInvitationEntity[];
}
