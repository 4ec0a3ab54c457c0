import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { MeetingDto, MeetingSummaryDto, Page } from '@cumbre/contracts';
import type { AuthUser } from '../common/auth-user';
import { Viewer, viewerOf } from '../common/viewer';
import { Clock } from '../common/clock';
import { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { meetingInvolvement, meetingVisibility } from './meeting-access.policy';
import { mapMeeting, mapMeetingSummary, myRsvpOf } from './meeting.mapper';
import type { MeetingListQueryDto } from './dto/meeting.requests';

export const MEETING_NOT_FOUND = 'meeting not found';
export const meetingNotFound = (id: string) => new ApiError('meeting.not_found', MEETING_NOT_FOUND, { params: { id } });

/**
 * Every read of meetings goes through here, with the visibility policy in the WHERE clause, so
 * that no list, count or single read can forget it.
 */
@Injectable()
export class MeetingQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A query over meetings (alias `m`) already restricted to what `viewer` may see. */
  visibleMeetings(viewer: Viewer, manager?: EntityManager): SelectQueryBuilder<MeetingEntity> {
    const policy = meetingVisibility('m', viewer);
    return (manager ?? this.dataSource.manager)
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(policy.sql, policy.params);
  }

  /**
   * The meeting row, locked for the rest of the transaction when `lock` is set (so that two
   * changes to one meeting queue up instead of interleaving). 404 when not visible.
   */
  async findVisible(manager: EntityManager, id: string, viewer: Viewer, lock = false): Promise<MeetingEntity> {
    const qb = this.visibleMeetings(viewer, manager).andWhere('m.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['m']);
    const meeting = await qb.getOne();
    if (!meeting) throw meetingNotFound(id);
    return meeting;
  }

  /** The full meeting as the caller sees it. */
  async getDto(id: string, user: AuthUser | null, manager?: EntityManager): Promise<MeetingDto> {
    const meeting = await this.visibleMeetings(viewerOf(user), manager)
      .andWhere('m.id = :id', { id })
      .innerJoinAndSelect('m.hostAgency', 'host')
      .innerJoinAndSelect('m.convener', 'convener')
      .leftJoinAndSelect('m.invitations', 'inv')
      .leftJoinAndSelect('inv.agency', 'invAgency')
      .leftJoinAndSelect('inv.respondedBy', 'responder')
      .leftJoinAndSelect('inv.delegates', 'delegate')
      .leftJoinAndSelect('delegate.user', 'delegateUser')
      .getOne();
    if (!meeting) throw meetingNotFound(id);
    const [{ exists }] = (await (manager ?? this.dataSource).query(
      'SELECT EXISTS (SELECT 1 FROM meeting_poll WHERE meeting_id = $1) AS "exists"',
      [id],
    )) as { exists: boolean }[];
    return mapMeeting(meeting, user, exists);
  }

  /** "My meetings" (or all visible ones), filtered and paged. */
  async list(user: AuthUser, query: MeetingListQueryDto): Promise<Page<MeetingSummaryDto>> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const qb = this.visibleMeetings(viewerOf(user)).innerJoinAndSelect('m.hostAgency', 'host');
    if ((query.scope ?? 'mine') === 'mine') {
      const mine = meetingInvolvement('m', user.id);
      qb.andWhere(mine.sql, mine.params);
    }
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.agencyId) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('m.host_agency_id = :agencyId', { agencyId: query.agencyId })
            .orWhere(
              'EXISTS (SELECT 1 FROM meeting_invitation fi WHERE fi.meeting_id = m.id AND fi.organization_id = :agencyId)',
            ),
        ),
      );
    }
    if (query.from) qb.andWhere('m.ends_at > :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('m.starts_at < :to', { to: new Date(query.to) });
    if (query.when === 'upcoming') {
      // Cancelled meetings go after every active one, across pages (hence in SQL, not per page).
      qb.andWhere('(m.ends_at IS NULL OR m.ends_at > :now)', { now: this.clock.now() })
        .orderBy(`CASE WHEN m.status = 'cancelled' THEN 1 ELSE 0 END`, 'ASC')
        .addOrderBy('m.startsAt', 'ASC', 'NULLS LAST');
    } else if (query.when === 'past') {
      qb.andWhere('m.ends_at <= :now', { now: this.clock.now() }).orderBy('m.startsAt', 'DESC');
    } else {
      qb.orderBy('m.startsAt', 'DESC', 'NULLS FIRST');
    }
    // The only join is many-to-one (the host), so LIMIT/OFFSET page the meetings themselves;
    // skip/take would add a DISTINCT pre-query for nothing.
    qb.addOrderBy('m.id', 'ASC').limit(limit).offset(offset);
    const [rows, total] = await qb.getManyAndCount();
    const answers = await this.myAnswers(
      rows.map((r) => r.id),
      user,
    );
    return {
      items: rows.map((m) => mapMeetingSummary(m, myRsvpOf(answers.get(m.id) ?? [], user))),
      total,
      limit,
      offset,
    };
  }

  private async myAnswers(meetingIds: string[], user: AuthUser): Promise<Map<string, MeetingInvitationEntity[]>> {
    const agencyIds = user.memberships.map((ms) => ms.agencyId);
    const byMeeting = new Map<string, MeetingInvitationEntity[]>();
    if (meetingIds.length === 0 || agencyIds.length === 0) return byMeeting;
    const rows = await this.dataSource
      .getRepository(MeetingInvitationEntity)
      .createQueryBuilder('i')
      .where('i.meeting_id IN (:...meetingIds)', { meetingIds })
      .andWhere('i.organization_id IN (:...agencyIds)', { agencyIds })
      .getMany();
    for (const r of rows) byMeeting.set(r.meetingId, [...(byMeeting.get(r.meetingId) ?? []), r]);
    return byMeeting;
  }
}
