// The SQL the public site runs on meetings: public, non-draft meetings only (the meetings
// module's own public condition), projected to what a public page shows, keyset-paginated.
import type { EntityManager } from 'typeorm';
import type { SqlRunner } from '../database/sql-reader';
import type { AgencySummary, MeetingStatus, VenueDto } from '@cumbre/contracts';
import { agendaPublishedSql, minutesPublishedSql } from '../agenda/public-agenda.queries';
import { AGENCY_SUMMARIES, agencySummaryColumns, agencySummaryFromRow } from '../agencies/agency.queries';
import { venueFromRow } from './meeting.mapper';

/** Published to everyone (same rule as meeting-access.policy): public and out of draft. */
const PUBLIC_MEETING = `m.visibility = 'public' AND m.status <> 'draft'`;

export interface PublicMeetingRow {
  id: string;
  title: string;
  description: string;
  status: Exclude<MeetingStatus, 'draft'>;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  hostAgency: AgencySummary;
  venue: VenueDto;
  agendaPublished: boolean;
  minutesPublished: boolean;
}

const COLUMNS = `m.id, m.title, m.description, m.status, m.starts_at, m.ends_at, m.time_zone,
  m.venue_name, m.venue_address, m.venue_city, ${agencySummaryColumns('o', 'o_')},
  ${agendaPublishedSql('m.id')} AS agenda_published, ${minutesPublishedSql('m.id')} AS minutes_published`;

function toRow(r: Record<string, unknown>): PublicMeetingRow {
  return {
    id: r['id'] as string,
    title: r['title'] as string,
    description: r['description'] as string,
    status: r['status'] as PublicMeetingRow['status'],
    startsAt: (r['starts_at'] as Date | null) ?? null,
    endsAt: (r['ends_at'] as Date | null) ?? null,
    timeZone: r['time_zone'] as string,
    hostAgency: agencySummaryFromRow(r, 'o_'),
    venue: venueFromRow(r),
    agendaPublished: r['agenda_published'] === true,
    minutesPublished: r['minutes_published'] === true,
  };
}

export async function publicMeetingById(db: SqlRunner, id: string): Promise<PublicMeetingRow | null> {
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM meeting m JOIN ${AGENCY_SUMMARIES} o ON o.id = m.host_agency_id
      WHERE m.id = $1 AND ${PUBLIC_MEETING}`,
    [id],
  );
  return rows.length ? toRow(rows[0]) : null;
}

/** Whether the public may see this meeting (an announcement may only point at such a one). */
export async function isPublicMeeting(manager: EntityManager, id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM meeting m WHERE m.id = $1 AND ${PUBLIC_MEETING}`, [id]);
  return rows.length > 0;
}

/**
 * Upcoming (not yet ended, soonest first) or past (ended, latest first) public meetings with a
 * date, after a keyset cursor (starts_at, id); `limit + 1` rows tell whether there is more.
 */
export async function publicMeetingPage(
  db: SqlRunner,
  opts: {
    when: 'upcoming' | 'past';
    now: Date;
    after: { at: Date; id: string } | null;
    limit: number;
    hostAgencyId?: string;
  },
): Promise<PublicMeetingRow[]> {
  const upcoming = opts.when === 'upcoming';
  const params: unknown[] = [opts.now, opts.limit + 1];
  const where = [PUBLIC_MEETING, 'm.starts_at IS NOT NULL', upcoming ? 'm.ends_at > $1' : 'm.ends_at <= $1'];
  if (opts.hostAgencyId) {
    params.push(opts.hostAgencyId);
    where.push(`m.host_agency_id = $${params.length}`);
  }
  if (opts.after) {
    params.push(opts.after.at, opts.after.id);
    where.push(`(m.starts_at, m.id) ${upcoming ? '>' : '<'} ($${params.length - 1}, $${params.length})`);
  }
  const order = upcoming ? 'm.starts_at ASC, m.id ASC' : 'm.starts_at DESC, m.id DESC';
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM meeting m JOIN ${AGENCY_SUMMARIES} o ON o.id = m.host_agency_id
      WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $2`,
    params,
  );
  return rows.map(toRow);
}

/** When the next public meeting ends after `now` (it then moves from upcoming to past), or null. */
export async function nextPublicMeetingEnd(manager: EntityManager, now: Date): Promise<Date | null> {
  const [row]: { at: Date | null }[] = await manager.query(
    `SELECT min(m.ends_at) AS at FROM meeting m WHERE ${PUBLIC_MEETING} AND m.ends_at > $1`,
    [now],
  );
  return row?.at ?? null;
}
