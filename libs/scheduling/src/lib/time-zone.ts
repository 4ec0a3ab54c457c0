// Time-zone helpers on top of the runtime's IANA database (Intl). No library, no framework.

const IANA_NAME = /^(UTC|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){1,2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * The runtime's canonical spelling of an IANA zone name ("america/lima" -> "America/Lima"), or
 * null when the name is not a zone: offsets ("+05:00"), abbreviations ("PET"), unknown names.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (typeof zone !== 'string' || zone.length > 64 || !IANA_NAME.test(zone)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    return IANA_NAME.test(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `zone` at the instant `date`. */
export function localDateTime(date: Date, zone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
  };
}

/** "2026-12-05": the calendar day in `zone` at the instant `date` (a cached formatter per zone). */
export function plainDateIn(date: Date, zone: string): string {
  const { year, month, day } = localDateTime(date, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Minutes east of UTC in `zone` at `date` (Lima: -300). */
export function utcOffsetMinutes(date: Date, zone: string): number {
  const l = localDateTime(date, zone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  const whole = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** "-0500", as iCalendar's TZOFFSETFROM/TZOFFSETTO want it. */
export function formatOffsetCompact(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** "UTC−05:00" (with a real minus sign), for people. */
export function formatOffsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface OffsetTransition {
  /** The first instant of the new offset. */
  at: Date;
  fromMinutes: number;
  toMinutes: number;
}

const DAY = 24 * 3600 * 1000;

/**
 * Every change of UTC offset in `zone` between `from` and `to`, found by stepping a day at a
 * time and bisecting to the minute (zones do not change offset twice in one day).
 */
export function offsetTransitions(zone: string, from: Date, to: Date): OffsetTransition[] {
  const out: OffsetTransition[] = [];
  let t = from.getTime();
  let offset = utcOffsetMinutes(new Date(t), zone);
  while (t < to.getTime()) {
    const next = Math.min(t + DAY, to.getTime());
    const nextOffset = utcOffsetMinutes(new Date(next), zone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60000) {
        const mid = Math.floor((lo + hi) / 2 / 60000) * 60000;
        if (mid <= lo) break;
        if (utcOffsetMinutes(new Date(mid), zone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), fromMinutes: offset, toMinutes: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}
