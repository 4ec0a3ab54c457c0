// The reader's own clock beside a meeting's time, when it reads differently. The meeting's time
// itself is worded by formatMeetingTime (@cumbre/scheduling), the one formatter of the app.
import { formatMeetingTime, zoneOffset, type TimeLang } from '@cumbre/scheduling';

/**
 * The same range in the reader's zone, or '' when the reader's clocks read the same as the
 * meeting's (same zone, or another zone with the same offset at that moment).
 */
export function viewerEcho(
  startsAt: string | null,
  endsAt: string | null,
  meetingZone: string,
  viewerZone: string,
  lang: TimeLang,
): string {
  if (!startsAt || viewerZone === meetingZone) return '';
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return '';
  if (zoneOffset(start, viewerZone) === zoneOffset(start, meetingZone)) return '';
  return formatMeetingTime({ startsAt, endsAt }, viewerZone, lang);
}
