import type { MeetingStatus, RsvpStatus } from '@cumbre/contracts';
import { contentLine, CRLF, escapeText, formatInZone, formatUtc } from './ics-text';
import { buildVTimezone } from './vtimezone';

export type IcsEventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
export type IcsPartStat = 'NEEDS-ACTION' | 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';

export interface IcsPerson {
  name: string;
  /** A calendar address URI: mailto:… for people with an account, urn:uuid:… otherwise. */
  uri: string;
}

export interface IcsAttendee extends IcsPerson {
  partStat: IcsPartStat;
  /** INDIVIDUAL for a delegate; GROUP for an invited agency that has named nobody yet. */
  cuType: 'INDIVIDUAL' | 'GROUP';
  /** The agency the attendee represents, shown by some clients. */
  agencyName?: string;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  dtStamp: Date;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: IcsEventStatus;
  organizer?: IcsPerson;
  attendees?: IcsAttendee[];
  created?: Date;
  lastModified?: Date;
}

export interface IcsCalendar {
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Shown by subscribing clients as the calendar's name. */
  name?: string;
  events: IcsEvent[];
}

export const ICS_PRODID = '-//Cumbre//Cumbre 1.0//ES';

export function icsStatusFor(status: MeetingStatus): IcsEventStatus {
  if (status === 'cancelled') return 'CANCELLED';
  if (status === 'draft') return 'TENTATIVE';
  return 'CONFIRMED';
}

export function icsPartStatFor(rsvp: RsvpStatus): IcsPartStat {
  const map: Record<RsvpStatus, IcsPartStat> = {
    pending: 'NEEDS-ACTION',
    accepted: 'ACCEPTED',
    tentative: 'TENTATIVE',
    declined: 'DECLINED',
  };
  return map[rsvp];
}

function eventLines(e: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', e.uid),
    contentLine('SEQUENCE', String(e.sequence)),
    contentLine('DTSTAMP', formatUtc(e.dtStamp)),
    contentLine('DTSTART', formatInZone(e.startsAt, e.timeZone), { TZID: e.timeZone }),
    contentLine('DTEND', formatInZone(e.endsAt, e.timeZone), { TZID: e.timeZone }),
    contentLine('SUMMARY', escapeText(e.summary)),
    contentLine('STATUS', e.status),
  ];
  if (e.created) lines.push(contentLine('CREATED', formatUtc(e.created)));
  if (e.lastModified) lines.push(contentLine('LAST-MODIFIED', formatUtc(e.lastModified)));
  if (e.description) lines.push(contentLine('DESCRIPTION', escapeText(e.description)));
  if (e.location) lines.push(contentLine('LOCATION', escapeText(e.location)));
  if (e.url) lines.push(contentLine('URL', e.url, { VALUE: 'URI' }));
  if (e.organizer) lines.push(contentLine('ORGANIZER', e.organizer.uri, { CN: e.organizer.name }));
  for (const a of e.attendees ?? []) {
    lines.push(
      contentLine('ATTENDEE', a.uri, {
        CUTYPE: a.cuType,
        ROLE: 'REQ-PARTICIPANT',
        PARTSTAT: a.partStat,
        CN: a.name,
        'X-CUMBRE-AGENCY': a.agencyName,
      }),
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A whole VCALENDAR as text with CRLF line endings, one VTIMEZONE per zone used (covering the
 * years of that zone's events), then the events.
 */
export function buildCalendar(cal: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', contentLine('PRODID', ICS_PRODID), 'CALSCALE:GREGORIAN'];
  if (cal.method) lines.push(contentLine('METHOD', cal.method));
  if (cal.name) lines.push(contentLine('X-WR-CALNAME', escapeText(cal.name)));
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const e of cal.events) {
    const span = spans.get(e.timeZone);
    if (!span) spans.set(e.timeZone, { from: e.startsAt, to: e.endsAt });
    else {
      if (e.startsAt < span.from) span.from = e.startsAt;
      if (e.endsAt > span.to) span.to = e.endsAt;
    }
  }
  for (const [zone, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...buildVTimezone(zone, span.from, span.to));
  }
  for (const e of cal.events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
