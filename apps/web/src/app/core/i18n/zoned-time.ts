// Meeting times are stored in UTC and must be shown in the meeting's own zone with that zone
// named, so that a reader in another zone (or with a wrong laptop clock zone) is never misled.

const MINUS = '\u2212';

/** "America/Lima" -> "Lima", "America/Argentina/Buenos_Aires" -> "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** The zone's offset from UTC at the given instant: "UTC−5", "UTC+5:30", "UTC". */
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

function isSpanish(locale: string): boolean {
  return locale.toLowerCase().startsWith('es');
}

/** "hora de Lima (UTC−5)" / "Lima time (UTC−5)". */
export function zoneLabel(
  instant: Date,
  timeZone: string,
  locale: string,
): string {
  const city = zoneCity(timeZone);
  const offset = zoneOffset(instant, timeZone);
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  return isSpanish(locale)
    ? `hora de ${city} (${offset})`
    : `${city} time (${offset})`;
}

/**
 * A wall-clock time in a named IANA zone, with the zone named.
 * Spanish: "05/12/2026 10:00 hora de Lima (UTC−5)" (dd/mm/aaaa, 24 h).
 * English: "5 Dec 2026, 10:00 Lima time (UTC−5)" (month in words, so no day/month ambiguity).
 */
export function formatInZone(
  iso: string | Date,
  timeZone: string,
  locale: string,
): string {
  const instant = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(instant.getTime())) return '';
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
  const time = `${part('hour')}:${part('minute')}`;
  const date = spanish
    ? `${part('day')}/${part('month')}/${part('year')}`
    : `${part('day')} ${part('month')} ${part('year')},`;
  return `${date} ${time} ${zoneLabel(instant, timeZone, locale)}`;
}
