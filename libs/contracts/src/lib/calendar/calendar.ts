// The personal calendar feed (iCalendar subscription).

export interface CalendarFeedDto {
  /** Absolute URL with the secret token; null when no feed is active. */
  url: string | null;
  createdAt: string | null;
  /** A feed exists. Its URL (with the secret) is returned only when it is created or rotated. */
  active: boolean;
}
