import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AgendaSnapshot, MeetingStatus, RsvpStatus } from '@cumbre/contracts';
import {
  buildCalendar,
  IcsAttendee,
  IcsCalendar,
  IcsEvent,
  icsPartStatFor,
  icsStatusFor,
  publishedAgendaText,
} from '@cumbre/scheduling';
import { agendaPublicationsSql, latestPublishedAgendaSql } from '../agenda/public-agenda.queries';
import { AGENCY_NAMES } from '../agencies/agency.queries';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { foldSql } from '../common/search-text';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { SqlCondition } from '../common/sql-condition';
import { ANONYMOUS, viewerOf } from '../common/viewer';
import { USER_CONTACTS } from '../users/user.queries';
import { meetingInvolvement, meetingVisibility } from './meeting-access.policy';
import { MEETING_NOT_FOUND } from './meeting-queries.service';

interface CalendarRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue_name: string | null;
  venue_address: string | null;
  venue_city: string | null;
  online_url: string | null;
  status: MeetingStatus;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  host_agency_id: string;
  host_name: string;
  convener_id: string;
  convener_name: string;
  convener_email: string;
  /** Only when asked for (see `load`). */
  involved?: boolean;
  /** The latest published agenda version, null before the first publication. */
  agenda: { number: number; publishedAt: string; snapshot: AgendaSnapshot } | null;
  invitations: {
    agencyId: string;
    agencyName: string;
    rsvp: RsvpStatus;
    delegates: { id: string; name: string; email: string }[];
  }[];
}

/**
 * `mailto`: people appear with their e-mail (for participants, whose calendars match them);
 * `anonymous`: no e-mail and no attendees (public feed, onlookers of a public meeting).
 */
type PeopleMode = 'mailto' | 'anonymous';

/**
 * What a feed's content depends on, read in one cheap aggregate: when it changes, the feed
 * changes. `lastModified` is the latest change among its meetings (and, for a personal feed,
 * their invitations).
 */
export interface FeedVersion {
  tag: string;
  lastModified: Date;
}

const FEED_PAST_DAYS = 180;
const FEED_MAX_EVENTS = 500;

/** The aggregate `version` reads: counts and the latest stamp of each part of a feed. */
interface FeedVersionRow {
  n: number;
  last: Date | null;
  inv_n: number;
  invited: Date | null;
  answered: Date | null;
  agenda_n: number;
  agenda_last: Date | null;
}

/** iCalendar output: one meeting, a user's feed, the public feed, and e-mail attachments. */
@Injectable()
export class MeetingCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The meetings of `which` that a feed carries: dated, and ended at most FEED_PAST_DAYS ago. */
  private inFeed(which: SqlCondition): SqlCondition {
    return {
      sql: `${which.sql} AND m.starts_at IS NOT NULL AND m.ends_at > :feedSince`,
      params: { ...which.params, feedSince: new Date(this.clock.now().getTime() - FEED_PAST_DAYS * 86_400_000) },
    };
  }

  meetingUrl(id: string): string {
    return `${this.config.publicUrl}/app/reuniones/${id}`;
  }

  /** GET /meetings/:id.ics. Participants see e-mail addresses; onlookers of a public meeting do not. */
  async meetingIcs(id: string, user: AuthUser): Promise<string> {
    const viewer = viewerOf(user);
    const visible = meetingVisibility('m', viewer);
    // One read: the row under the visibility policy, and whether the caller takes part in it.
    const [row] = await this.load(
      this.dataSource.manager,
      { sql: `${visible.sql} AND m.id = :id`, params: { ...visible.params, id } },
      user.id,
    );
    if (!row) throw new ApiError('meeting.not_found', MEETING_NOT_FOUND);
    if (!row.starts_at)
      throw new ApiError('meeting.no_date', 'the meeting has no date yet: there is nothing to put in a calendar');
    const mode: PeopleMode = row.involved || user.platformRoles.includes('admin') ? 'mailto' : 'anonymous';
    return buildCalendar({ method: 'PUBLISH', events: [this.event(row, mode)] });
  }

  /** One public meeting as an .ics for anyone (the public site's "add to calendar"); no attendees. */
  async publicMeetingIcs(id: string): Promise<string> {
    const pub = meetingVisibility('m', ANONYMOUS);
    const [row] = await this.load(this.dataSource.manager, {
      sql: `${pub.sql} AND m.id = :id`,
      params: { ...pub.params, id },
    });
    if (!row) throw new ApiError('meeting.not_found', MEETING_NOT_FOUND);
    if (!row.starts_at)
      throw new ApiError('meeting.no_date', 'the meeting has no date yet: there is nothing to put in a calendar');
    return buildCalendar({ method: 'PUBLISH', events: [this.event(row, 'anonymous')] });
  }

  /** A user's subscription feed: the meetings they take part in, recent and upcoming. */
  async userFeed(userId: string, displayName: string): Promise<string> {
    const mine = meetingInvolvement('m', userId);
    const rows = await this.load(this.dataSource.manager, this.inFeed(mine));
    return buildCalendar({
      method: 'PUBLISH',
      name: `Cumbre — ${displayName}`,
      events: rows.map((r) => this.event(r, 'mailto')),
    });
  }

  /**
   * The public feed's version: how many meetings it holds and the latest `updated_at` among them
   * (a meeting leaving the window or the public changes the count). One aggregate, no rows.
   */
  async publicFeedVersion(): Promise<FeedVersion> {
    const pub = meetingVisibility('m', ANONYMOUS);
    return this.version(this.inFeed(pub));
  }

  /**
   * A personal feed's version. Its events list attendees and their answers, so invitations
   * count too: a new invitation, an answer or new delegates (which stamp `responded_at`).
   */
  async userFeedVersion(userId: string): Promise<FeedVersion> {
    const mine = meetingInvolvement('m', userId);
    return this.version(this.inFeed(mine), true);
  }

  private async version(where: SqlCondition, withInvitations = false): Promise<FeedVersion> {
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH feed AS (SELECT m.id, m.updated_at FROM meeting m WHERE ${where.sql}),
            inv AS (SELECT count(*)::int AS n, max(i.created_at) AS created, max(i.responded_at) AS answered
                      FROM meeting_invitation i WHERE :withInvitations AND i.meeting_id IN (SELECT f.id FROM feed f)),
            ag AS (SELECT ${agendaPublicationsSql('SELECT f.id FROM feed f')} AS p)
       SELECT (SELECT count(*) FROM feed)::int AS n, (SELECT max(updated_at) FROM feed) AS last,
              (SELECT n FROM inv) AS inv_n, (SELECT created FROM inv) AS invited, (SELECT answered FROM inv) AS answered,
              (SELECT (p->>'n')::int FROM ag) AS agenda_n, (SELECT (p->>'last')::timestamptz FROM ag) AS agenda_last`,
      { ...where.params, withInvitations },
    );
    const [row]: FeedVersionRow[] = await this.dataSource.query(sql, params);
    // Each part's latest stamp goes into the tag on its own: they come from different clocks
    // (meetings' updated_at and invitations' created_at from the database's, answers and agenda
    // versions from the API's domain clock, which may run apart from it, or be set ahead by
    // CLOCK_START), so the latest of them all could hide a change to another part.
    // Publishing an agenda changes the events' descriptions: its count is part of the tag too.
    const stamps = [row.last, row.invited, row.answered, row.agenda_last].map((t) => (t ? new Date(t).getTime() : 0));
    const lastModified = new Date(Math.max(...stamps));
    return { tag: [row.n, row.inv_n, row.agenda_n, ...stamps].join('.'), lastModified };
  }

  /** The public feed: public meetings out of draft, without anybody's e-mail. */
  async publicFeed(): Promise<string> {
    const pub = meetingVisibility('m', ANONYMOUS);
    const rows = await this.load(this.dataSource.manager, this.inFeed(pub));
    return buildCalendar({
      method: 'PUBLISH',
      name: 'Cumbre — reuniones públicas',
      events: rows.map((r) => this.event(r, 'anonymous')),
    });
  }

  /**
   * The .ics attached to an e-mail, read inside the transaction that caused it (so it shows the
   * change being committed). Null while the meeting has no time.
   */
  async attachmentIcs(manager: EntityManager, meetingId: string, method: 'REQUEST' | 'CANCEL'): Promise<string | null> {
    const [row] = await this.load(manager, { sql: 'm.id = :id', params: { id: meetingId } });
    if (!row || !row.starts_at) return null;
    const cal: IcsCalendar = { method, events: [this.event(row, 'mailto')] };
    return buildCalendar(cal);
  }

  /** The meetings matching `where`; with `involvedUserId`, also whether that user takes part in each. */
  private load(manager: EntityManager, where: SqlCondition, involvedUserId?: string): Promise<CalendarRow[]> {
    const qb = manager.createQueryBuilder();
    if (involvedUserId) {
      const involved = meetingInvolvement('m', involvedUserId, 'icsInvolved');
      qb.addSelect(`(${involved.sql})`, 'involved').setParameters(involved.params);
    }
    return (
      qb
        .addSelect(
          `m.id, m.title, m.description, m.starts_at, m.ends_at, m.time_zone, m.venue_name, m.venue_address,
         m.venue_city, m.online_url, m.status, m.sequence, m.created_at, m.updated_at, m.host_agency_id,
         host.name AS host_name, m.convener_id, cu.display_name AS convener_name, cu.email AS convener_email`,
        )
        .addSelect(
          `COALESCE((SELECT json_agg(json_build_object(
            'agencyId', i.organization_id, 'agencyName', o.name, 'rsvp', i.rsvp,
            'delegates', COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.display_name, 'email', u.email) ORDER BY ${foldSql('u.display_name')}, u.id)
                                     FROM meeting_delegate d JOIN ${USER_CONTACTS} u ON u.id = d.user_id
                                    WHERE d.invitation_id = i.id), '[]'::json))
            ORDER BY ${foldSql('o.name')})
           FROM meeting_invitation i JOIN ${AGENCY_NAMES} o ON o.id = i.organization_id
          WHERE i.meeting_id = m.id), '[]'::json)`,
          'invitations',
        )
        .addSelect(latestPublishedAgendaSql('m.id'), 'agenda')
        .from('meeting', 'm')
        .innerJoin(AGENCY_NAMES, 'host', 'host.id = m.host_agency_id')
        .innerJoin(USER_CONTACTS, 'cu', 'cu.id = m.convener_id')
        .where(where.sql, where.params)
        // Latest first, so that the cap drops the oldest past meetings, never upcoming ones.
        .orderBy('m.starts_at', 'DESC', 'NULLS LAST')
        .addOrderBy('m.id', 'ASC')
        .limit(FEED_MAX_EVENTS)
        .getRawMany<CalendarRow>()
    );
  }

  private event(r: CalendarRow, people: PeopleMode): IcsEvent {
    const place = [r.venue_name, r.venue_address, r.venue_city].filter((p): p is string => !!p).join(', ');
    // The published agenda (never the draft being edited), timed from the start it froze.
    const agenda = r.agenda ? publishedAgendaText(r.agenda.number, r.agenda.snapshot, r.starts_at) : '';
    const description = [
      r.description.trim(),
      agenda,
      r.online_url ? `Enlace: ${r.online_url}` : '',
      `Reunión en Cumbre: ${this.meetingUrl(r.id)}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const attendees: IcsAttendee[] =
      people === 'anonymous'
        ? []
        : r.invitations.flatMap((inv): IcsAttendee[] =>
            inv.delegates.length > 0
              ? inv.delegates.map((d) => ({
                  name: d.name,
                  uri: `mailto:${d.email}`,
                  partStat: icsPartStatFor(inv.rsvp),
                  cuType: 'INDIVIDUAL',
                  agencyName: inv.agencyName,
                }))
              : // An agency that has named nobody yet still shows, as a group, with its answer.
                [
                  {
                    name: inv.agencyName,
                    uri: `urn:uuid:${inv.agencyId}`,
                    partStat: icsPartStatFor(inv.rsvp),
                    cuType: 'GROUP',
                  },
                ],
          );
    return {
      uid: `${r.id}@cumbre`,
      sequence: r.sequence,
      dtStamp: this.clock.now(),
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      timeZone: r.time_zone,
      summary: r.title,
      description,
      location: place || r.online_url || undefined,
      url: this.meetingUrl(r.id),
      status: icsStatusFor(r.status),
      organizer:
        people === 'mailto'
          ? { name: r.convener_name, uri: `mailto:${r.convener_email}` }
          : { name: r.host_name, uri: `urn:uuid:${r.host_agency_id}` },
      attendees,
      created: r.created_at,
      lastModified:
        r.agenda && new Date(r.agenda.publishedAt) > r.updated_at ? new Date(r.agenda.publishedAt) : r.updated_at,
    };
  }
}
