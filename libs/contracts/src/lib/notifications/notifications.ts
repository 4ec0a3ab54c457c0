// The bell: notifications of meeting changes.

export const NOTIFICATION_KINDS = ['meeting.invited', 'meeting.changed', 'meeting.cancelled'] as const;

/** `GET /api/notifications` query. */
export interface NotificationListQuery {
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
  kind: 'meeting.invited' | 'meeting.changed' | 'meeting.cancelled' | string;
  title: string;
  body: string;
  meetingId: string | null;
  createdAt: string;
  readAt: string | null;
  /**
   * What title/body are made of, so a client can word them in its own language. By kind:
   * meeting.invited / meeting.changed: meetingTitle, startsAt, endsAt (ISO instants, null while
   * undecided), timeZone (IANA), place (null while undecided); meeting.cancelled: meetingTitle,
   * reason; agenda.published: meetingTitle, version (the number published). Empty for older
   * rows: then title/body (Spanish) are the text to show.
   */
  params: Record<string, string | null>;
}

export interface NotificationListDto {
  items: NotificationDto[];
  unread: number;
}
