// A meeting's times are typed as a wall clock in the MEETING's zone (a convener in Madrid
// planning a summit in Piura types 09:00 and means 09:00 in Lima), never in the browser's zone.
// These helpers turn such a reading into the UTC instant the API stores, and back.
import { DEFAULT_TIME_ZONE } from '@cumbre/contracts';
import { isValidTimeZone, localDateTime, utcOffsetMinutes } from '@cumbre/scheduling';

/** What `<input type="date">` and `<input type="time">` hold: "2026-12-05" and "09:00". */
export interface WallTime {
  date: string;
  time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Milliseconds of the wall clock read as if it were UTC, or null when it is not a real date and time. */
function wallClockMs(date: string, time: string): number | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (hour > 23 || minute > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(ms);
  // Date.UTC rolls 31 February over into March; a date that does not exist is refused instead.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms;
}

/**
 * The UTC instant (ISO 8601, "…Z") at which the clocks of `timeZone` read `date` `time`.
 * Daylight-saving edges follow the usual calendar rule (Temporal's "compatible"): a time that
 * happens twice (clocks turned back) is the first one; a time that never happens (clocks turned
 * forward) moves forward by the length of the gap, 02:30 becoming 03:30. Null for bad input.
 */
export function wallTimeToUtc(date: string, time: string, timeZone: string): string | null {
  const wall = wallClockMs(date, time);
  if (wall === null || !isValidTimeZone(timeZone)) return null;
  const offsetAt = (ms: number) => utcOffsetMinutes(new Date(ms), timeZone);
  // Zones change offset at most once in a day, so the offsets a day before and a day after are
  // the only ones this wall time can be read with.
  const before = offsetAt(wall - DAY);
  const after = offsetAt(wall + DAY);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => offsetAt(instant) * MINUTE === wall - instant)
    .sort((a, b) => a - b);
  const instant = matches[0] ?? wall - before * MINUTE;
  return new Date(instant).toISOString();
}

/** The wall clock of `timeZone` at `iso`, as the date and time inputs want it. */
export function utcToWallTime(iso: string, timeZone: string): WallTime {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime()) || !isValidTimeZone(timeZone)) return { date: '', time: '' };
  const l = localDateTime(instant, timeZone);
  return {
    date: `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}`,
    time: `${pad(l.hour)}:${pad(l.minute)}`,
  };
}

/** "2026-12-05": the day `iso` falls on in `timeZone` (a 23:30 meeting in Lima is on Lima's day). */
export function dayInZone(iso: string, timeZone: string): string {
  return utcToWallTime(iso, timeZone).date;
}

/** The zone the reader's browser is set to; the meeting default when the runtime cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Zones people in this region pick most, offered first. */
export const COMMON_TIME_ZONES = [
  'America/Lima',
  'America/Bogota',
  'America/Guayaquil',
  'America/La_Paz',
  'America/Santiago',
  'America/Argentina/Buenos_Aires',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'America/New_York',
  'Europe/Madrid',
  'UTC',
] as const;

/** Every IANA zone the runtime knows, sorted; the common ones when it cannot list them. */
export function allTimeZones(): string[] {
  const intl = Intl as typeof Intl & {
    supportedValuesOf?: (key: 'timeZone') => string[];
  };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([...zones, ...COMMON_TIME_ZONES])].filter(isValidTimeZone).sort();
}
