import type { MeetingVisibility } from '@cumbre/contracts';
import type { UpdateMeetingBody } from './dto/meeting.requests';
import type { MeetingEntity } from './entities/meeting.entity';

/** The columns a PATCH may write. */
export interface MeetingValues {
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  venueName: string | null;
  venueAddress: string | null;
  venueCity: string | null;
  onlineUrl: string | null;
  visibility: MeetingVisibility;
}

export interface MeetingChangeSet {
  next: MeetingValues;
  changed: (keyof MeetingValues)[];
  /** Start, end or zone changed: conflicts are checked again, SEQUENCE goes up, invitees are told. */
  timeChanged: boolean;
  placeChanged: boolean;
}

const TIME_FIELDS: (keyof MeetingValues)[] = ['startsAt', 'endsAt', 'timeZone'];
const PLACE_FIELDS: (keyof MeetingValues)[] = ['venueName', 'venueAddress', 'venueCity', 'onlineUrl'];

const instant = (v: string | null | undefined, current: Date | null): Date | null =>
  v === undefined ? current : v === null ? null : new Date(v);
const keep = <T>(v: T | undefined, current: T): T => (v === undefined ? current : v);

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The meeting after applying `body` (`undefined` keeps a value, `null` clears it), and what changed. */
export function diffMeeting(m: MeetingEntity, body: UpdateMeetingBody, timeZone: string | undefined): MeetingChangeSet {
  const venue = body.venue ?? {};
  const next: MeetingValues = {
    title: keep(body.title, m.title),
    description: keep(body.description, m.description),
    startsAt: instant(body.startsAt, m.startsAt),
    endsAt: instant(body.endsAt, m.endsAt),
    timeZone: keep(timeZone, m.timeZone),
    venueName: keep(venue.name, m.venueName),
    venueAddress: keep(venue.address, m.venueAddress),
    venueCity: keep(venue.city, m.venueCity),
    onlineUrl: keep(body.onlineUrl, m.onlineUrl),
    visibility: keep(body.visibility, m.visibility),
  };
  const changed = (Object.keys(next) as (keyof MeetingValues)[]).filter((k) => !same(next[k], m[k]));
  return {
    next,
    changed,
    timeChanged: changed.some((k) => TIME_FIELDS.includes(k)),
    placeChanged: changed.some((k) => PLACE_FIELDS.includes(k)),
  };
}
