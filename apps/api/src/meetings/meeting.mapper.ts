import type {
  AgencySummary,
  InvitationDto,
  MeetingDto,
  MeetingSummaryDto,
  PersonSummary,
  RsvpStatus,
} from '@cumbre/contracts';
import { isClosedStatus } from '@cumbre/scheduling';
import type { AgencyEntity } from '../agencies/entities/agency.entity';
import type { AuthUser } from '../common/auth-user';
import type { UserEntity } from '../users/entities/user.entity';
import type { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import type { MeetingEntity } from './entities/meeting.entity';
import { canAnswerFor, canManageMeeting } from './meeting-access.policy';

export function toAgencySummary(
  a: Pick<AgencyEntity, 'id' | 'name' | 'shortName' | 'kind' | 'isoCode'>,
): AgencySummary {
  return { id: a.id, name: a.name, shortName: a.shortName, kind: a.kind, isoCode: a.isoCode };
}

/** Only id and display name: e-mails never leave through meeting responses. */
export function toPersonSummary(u: Pick<UserEntity, 'id' | 'displayName'>): PersonSummary {
  return { id: u.id, displayName: u.displayName };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`meeting mapper: ${what} was not loaded`);
  return value;
}

export function toMeetingSummary(m: MeetingEntity, myRsvp: RsvpStatus | null): MeetingSummaryDto {
  return {
    id: m.id,
    title: m.title,
    status: m.status,
    visibility: m.visibility,
    startsAt: iso(m.startsAt),
    endsAt: iso(m.endsAt),
    timeZone: m.timeZone,
    hostAgency: toAgencySummary(must(m.hostAgency, 'hostAgency')),
    venue: { name: m.venueName, address: m.venueAddress, city: m.venueCity },
    onlineUrl: m.onlineUrl,
    myRsvp,
  };
}

export function toInvitation(i: MeetingInvitationEntity): InvitationDto {
  return {
    id: i.id,
    agency: toAgencySummary(must(i.agency, 'invitation.agency')),
    rsvp: i.rsvp,
    note: i.note,
    respondedAt: iso(i.respondedAt),
    respondedBy: i.respondedBy ? toPersonSummary(i.respondedBy) : null,
    delegates: (i.delegates ?? [])
      .map((d) => toPersonSummary(must(d.user, 'delegate.user')))
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
export function toMeetingDto(m: MeetingEntity, user: AuthUser | null): MeetingDto {
  const invitations = [...must(m.invitations, 'invitations')].sort((a, b) =>
    must(a.agency, 'agency').name.localeCompare(must(b.agency, 'agency').name, 'es'),
  );
  const manage = user !== null && canManageMeeting(user, m);
  const open = !isClosedStatus(m.status);
  return {
    ...toMeetingSummary(m, myRsvpOf(invitations, user)),
    description: m.description,
    convener: toPersonSummary(must(m.convener, 'convener')),
    cancellationReason: m.cancellationReason,
    sequence: m.sequence,
    version: m.version,
    invitations: invitations.map(toInvitation),
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
