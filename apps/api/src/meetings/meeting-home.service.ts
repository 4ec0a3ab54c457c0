import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AgencySummary, HomeAwaitingDto, HomeConveningDto, HomeMeetingDto } from '@cumbre/contracts';
import { mapAgencySummary } from '../agencies/agency.mapper';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import type { SqlCondition } from '../common/sql-condition';
import { viewerOf } from '../common/viewer';
import { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import type { MeetingEntity } from './entities/meeting.entity';
import { meetingInvolvement, meetingVisibility } from './meeting-access.policy';
import { mapHomeMeeting, myRsvpOf } from './meeting.mapper';
import { MeetingQueries } from './meeting-queries.service';

/** How many rows each home list shows at most (the page links to the full lists). */
export const HOME_LIMITS = { nextMeetings: 8, recentMeetings: 3, awaitingAnswer: 20, convening: 10 } as const;

/** How far back the home's recent meetings go: the follow-up of a meeting (minutes, action items). */
export const RECENT_MEETING_DAYS = 30;

export interface MeetingHome {
  nextMeetings: HomeMeetingDto[];
  recentMeetings: HomeMeetingDto[];
  awaitingAnswer: HomeAwaitingDto[];
  convening: HomeConveningDto[];
}

interface AwaitingRow {
  kind: 'invitation' | 'poll';
  meeting_id: string;
  agency_id: string;
  deadline: Date | null;
}

interface ConveningRow {
  id: string;
  invited_count: number;
  pending_invitation: string[];
  pending_poll: string[];
  poll_deadline: Date | null;
}

/**
 * The meetings part of the home page, in a fixed number of queries whatever the number of
 * meetings and agencies: four lists (each one query, the visibility policy inside), then one
 * query each for the meetings, agencies and the caller's answers the lists refer to.
 */
@Injectable()
export class MeetingHomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueries,
    private readonly clock: Clock,
  ) {}

  async forUser(user: AuthUser): Promise<MeetingHome> {
    const now = this.clock.now();
    const viewer = viewerOf(user);
    const answering = user.memberships
      .filter((ms) => ms.role === 'leader' || ms.role === 'staff')
      .map((ms) => ms.agencyId);
    const visible = meetingVisibility('m', viewer);

    const involvement = meetingInvolvement('m', user.id, 'homeMine');
    /** The meetings the user takes part in, with their host: the next and the recent ones. */
    const mine = () =>
      this.queries
        .visibleMeetings(viewer)
        .innerJoinAndSelect('m.hostAgency', 'host')
        .andWhere(involvement.sql, involvement.params);
    const next = await mine()
      .andWhere(`m.status IN ('scheduled', 'in_progress') AND m.ends_at > :homeNow`, { homeNow: now })
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(HOME_LIMITS.nextMeetings)
      .getMany();
    // Held, not called off: ended within the last days, whatever its status says (statuses move
    // by hand, and a convener may not have concluded it yet).
    const recentSince = new Date(now.getTime() - RECENT_MEETING_DAYS * 86_400_000);
    const recent = await mine()
      .andWhere(`m.status IN ('scheduled', 'in_progress', 'concluded')`)
      .andWhere('m.ends_at <= :homeNow AND m.ends_at > :homeSince', { homeNow: now, homeSince: recentSince })
      .orderBy('m.endsAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .limit(HOME_LIMITS.recentMeetings)
      .getMany();

    const awaiting: AwaitingRow[] =
      answering.length === 0
        ? []
        : await this.raw(
            `SELECT * FROM (
               SELECT 'invitation' AS kind, i.meeting_id, i.organization_id AS agency_id, m.starts_at AS deadline
                 FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id
                WHERE i.organization_id = ANY(:answering::uuid[]) AND i.rsvp = 'pending'
                  AND m.status IN ('draft', 'scheduled') AND (m.ends_at IS NULL OR m.ends_at > :now) AND ${visible.sql}
               UNION ALL
               SELECT 'poll', i.meeting_id, i.organization_id, p.deadline
                 FROM meeting_poll p JOIN meeting m ON m.id = p.meeting_id
                 JOIN meeting_invitation i ON i.meeting_id = m.id
                WHERE i.organization_id = ANY(:answering::uuid[]) AND p.chosen_slot_id IS NULL AND p.deadline > :now
                  AND m.status IN ('draft', 'scheduled') AND ${visible.sql}
                  AND NOT EXISTS (SELECT 1 FROM meeting_poll_answer a WHERE a.poll_id = p.id AND a.organization_id = i.organization_id)
             ) due ORDER BY deadline ASC NULLS LAST, meeting_id, kind, agency_id LIMIT ${HOME_LIMITS.awaitingAnswer}`,
            { ...visible.params, answering, now },
          );

    const pendingPollSql = `SELECT i.organization_id FROM meeting_invitation i WHERE i.meeting_id = m.id
        AND NOT EXISTS (SELECT 1 FROM meeting_poll_answer a WHERE a.poll_id = p.id AND a.organization_id = i.organization_id)`;
    const convening: ConveningRow[] = await this.raw(
      `SELECT m.id,
              (SELECT count(*) FROM meeting_invitation i WHERE i.meeting_id = m.id)::int AS invited_count,
              COALESCE((SELECT json_agg(i.organization_id ORDER BY i.created_at, i.organization_id)
                          FROM meeting_invitation i WHERE i.meeting_id = m.id AND i.rsvp = 'pending'), '[]'::json) AS pending_invitation,
              CASE WHEN p.id IS NULL THEN '[]'::json
                   ELSE COALESCE((SELECT json_agg(x.organization_id) FROM (${pendingPollSql}) x), '[]'::json) END AS pending_poll,
              p.deadline AS poll_deadline
         FROM meeting m
         LEFT JOIN meeting_poll p ON p.meeting_id = m.id AND p.chosen_slot_id IS NULL AND p.deadline > :now
        WHERE (m.convener_id = :userId OR m.host_agency_id = ANY(:answering::uuid[]))
          AND (m.status = 'draft' AND (m.ends_at IS NULL OR m.ends_at > :now)
               -- Scheduled or under way, even once ended: until concluded it waits on the convener
               -- (for as long as a meeting counts as recent, not for ever).
               OR m.status IN ('scheduled', 'in_progress') AND (m.ends_at IS NULL OR m.ends_at > :recentSince))
          AND ${visible.sql}
        ORDER BY m.starts_at ASC NULLS LAST, m.id LIMIT ${HOME_LIMITS.convening}`,
      { ...visible.params, answering, now, recentSince, userId: user.id },
    );

    // The meetings and agencies the lists name, and the caller's answers: one query each.
    const listedIds = new Set([...next, ...recent].map((m) => m.id));
    const otherIds = [...new Set([...awaiting.map((a) => a.meeting_id), ...convening.map((c) => c.id)])].filter(
      (id) => !listedIds.has(id),
    );
    const others =
      otherIds.length === 0
        ? []
        : await this.queries
            .visibleMeetings(viewer)
            .innerJoinAndSelect('m.hostAgency', 'host')
            .andWhere('m.id IN (:...otherIds)', { otherIds })
            .getMany();
    const meetings = new Map([...next, ...recent, ...others].map((m) => [m.id, m]));
    const agencyIds = [
      ...new Set([
        ...awaiting.map((a) => a.agency_id),
        ...convening.flatMap((c) => [...c.pending_invitation, ...c.pending_poll]),
      ]),
    ];
    const agencies = new Map(
      (agencyIds.length === 0
        ? []
        : await this.dataSource.getRepository(AgencyEntity).findBy({ id: In(agencyIds) })
      ).map((a) => [a.id, mapAgencySummary(a)]),
    );
    const myAgencies = user.memberships.map((ms) => ms.agencyId);
    const answers =
      meetings.size === 0 || myAgencies.length === 0
        ? []
        : await this.dataSource
            .getRepository(MeetingInvitationEntity)
            .findBy({ meetingId: In([...meetings.keys()]), agencyId: In(myAgencies) });

    const home = (m: MeetingEntity): HomeMeetingDto =>
      mapHomeMeeting(
        m,
        myRsvpOf(
          answers.filter((a) => a.meetingId === m.id),
          user,
        ),
      );
    const agency = (id: string): AgencySummary[] => {
      const a = agencies.get(id);
      return a ? [a] : [];
    };
    return {
      nextMeetings: next.map(home),
      recentMeetings: recent.map(home),
      awaitingAnswer: awaiting.flatMap((a) => {
        const m = meetings.get(a.meeting_id);
        return m
          ? agency(a.agency_id).map((ag) => ({
              kind: a.kind,
              meeting: home(m),
              agency: ag,
              deadline: a.deadline ? new Date(a.deadline).toISOString() : null,
            }))
          : [];
      }),
      convening: convening.flatMap((c) => {
        const m = meetings.get(c.id);
        return m
          ? [
              {
                meeting: home(m),
                invitedCount: c.invited_count,
                pendingInvitation: c.pending_invitation.flatMap(agency),
                pendingPoll: c.pending_poll.flatMap(agency),
                pollDeadline: c.poll_deadline ? new Date(c.poll_deadline).toISOString() : null,
              },
            ]
          : [];
      }),
    };
  }

  private raw<T>(sql: string, params: SqlCondition['params']): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }
}
