import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ConflictDto, ConflictErrorBody, MeetingStatus } from '@cumbre/contracts';
import { findConflicts, ScheduledMeeting } from '@cumbre/scheduling';
import { agencySummaryOf } from '../agencies/agency.queries';
import type { AuthUser } from '../common/auth-user';
import { Viewer, viewerOf } from '../common/viewer';
import { displayNamesOf } from '../users/user.queries';
import { MeetingQueries } from './meeting-queries.service';
import { meetingVisibility } from './meeting-access.policy';

/** The meeting whose (new) time is being checked. */
export interface ConflictTarget {
  id: string;
  startsAt: Date;
  endsAt: Date;
  hostAgencyId: string;
  status: MeetingStatus;
}

interface CandidateRow {
  id: string;
  /** Null unless the caller may see the meeting. */
  title: string | null;
  visible: boolean;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  status: MeetingStatus;
  host_agency_id: string;
  delegate_ids: string[];
}

/** Advisory lock class of conflict checks (the key within it is the host agency or delegate). */
const CONFLICT_LOCK = 7401;

/** Shown instead of the title of a meeting the caller may not see. */
export const HIDDEN_MEETING_TITLE = '(reunión no visible)';

/**
 * Finds the meetings that would clash with a meeting at a given time. The database narrows the
 * candidates (GiST range overlap, same host or a shared delegate); the rule itself is the pure
 * `findConflicts` of @cumbre/scheduling.
 */
@Injectable()
export class ConflictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueries,
  ) {}

  /**
   * The conflicts of a meeting that is being written, inside the writing transaction. Two such
   * transactions for the same host agency or a shared delegate are serialised first, so that the
   * second sees the first's meeting and two overlapping meetings cannot both slip in.
   */
  async find(manager: EntityManager, target: ConflictTarget, viewer: Viewer): Promise<ConflictDto[]> {
    const delegateIds = await this.delegatesOf(manager, target.id);
    await this.serialise(manager, target.hostAgencyId, delegateIds);
    return this.detect(manager, target, delegateIds, viewer);
  }

  /**
   * Transaction-scoped advisory locks on the host agency and every delegate, taken in one fixed
   * (sorted) order so that two writers never wait on each other in a circle. The locks end with
   * the transaction, after its meeting is committed and visible to the next writer's check.
   */
  private async serialise(manager: EntityManager, hostAgencyId: string, delegateIds: string[]): Promise<void> {
    const keys = [`host:${hostAgencyId}`, ...delegateIds.map((id) => `delegate:${id}`)].sort();
    for (const key of keys) {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CONFLICT_LOCK, key]);
    }
  }

  private async delegatesOf(manager: EntityManager, meetingId: string): Promise<string[]> {
    const delegateRows: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM meeting_delegate WHERE meeting_id = $1',
      [meetingId],
    );
    return [...new Set(delegateRows.map((r) => r.user_id))];
  }

  private async detect(
    manager: EntityManager,
    target: ConflictTarget,
    delegateIds: string[],
    viewer: Viewer,
  ): Promise<ConflictDto[]> {
    // Whether the caller may see each candidate is the visibility policy, evaluated in the same
    // query; the title of a meeting they may not see never leaves the database.
    const policy = meetingVisibility('m', viewer);
    const [sql, params] = manager.connection.driver.escapeQueryWithParameters(
      `SELECT c.id, CASE WHEN c.visible THEN c.title END AS title, c.visible, c.starts_at, c.ends_at, c.time_zone,
              c.status, c.host_agency_id, c.delegate_ids
         FROM (SELECT m.id, m.title, m.starts_at, m.ends_at, m.time_zone, m.status, m.host_agency_id,
                      ARRAY(SELECT d.user_id FROM meeting_delegate d WHERE d.meeting_id = m.id) AS delegate_ids,
                      (${policy.sql}) AS visible
                 FROM meeting m
                -- The WHERE repeats IDX_meeting_time_range's predicate so that the planner may use it.
                WHERE m.starts_at IS NOT NULL AND m.status <> 'cancelled'
                  AND tstzrange(m.starts_at, m.ends_at, '[)') && tstzrange(:startsAt, :endsAt, '[)')
                  AND m.id <> :targetId
                  AND (m.host_agency_id = :hostAgencyId
                       OR EXISTS (SELECT 1 FROM meeting_delegate d
                                   WHERE d.meeting_id = m.id AND d.user_id = ANY(:delegateIds::uuid[])))
                ORDER BY m.starts_at, m.id
                LIMIT 200) c
        ORDER BY c.starts_at, c.id`,
      {
        ...policy.params,
        targetId: target.id,
        startsAt: target.startsAt,
        endsAt: target.endsAt,
        hostAgencyId: target.hostAgencyId,
        delegateIds,
      },
    );
    const candidates: CandidateRow[] = await manager.query(sql, params);
    const asScheduled = (r: CandidateRow): ScheduledMeeting => ({
      id: r.id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      status: r.status,
      hostAgencyId: r.host_agency_id,
      delegateUserIds: r.delegate_ids,
    });
    const conflicts = findConflicts({ ...target, delegateUserIds: delegateIds }, candidates.map(asScheduled));
    if (conflicts.length === 0) return [];

    const byId = new Map(candidates.map((c) => [c.id, c]));
    const people = await displayNamesOf(
      manager,
      conflicts.flatMap((c) => c.sharedDelegateUserIds),
    );
    const host = conflicts.some((c) => c.sharedHost) ? await agencySummaryOf(manager, target.hostAgencyId) : null;
    return conflicts.map((c) => {
      const row = byId.get(c.meetingId) as CandidateRow;
      return {
        meetingId: c.meetingId,
        title: row.title ?? HIDDEN_MEETING_TITLE,
        startsAt: row.starts_at.toISOString(),
        endsAt: row.ends_at.toISOString(),
        timeZone: row.time_zone,
        sharedHost: c.sharedHost ? host : null,
        sharedDelegates: c.sharedDelegateUserIds.map((id) => ({ id, displayName: people.get(id) ?? '' })),
        visible: row.visible,
      };
    });
  }

  /** 409 with the conflict list unless the caller confirmed them. */
  assertConfirmed(conflicts: ConflictDto[], confirmed: boolean | undefined): void {
    if (conflicts.length === 0 || confirmed === true) return;
    throw new ApiError(
      'meeting.conflicts',
      `this time conflicts with ${conflicts.length} other meeting(s) sharing the host agency or a delegate; send confirmConflicts: true to proceed`,
      { extra: { conflicts } satisfies Pick<ConflictErrorBody, 'conflicts'> },
    );
  }

  /** GET /meetings/:id/conflicts: the conflicts of the meeting at its current time. */
  async forMeeting(id: string, user: AuthUser): Promise<ConflictDto[]> {
    const viewer = viewerOf(user);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const m = await this.queries.findVisible(manager, id, viewer);
      if (!m.startsAt || !m.endsAt || m.status === 'cancelled') return [];
      return this.detect(
        manager,
        { id: m.id, startsAt: m.startsAt, endsAt: m.endsAt, hostAgencyId: m.hostAgencyId, status: m.status },
        await this.delegatesOf(manager, m.id),
        viewer,
      );
    });
  }
}
