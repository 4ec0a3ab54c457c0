import type { CalendarFeedDto } from '@cumbre/contracts';

/**
 * A user's feed as the API shows it: the URL (with its secret token) only right after the token
 * was made, since only its hash is stored.
 */
export function mapCalendarFeed(createdAt: Date | null, url: string | null = null): CalendarFeedDto {
  return { url, createdAt: createdAt ? createdAt.toISOString() : null, active: createdAt !== null };
}
