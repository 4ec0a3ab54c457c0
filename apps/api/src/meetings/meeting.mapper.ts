import type {
  HomeMeetingDto,
  InvitationDto,
  MeetingDto,
  MeetingSummaryDto,
  RsvpStatus,
  VenueDto,
} from '@cumbre/contracts';
import { isClosedStatus } from '@cumbre/scheduling';
import { mapAgencySummary } from '../agencies/agency.mapper';
import { agencySummaryFromRow } from '../agencies/agency.queries';
import type { AuthUser } from '../common/auth-user';
import { mapPersonSummary } from '../users/user.mapper';
import type { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import type { MeetingEntity } from './entities/meeting.entity';
import { canAnswerFor, canManageMeeting } from './meeting-access.policy';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`meeting mapper: ${what} was not loaded`);
  return value;
}

export function mapMeetingSummary(m: MeetingEntity, myRsvp: RsvpStatus | null): MeetingSummaryDto {
  return {
    id: m.id,
    title: m.title,
    status: m.status,
    visibility: m.visibility,
    startsAt: iso(m.startsAt),
    endsAt: iso(m.endsAt),
    timeZone: m.timeZone,
    hostAgency: mapAgencySummary(must(m.hostAgency, 'hostAgency')),
    venue: { name: m.venueName, address: m.venueAddress, city: m.venueCity },
    onlineUrl: m.onlineUrl,
    myRsvp,
  };
}

/** The venue from a projected row's `venue_name`, `venue_address` and `venue_city`. */
export function venueFromRow(r: Record<string, unknown>): VenueDto {
  return {
    name: (r['venue_name'] as string | null) ?? null,
    address: (r['venue_address'] as string | null) ?? null,
    city: (r['venue_city'] as string | null) ?? null,
  };
}

/**
 * A summary from a projected row (meeting-list.queries: the meeting's columns by name, the host
 * as `host_id`, `host_name`, …, and the caller's answer as `my_rsvp`).
 */
export function mapMeetingSummaryRow(r: Record<string, unknown>): MeetingSummaryDto {
  return {
    id: r['id'] as string,
    title: r['title'] as string,
    status: r['status'] as MeetingSummaryDto['status'],
    visibility: r['visibility'] as MeetingSummaryDto['visibility'],
    startsAt: iso((r['starts_at'] as Date | null) ?? null),
    endsAt: iso((r['ends_at'] as Date | null) ?? null),
    timeZone: r['time_zone'] as string,
    hostAgency: agencySummaryFromRow(r, 'host_'),
    venue: venueFromRow(r),
    onlineUrl: (r['online_url'] as string | null) ?? null,
    myRsvp: (r['my_rsvp'] as RsvpStatus | null) ?? null,
  };
}

/** A meeting as the home page's cards show it (host loaded). */
export function mapHomeMeeting(m: MeetingEntity, myRsvp: RsvpStatus | null): HomeMeetingDto {
  return {
    id: m.id,
    title: m.title,
    startsAt: iso(m.startsAt),
    endsAt: iso(m.endsAt),
    timeZone: m.timeZone,
    status: m.status,
    hostAgency: mapAgencySummary(must(m.hostAgency, 'hostAgency')),
    myRsvp,
  };
}

export function mapInvitation(i: MeetingInvitationEntity): InvitationDto {
  return {
    id: i.id,
    agency: mapAgencySummary(must(i.agency, 'invitation.agency')),
    rsvp: i.rsvp,
    note: i.note,
    respondedAt: iso(i.respondedAt),
    respondedBy: i.respondedBy ? mapPersonSummary(i.respondedBy) : null,
    delegates: (i.delegates ?? [])
      .map((d) => mapPersonSummary(must(d.user, 'delegate.user')))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'es')),
  };
}

/** The caller's own agencies' answer, for list badges: the first of their invited agencies. */
export function myRsvpOf(
  invitations: readonly Pick<MeetingInvitationEntity, 'agencyId' | 'rsvp'>[],
  user: AuthUser | null,
): RsvpStatus | null {
  if (!user) return null;
  const mine = new Set(user.memberships.map((ms) => ms.agencyId));
  return invitations.find((i) => mine.has(i.agencyId))?.rsvp ?? null;
}

/** A full meeting with invitations (loaded with agency, respondedBy, delegates.user). */
export function mapMeeting(m: MeetingEntity, user: AuthUser | null, hasPoll: boolean): MeetingDto {
  const invitations = [...must(m.invitations, 'invitations')].sort((a, b) =>
    must(a.agency, 'agency').name.localeCompare(must(b.agency, 'agency').name, 'es'),
  );
  const manage = user !== null && canManageMeeting(user, m);
  const open = !isClosedStatus(m.status);
  return {
    ...mapMeetingSummary(m, myRsvpOf(invitations, user)),
    description: m.description,
    convener: mapPersonSummary(must(m.convener, 'convener')),
    cancellationReason: m.cancellationReason,
    sequence: m.sequence,
    version: m.version,
    invitations: invitations.map(mapInvitation),
    hasPoll,
    can: {
      edit: manage && open,
      invite: manage && open,
      rsvpFor: user && open ? invitations.filter((i) => canAnswerFor(user, i.agencyId)).map((i) => i.agencyId) : [],
      runPoll: manage && (m.status === 'draft' || m.status === 'scheduled'),
    },
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
