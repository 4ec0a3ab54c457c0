// Meeting times for people: always in the meeting's zone with that zone named, and, when the
// reader's clock says something else, the reader's own time beside it.
import { zoneLabel, zoneOffset } from '../../../core/i18n/zoned-time';

function isSpanish(locale: string): boolean {
  return locale.toLowerCase().startsWith('es');
}

interface Pieces {
  date: string;
  time: string;
}

/** "05/12/2026" + "09:00" in Spanish, "5 Dec 2026" + "09:00" in English, read in `timeZone`. */
function pieces(instant: Date, timeZone: string, locale: string): Pieces {
  const spanish = isSpanish(locale);
  const parts = new Intl.DateTimeFormat(spanish ? 'es-PE' : 'en-GB', {
    timeZone,
    day: spanish ? '2-digit' : 'numeric',
    month: spanish ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: spanish
      ? `${part('day')}/${part('month')}/${part('year')}`
      : `${part('day')} ${part('month')} ${part('year')},`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * "05/12/2026 09:00–13:00 hora de Lima (UTC−5)"; across midnight both dates are written:
 * "05/12/2026 22:00 – 06/12/2026 02:00 hora de Lima (UTC−5)". Empty for a missing start.
 */
export function formatRangeInZone(
  startsAt: string | null,
  endsAt: string | null,
  timeZone: string,
  locale: string,
): string {
  if (!startsAt) return '';
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return '';
  const from = pieces(start, timeZone, locale);
  const label = zoneLabel(start, timeZone, locale);
  const end = endsAt ? new Date(endsAt) : null;
  if (!end || Number.isNaN(end.getTime()))
    return `${from.date} ${from.time} ${label}`;
  const to = pieces(end, timeZone, locale);
  const range =
    from.date === to.date
      ? `${from.time}–${to.time}`
      : `${from.time} – ${to.date} ${to.time}`;
  return `${from.date} ${range} ${label}`;
}

/** "09:00" in the zone: the short form for calendar cells, always shown beside the zone. */
export function timeInZone(
  iso: string,
  timeZone: string,
  locale: string,
): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime())
    ? ''
    : pieces(instant, timeZone, locale).time;
}

/**
 * The same range in the reader's zone, or '' when the reader's clocks read the same as the
 * meeting's (same zone, or another zone with the same offset at that moment).
 */
export function viewerEcho(
  startsAt: string | null,
  endsAt: string | null,
  meetingZone: string,
  viewerZone: string,
  locale: string,
): string {
  if (!startsAt || viewerZone === meetingZone) return '';
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return '';
  if (zoneOffset(start, viewerZone) === zoneOffset(start, meetingZone))
    return '';
  return formatRangeInZone(startsAt, endsAt, viewerZone, locale);
}
