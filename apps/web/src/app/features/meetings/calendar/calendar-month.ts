// The month view's grouping and wording of plain calendar dates ("2026-12-05"). The arithmetic
// itself (days, months, weekdays, the grid) is @cumbre/scheduling's; a meeting is placed on the
// day it falls on in its own zone (see dayInZone).
import type { MeetingSummaryDto } from '@cumbre/contracts';
import { addDays, plainDateToUtc, type CalendarDay, type YearMonth } from '@cumbre/scheduling';
import { dayInZone } from '../ui/zoned-input';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The instants to ask the API for so that every meeting on a day of the grid comes back,
 * whatever its zone: zones run from UTC−12 to UTC+14, so a day and a half of margin is plenty.
 */
export function gridRange(weeks: CalendarDay[][]): {
  from: string;
  to: string;
} {
  const first = weeks[0][0].date;
  const last = weeks[weeks.length - 1][6].date;
  return {
    from: new Date(plainDateToUtc(first).getTime() - 1.5 * DAY_MS).toISOString(),
    to: new Date(plainDateToUtc(addDays(last, 1)).getTime() + 1.5 * DAY_MS).toISOString(),
  };
}

export interface DayGroup {
  /** null: meetings without a time yet. */
  date: string | null;
  meetings: MeetingSummaryDto[];
}

/** Active meetings before cancelled ones; among each, the order given. */
function activeFirst(list: readonly MeetingSummaryDto[]): MeetingSummaryDto[] {
  const cancelled = (m: MeetingSummaryDto) => (m.status === 'cancelled' ? 1 : 0);
  // Array.prototype.sort is stable: the API's (or the start) order holds within each kind.
  return [...list].sort((a, b) => cancelled(a) - cancelled(b));
}

/**
 * Meetings grouped by the day they start on in their own zone, in the order given (the API
 * sorts upcoming soonest first and past latest first), cancelled ones at the end of their day
 * (shown greyed); undated ones form the last group.
 */
export function groupByDay(meetings: readonly MeetingSummaryDto[]): DayGroup[] {
  const groups = new Map<string | null, MeetingSummaryDto[]>();
  for (const m of meetings) {
    const date = m.startsAt ? dayInZone(m.startsAt, m.timeZone) || null : null;
    const list = groups.get(date) ?? [];
    list.push(m);
    groups.set(date, list);
  }
  const dated = [...groups.entries()]
    .filter(([date]) => date !== null)
    .map(([date, list]) => ({ date, meetings: activeFirst(list) }));
  const undated = groups.get(null);
  return undated ? [...dated, { date: null, meetings: activeFirst(undated) }] : dated;
}

/**
 * Meetings by their day, each day sorted by start with cancelled ones last, so that a cancelled
 * meeting never takes one of the few chips a day cell shows ahead of an active one.
 */
export function meetingsByDay(meetings: readonly MeetingSummaryDto[]): Map<string, MeetingSummaryDto[]> {
  const byDay = new Map<string, MeetingSummaryDto[]>();
  const sorted = [...meetings]
    .filter((m) => m.startsAt)
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  for (const m of sorted) {
    const date = dayInZone(m.startsAt ?? '', m.timeZone);
    if (!date) continue;
    byDay.set(date, [...(byDay.get(date) ?? []), m]);
  }
  for (const [date, list] of byDay) byDay.set(date, activeFirst(list));
  return byDay;
}

/** "sábado, 5 de diciembre de 2026" / "Saturday 5 December 2026". */
export function formatDayLong(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(plainDateToUtc(date));
}

/** "diciembre de 2026" / "December 2026". */
export function formatMonthTitle(m: YearMonth, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(m.year, m.month - 1, 1)));
}

/** Short weekday names, Monday first: "lun", "mar", … */
export function weekdayNames(locale: string, width: 'short' | 'long'): string[] {
  // 2026-11-30 is a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: width }).format(
      plainDateToUtc(addDays('2026-11-30', i)),
    ),
  );
}
