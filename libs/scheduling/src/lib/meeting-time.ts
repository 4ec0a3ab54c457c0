// Meeting times for people, in the meeting's own zone with that zone named, so that a reader in
// another zone (or with a wrong laptop zone) is never misled. One formatter for the screens, the
// notification bell and the e-mails: they must never word the same time two ways.

export type TimeLang = 'es' | 'en';

/** A meeting's time span; `endsAt` null for a single instant (a deadline). */
export interface MeetingTimeSpan {
  startsAt: string | Date | null;
  endsAt: string | Date | null;
}

const MINUS = '\u2212';

function toInstant(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const instant = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** 'es-PE', 'es' -> 'es'; anything else -> 'en'. Lets callers pass a locale id as well. */
export function timeLang(locale: string): TimeLang {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** "America/Lima" -> "Lima", "America/Argentina/Buenos_Aires" -> "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** The zone's offset from UTC at the given instant, short: "UTC−5", "UTC+5:30", "UTC". */
export function zoneOffset(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'longOffset',
  })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  // Intl answers "GMT-05:00", "GMT+05:30", and "GMT" or "GMT+00:00" for a zero offset.
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) return 'UTC';
  const [, sign, hours, minutes] = match;
  if (hours === '00' && minutes === '00') return 'UTC';
  const h = String(Number(hours));
  return `UTC${sign === '-' ? MINUS : '+'}${minutes === '00' ? h : `${h}:${minutes}`}`;
}

/** "hora de Lima (UTC−5)" / "Lima time (UTC−5)"; plain "UTC" for UTC itself. */
export function zoneLabel(instant: Date, timeZone: string, lang: TimeLang): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const city = zoneCity(timeZone);
  const offset = zoneOffset(instant, timeZone);
  return lang === 'es' ? `hora de ${city} (${offset})` : `${city} time (${offset})`;
}

interface Pieces {
  date: string;
  time: string;
}

/** "05/12/2026" + "09:00" in Spanish (dd/mm/aaaa, 24 h), "5 Dec 2026," + "09:00" in English. */
function pieces(instant: Date, timeZone: string, lang: TimeLang): Pieces {
  const spanish = lang === 'es';
  const parts = new Intl.DateTimeFormat(spanish ? 'es-PE' : 'en-GB', {
    timeZone,
    day: spanish ? '2-digit' : 'numeric',
    month: spanish ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: spanish
      ? `${part('day')}/${part('month')}/${part('year')}`
      : `${part('day')} ${part('month')} ${part('year')},`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * One instant or a meeting's range, in `timeZone`, with the zone named:
 * - "05/12/2026 09:00–13:00 hora de Lima (UTC−5)" / "5 Dec 2026, 09:00–13:00 Lima time (UTC−5)";
 * - across midnight both dates: "05/12/2026 22:00 – 06/12/2026 02:00 hora de Lima (UTC−5)";
 * - an instant (or a range without an end): "03/12/2026 23:59 hora de Lima (UTC−5)".
 * The zone is named once, by its offset at the start. Empty for a missing or unreadable start.
 */
export function formatMeetingTime(when: string | Date | MeetingTimeSpan, timeZone: string, lang: TimeLang): string {
  const range: MeetingTimeSpan =
    typeof when === 'string' || when instanceof Date ? { startsAt: when, endsAt: null } : when;
  const start = toInstant(range.startsAt);
  if (!start) return '';
  const from = pieces(start, timeZone, lang);
  const label = zoneLabel(start, timeZone, lang);
  const end = toInstant(range.endsAt);
  if (!end) return `${from.date} ${from.time} ${label}`;
  const to = pieces(end, timeZone, lang);
  const span = from.date === to.date ? `${from.time}–${to.time}` : `${from.time} – ${to.date} ${to.time}`;
  return `${from.date} ${span} ${label}`;
}

/** "09:00" in the zone: the short form for calendar cells, always shown beside the zone. */
export function formatTimeOfDay(instant: string | Date, timeZone: string, lang: TimeLang): string {
  const at = toInstant(instant);
  return at ? pieces(at, timeZone, lang).time : '';
}
