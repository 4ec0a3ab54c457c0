// The bell: notifications of meeting changes, answers and reminders.

export const NOTIFICATION_KINDS = [
  'meeting.invited',
  'meeting.changed',
  'meeting.cancelled',
  'meeting.answered',
  'meeting.all_answered',
  'meeting.answer_due',
  'meeting.reminder',
  'agenda.published',
  'minutes.published',
  'action_item.due_soon',
  'action_item.overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Whether a kind also goes out by e-mail when the user has not chosen (in-app is always on).
 * Invitations, changes, cancellations and reminders do; answers to the convener stay in the bell.
 */
export const NOTIFICATION_EMAIL_DEFAULTS: Record<NotificationKind, boolean> = {
  'meeting.invited': true,
  'meeting.changed': true,
  'meeting.cancelled': true,
  'meeting.answered': false,
  'meeting.all_answered': false,
  'meeting.answer_due': true,
  'meeting.reminder': true,
  'agenda.published': true,
  'minutes.published': true,
  'action_item.due_soon': true,
  'action_item.overdue': true,
};

export const NOTIFICATION_LIST_STATUSES = ['unread', 'read', 'all'] as const;
export type NotificationListStatus = (typeof NOTIFICATION_LIST_STATUSES)[number];

/** `GET /api/notifications` query. */
export interface NotificationListQuery {
  /** `all` (default), `unread` or `read`. */
  status?: NotificationListStatus;
  /** Older spelling of `status=unread`; kept for existing clients. */
  unreadOnly?: boolean;
  limit?: number;
  offset?: number;
}

/** `POST /api/notifications/read-all` answer. */
export interface MarkAllReadDto {
  marked: number;
  unread: number;
}

export interface NotificationDto {
  id: string;
  kind: NotificationKind | string;
  title: string;
  body: string;
  meetingId: string | null;
  createdAt: string;
  readAt: string | null;
  /**
   * What title/body are made of, so a client can word them in its own language. By kind:
   * - meeting.invited: meetingTitle, startsAt, endsAt (ISO instants, null while undecided),
   *   timeZone (IANA), place (null while undecided).
   * - meeting.changed: the same, plus `changed` (comma-separated: `time`, `place`, `title`) and,
   *   for what changed, the value before: previousStartsAt, previousEndsAt, previousPlace,
   *   previousTitle (so the text reads "la hora cambió de 09:00 a 10:00").
   * - meeting.cancelled: meetingTitle, reason.
   * - meeting.answered: meetingTitle, answerKind (`invitation` | `poll`), agencyId, agencyName,
   *   rsvp (invitation answers: accepted | tentative | declined).
   * - meeting.all_answered: meetingTitle, answerKind (`invitation` | `poll`).
   * - meeting.answer_due: meetingTitle, answerKind, agencyId, agencyName, deadline (ISO instant),
   *   timeZone (the meeting's, to read the deadline in).
   * - meeting.reminder: meetingTitle, startsAt, endsAt, timeZone, place.
   * - agenda.published: meetingTitle, version (the number published).
   * - minutes.published: meetingTitle, decisions, actionItems (how many the minutes record).
   * - action_item.due_soon: as action_item.overdue, for the items due within the next three days.
   * - action_item.overdue: meetingTitle, agencyId, agencyName, count (how many of the agency's
   *   action items of that meeting just became overdue), dueDates (comma-separated YYYY-MM-DD).
   * Empty for older rows: then title/body (Spanish) are the text to show.
   */
  params: Record<string, string | null>;
}

/** `GET /api/notifications` answer: one page, the number matching the filter, and all unread. */
export interface NotificationListDto {
  items: NotificationDto[];
  /** How many notifications match the `status` filter (for paging). */
  total: number;
  /** Every unread notification of the user, uncapped (the bell badge). */
  unread: number;
}

/** One kind's delivery choice. In-app is always on; `email` adds an e-mail. */
export interface NotificationPreferenceDto {
  kind: NotificationKind;
  email: boolean;
}

/** `GET /api/notifications/preferences` and the answer of `PUT`: every kind, in NOTIFICATION_KINDS order. */
export interface NotificationPreferencesDto {
  items: NotificationPreferenceDto[];
}

/** `PUT /api/notifications/preferences` body: the kinds named change, the others stay. */
export interface UpdateNotificationPreferencesRequest {
  items: NotificationPreferenceDto[];
}

/** The SSE event name on `GET /api/notifications/events`. */
export const UNREAD_COUNT_EVENT = 'unread';

/** The data of an `unread` event: sent on connecting and whenever the count may have changed. */
export interface UnreadCountEventDto {
  unread: number;
}
