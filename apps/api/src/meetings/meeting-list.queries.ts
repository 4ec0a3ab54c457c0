// "My meetings" (GET /api/meetings) in one statement: the page, the total (a window count) and
// the caller's agencies' answer per meeting, projected straight into the summary — no entity is
// hydrated on this hot read (issue #12). It takes anything with `query(sql, values)`, so the
// bench's bare baseline runs literally the same statement.
import type { MeetingStatus, MeetingSummaryDto } from '@cumbre/contracts';
import { agencySummaryColumns } from '../agencies/agency.queries';
import type { SqlRunner } from '../database/sql-reader';
import type { AuthUser } from '../common/auth-user';
import { toPositional, type SqlCondition } from '../common/sql-condition';
import { viewerOf } from '../common/viewer';
import { meetingInvolvement, meetingVisibility } from './meeting-access.policy';
import { mapMeetingSummaryRow } from './meeting.mapper';

/**
 * The meeting titles other modules may show (an action item's meeting), as a derived table to
 * join (`LEFT JOIN ${MEETING_TITLES} mt ON mt.id = …`); PostgreSQL flattens it into the outer query.
 */
export const MEETING_TITLES = '(SELECT id, title FROM meeting)';

export interface MeetingListFilter {
  scope?: 'mine' | 'all';
  status?: MeetingStatus;
  agencyId?: string;
  from?: string;
  to?: string;
  when?: 'upcoming' | 'past';
  limit: number;
  offset: number;
}

/** The WHERE conditions and ORDER BY of a list, policy first. */
function listShape(user: AuthUser, f: MeetingListFilter, now: Date): { where: SqlCondition[]; order: string } {
  const where: SqlCondition[] = [meetingVisibility('m', viewerOf(user))];
  if ((f.scope ?? 'mine') === 'mine') where.push(meetingInvolvement('m', user.id));
  if (f.status) where.push({ sql: 'm.status = :status', params: { status: f.status } });
  if (f.agencyId) {
    where.push({
      sql: `(m.host_agency_id = :agencyId
             OR EXISTS (SELECT 1 FROM meeting_invitation fi WHERE fi.meeting_id = m.id AND fi.organization_id = :agencyId))`,
      params: { agencyId: f.agencyId },
    });
  }
  if (f.from) where.push({ sql: 'm.ends_at > :from', params: { from: new Date(f.from) } });
  if (f.to) where.push({ sql: 'm.starts_at < :to', params: { to: new Date(f.to) } });
  let order: string;
  if (f.when === 'upcoming') {
    // Cancelled meetings go after every active one, across pages (hence in SQL, not per page).
    where.push({ sql: '(m.ends_at IS NULL OR m.ends_at > :now)', params: { now } });
    order = `CASE WHEN m.status = 'cancelled' THEN 1 ELSE 0 END ASC, m.starts_at ASC NULLS LAST`;
  } else if (f.when === 'past') {
    where.push({ sql: 'm.ends_at <= :now', params: { now } });
    order = 'm.starts_at DESC';
  } else {
    order = 'm.starts_at DESC NULLS FIRST';
  }
  return { where, order: `${order}, m.id ASC` };
}

const joinConditions = (conditions: SqlCondition[]): SqlCondition => ({
  sql: conditions.map((c) => `(${c.sql})`).join(' AND '),
  params: Object.assign({}, ...conditions.map((c) => c.params)),
});

/**
 * A page of the meetings `user` may see, filtered, with the total and their answer: one
 * statement (two when the page is past the end, to still say how many there are).
 */
export async function meetingListPage(
  db: SqlRunner,
  user: AuthUser,
  f: MeetingListFilter,
  now: Date,
): Promise<{ items: MeetingSummaryDto[]; total: number }> {
  const shape = listShape(user, f, now);
  const where = joinConditions(shape.where);
  // The caller's answer: the first of their agencies (in membership order) invited to the meeting.
  const agencyIds = user.memberships.map((ms) => ms.agencyId);
  const [sql, values] = toPositional(
    `SELECT m.id, m.title, m.status, m.visibility, m.starts_at, m.ends_at, m.time_zone,
            m.venue_name, m.venue_address, m.venue_city, m.online_url, ${agencySummaryColumns('host', 'host_')},
            (SELECT i.rsvp FROM meeting_invitation i
              WHERE i.meeting_id = m.id AND i.organization_id = ANY(:listAgencyIds::uuid[])
              ORDER BY array_position(:listAgencyIds::uuid[], i.organization_id) LIMIT 1) AS my_rsvp,
            COUNT(*) OVER () AS total
       FROM meeting m INNER JOIN organization host ON host.id = m.host_agency_id
      WHERE ${where.sql}
      ORDER BY ${shape.order}
      LIMIT :listLimit OFFSET :listOffset`,
    { ...where.params, listAgencyIds: agencyIds, listLimit: f.limit, listOffset: f.offset },
  );
  const rows = await db.query(sql, values);
  let total = rows.length ? Number(rows[0]['total']) : 0;
  if (rows.length === 0 && f.offset > 0) {
    const [countSql, countValues] = toPositional(
      `SELECT COUNT(*) AS total FROM meeting m WHERE ${where.sql}`,
      where.params,
    );
    total = Number((await db.query(countSql, countValues))[0]['total']);
  }
  return { items: rows.map(mapMeetingSummaryRow), total };
}
