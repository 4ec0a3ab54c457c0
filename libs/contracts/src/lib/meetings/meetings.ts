// Meetings: the shapes the API returns and the web app reads.
import type { AgencySummary } from '../agencies/agencies';
import type { ApiErrorBody } from '../common/errors';

export const MEETING_STATUSES = ['draft', 'scheduled', 'in_progress', 'concluded', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Allowed status moves; anything else is a 409 naming these. `cancelled` needs a reason. */
export const MEETING_STATUS_MOVES: Record<MeetingStatus, readonly MeetingStatus[]> = {
  draft: ['scheduled', 'cancelled'],
  scheduled: ['in_progress', 'cancelled', 'draft'],
  in_progress: ['concluded', 'cancelled'],
  concluded: [],
  cancelled: [],
};

export const MEETING_VISIBILITIES = ['internal', 'public'] as const;
export type MeetingVisibility = (typeof MEETING_VISIBILITIES)[number];

export const RSVP_STATUSES = ['pending', 'accepted', 'tentative', 'declined'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

export const DEFAULT_TIME_ZONE = 'America/Lima';

export interface PersonSummary {
  id: string;
  displayName: string;
}

export interface VenueDto {
  name: string | null;
  address: string | null;
  city: string | null;
}

export interface InvitationDto {
  id: string;
  agency: AgencySummary;
  rsvp: RsvpStatus;
  note: string | null;
  respondedAt: string | null;
  respondedBy: PersonSummary | null;
  delegates: PersonSummary[];
}

export interface MeetingSummaryDto {
  id: string;
  title: string;
  status: MeetingStatus;
  visibility: MeetingVisibility;
  /** ISO 8601 UTC; null while a draft has no time yet. */
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  hostAgency: AgencySummary;
  venue: VenueDto;
  onlineUrl: string | null;
  /** The caller's own agencies' answers, for list badges. */
  myRsvp: RsvpStatus | null;
}

export interface MeetingDto extends MeetingSummaryDto {
  description: string;
  convener: PersonSummary;
  cancellationReason: string | null;
  sequence: number;
  version: number;
  invitations: InvitationDto[];
  /** Whether a date poll exists (open or closed): the page asks for it only then. */
  hasPoll: boolean;
  /** What the caller may do, so the UI shows only real controls. */
  can: { edit: boolean; invite: boolean; rsvpFor: string[]; runPoll: boolean };
  createdAt: string;
  updatedAt: string;
}

export interface ConflictDto {
  meetingId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Why it conflicts: the shared host agency and/or the shared delegates. */
  sharedHost: AgencySummary | null;
  sharedDelegates: PersonSummary[];
  /**
   * False when the caller may not see the other meeting (another agency's internal meeting that
   * shares a delegate): its title is then withheld and only the time and the shared people show.
   */
  visible: boolean;
}

/** 409 body when a change would create conflicts and `confirmConflicts` was not set (`meeting.conflicts`). */
export interface ConflictErrorBody extends ApiErrorBody {
  statusCode: 409;
  conflicts: ConflictDto[];
}

export interface CreateMeetingRequest {
  title: string;
  description?: string;
  hostAgencyId: string;
  startsAt?: string | null;
  endsAt?: string | null;
  timeZone?: string;
  venue?: Partial<VenueDto>;
  onlineUrl?: string | null;
  visibility?: MeetingVisibility;
  confirmConflicts?: boolean;
}

export interface UpdateMeetingRequest extends Partial<Omit<CreateMeetingRequest, 'hostAgencyId'>> {
  version: number;
}

export interface ChangeMeetingStatusRequest {
  status: MeetingStatus;
  reason?: string;
  version: number;
  confirmConflicts?: boolean;
}

export interface InviteRequest {
  agencyIds?: string[];
  sharingGroupId?: string;
}

export interface RsvpRequest {
  agencyId: string;
  rsvp: Exclude<RsvpStatus, 'pending'>;
  note?: string;
  /** Members of that agency; replaces the delegate list. */
  delegateUserIds?: string[];
}

export const MEETING_TITLE_MAX_LENGTH = 200;
export const MEETING_DESCRIPTION_MAX_LENGTH = 20000;
export const MEETING_NOTE_MAX_LENGTH = 1000;
export const MEETING_REASON_MAX_LENGTH = 1000;

/** `GET /api/meetings` query. */
export interface MeetingListQuery {
  /** `mine` (default): I convene it, my agency hosts it or is invited. `all`: everything I may see. */
  scope?: 'mine' | 'all';
  status?: MeetingStatus;
  /** Meetings hosted by, or inviting, this agency. */
  agencyId?: string;
  /** Meetings that end after `from` / start before `to` (ISO 8601 instants). */
  from?: string;
  to?: string;
  /** `upcoming`: not yet ended (or no time yet), soonest first; `past`: ended, latest first. */
  when?: 'upcoming' | 'past';
  limit?: number;
  offset?: number;
}
