import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { MeetingDto, MeetingStatus, MeetingSummaryDto, Page } from '@cumbre/contracts';
import { toPositional } from '../common/sql-condition';
import { SqlReader, type SqlRunner } from '../database/sql-reader';
import type { AuthUser } from '../common/auth-user';
import { Viewer, viewerOf } from '../common/viewer';
import { Clock } from '../common/clock';
import { MeetingEntity } from './entities/meeting.entity';
import { meetingVisibility } from './meeting-access.policy';
import { meetingListPage } from './meeting-list.queries';
import { mapMeeting } from './meeting.mapper';
import type { MeetingListQueryDto } from './dto/meeting.requests';

/** A meeting as the reads of what hangs off it (the agenda) need it. */
export interface MeetingFacts {
  id: string;
  convenerId: string;
  hostAgencyId: string;
  status: MeetingStatus;
  timeZone: string;
  startsAt: Date | null;
  endsAt: Date | null;
  invitedAgencyIds: string[];
  /** Raised by every change to the meeting row (title, times, status…). */
  version: number;
}

/**
 * A module's own row that hangs off a meeting, read in the facts' round trip: `sql` is a
 * subquery of that module's (it may name the meeting as `m`; no parameters), joined LEFT
 * LATERAL, so its columns are null where it finds nothing. Its column names must differ from
 * the facts' (prefix them): they come back beside them, in `attached`.
 */
export interface FactsAttachment {
  sql: string;
}

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
    private readonly reader: SqlReader,
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

  /**
   * What reads hanging off a meeting (its agenda) need to know of it, if `viewer` may see it
   * (else 404): one projected statement, the invited agencies as an array — no entity hydrated.
   * `attached`: the caller's own row from the same round trip (see FactsAttachment), or null.
   */
  async visibleMeetingFacts(
    manager: SqlRunner,
    id: string,
    viewer: Viewer,
    attach?: FactsAttachment,
  ): Promise<MeetingFacts & { attached: Record<string, unknown> | null }> {
    const policy = meetingVisibility('m', viewer);
    const [sql, values] = toPositional(
      `SELECT m.id, m.convener_id, m.host_agency_id, m.status, m.time_zone, m.starts_at, m.ends_at, m.version,
              ARRAY(SELECT inv.organization_id FROM meeting_invitation inv
                     WHERE inv.meeting_id = m.id ORDER BY inv.created_at, inv.organization_id) AS invited
              ${attach ? ', att.*' : ''}
         FROM meeting m ${attach ? `LEFT JOIN LATERAL (${attach.sql}) att ON TRUE` : ''}
        WHERE (${policy.sql}) AND m.id = :factsMeetingId`,
      { ...policy.params, factsMeetingId: id },
    );
    const [row]: Record<string, unknown>[] = await manager.query(sql, values);
    if (!row) throw meetingNotFound(id);
    return {
      id: row['id'] as string,
      convenerId: row['convener_id'] as string,
      hostAgencyId: row['host_agency_id'] as string,
      status: row['status'] as MeetingFacts['status'],
      timeZone: row['time_zone'] as string,
      startsAt: (row['starts_at'] as Date | null) ?? null,
      endsAt: (row['ends_at'] as Date | null) ?? null,
      invitedAgencyIds: row['invited'] as string[],
      version: row['version'] as number,
      attached: attach ? row : null,
    };
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

  /**
   * "My meetings" (or all visible ones), filtered and paged: one projected statement (page,
   * total and the caller's answers) — the hottest signed-in list, so no entity hydration.
   */
  async list(user: AuthUser, query: MeetingListQueryDto): Promise<Page<MeetingSummaryDto>> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    // On the pool (SqlReader): the list is one statement, outside any transaction.
    const { items, total } = await meetingListPage(this.reader, user, { ...query, limit, offset }, this.clock.now());
    return { items, total, limit, offset };
  }
}
