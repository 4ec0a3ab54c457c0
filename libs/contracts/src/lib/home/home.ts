// The home page: the signed-in user's work in one request (`GET /api/home`).
import type { AgencySummary } from '../agencies/agencies';
import type { MeetingStatus, RsvpStatus } from '../meetings/meetings';
import type { NotificationDto } from '../notifications/notifications';

/** A meeting as the home cards show it. */
export interface HomeMeetingDto {
  id: string;
  title: string;
  /** ISO 8601 UTC; null while a draft has no time yet. */
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  status: MeetingStatus;
  hostAgency: AgencySummary;
  /** The caller's own agencies' answer, null when none of them is invited. */
  myRsvp: RsvpStatus | null;
}

/** An invitation or an open date poll waiting for an answer from an agency the user answers for. */
export interface HomeAwaitingDto {
  kind: 'invitation' | 'poll';
  meeting: HomeMeetingDto;
  /** The agency that owes the answer (the user is its leader or staff). */
  agency: AgencySummary;
  /** Poll: its deadline. Invitation: the meeting's start (null while it has no time). */
  deadline: string | null;
}

/** A meeting the user convenes, or whose host agency the user leads or staffs. */
export interface HomeConveningDto {
  meeting: HomeMeetingDto;
  /** Agencies invited in all. */
  invitedCount: number;
  /** Invited agencies that have not answered the invitation. */
  pendingInvitation: AgencySummary[];
  /** Invited agencies that have not answered the open date poll (empty without one). */
  pendingPoll: AgencySummary[];
  /** The open poll's deadline, or null when there is no open poll. */
  pollDeadline: string | null;
}

export interface HomeNotificationsDto {
  /** The latest 5, newest first. */
  items: NotificationDto[];
  /** Every unread notification, uncapped. */
  unread: number;
}

/** What one of the user's agencies still owes in the action plans of the meetings the user may see. */
export interface HomeActionPlanDto {
  agency: AgencySummary;
  /** Action items it owns that are not done (open, in progress or blocked). */
  pending: number;
  /** Of those, the ones past their due date. */
  overdue: number;
}

/** `GET /api/home`. Lists are soonest first; each is capped (see the README). */
export interface HomeDto {
  /** Upcoming (not ended, not cancelled) meetings the user takes part in. */
  nextMeetings: HomeMeetingDto[];
  /**
   * Meetings the user took part in that ended in the last 30 days, the latest first: where
   * their minutes, decisions and action items are.
   */
  recentMeetings: HomeMeetingDto[];
  /** Per agency of the user that owes anything (none: empty), by agency name. */
  actionPlan: HomeActionPlanDto[];
  awaitingAnswer: HomeAwaitingDto[];
  convening: HomeConveningDto[];
  notifications: HomeNotificationsDto;
}
