// The month view's arithmetic on plain calendar dates ("2026-12-05"), free of any time zone:
// a meeting is placed on the day it falls on in its own zone (see dayInZone).
import type { MeetingSummaryDto } from '@cumbre/contracts';
import { dayInZone } from '../ui/zoned-input';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export interface CalendarDay {
  date: string;
  day: number;
  inMonth: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 24 * 3600 * 1000;

function toDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "2026-12" -> { year: 2026, month: 12 }; null for anything else. */
export function parseMonth(value: string | null | undefined): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && year >= 1970 && year <= 9999
    ? { year, month }
    : null;
}

export function monthKey(m: YearMonth): string {
  return `${m.year}-${pad(m.month)}`;
}

export function shiftMonth(m: YearMonth, delta: number): YearMonth {
  const index = m.year * 12 + (m.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function addDays(date: string, days: number): string {
  return fromDate(new Date(toDate(date).getTime() + days * DAY_MS));
}

/** The month a calendar date is in. */
export function monthOf(date: string): YearMonth {
  const [year, month] = date.split('-').map(Number);
  return { year, month };
}

/** Monday = 0 … Sunday = 6 (weeks start on Monday in Peru). */
export function weekdayIndex(date: string): number {
  return (toDate(date).getUTCDay() + 6) % 7;
}

/** Whole weeks, Monday to Sunday, covering the month; days of the neighbour months are marked. */
export function monthGrid(m: YearMonth): CalendarDay[][] {
  const first = `${m.year}-${pad(m.month)}-01`;
  let cursor = addDays(first, -weekdayIndex(first));
  const weeks: CalendarDay[][] = [];
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      const { month } = monthOf(cursor);
      week.push({
        date: cursor,
        day: Number(cursor.slice(8)),
        inMonth: month === m.month,
      });
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  } while (monthOf(cursor).month === m.month);
  return weeks;
}

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
    from: new Date(toDate(first).getTime() - 1.5 * DAY_MS).toISOString(),
    to: new Date(
      toDate(addDays(last, 1)).getTime() + 1.5 * DAY_MS,
    ).toISOString(),
  };
}

export interface DayGroup {
  /** null: meetings without a time yet. */
  date: string | null;
  meetings: MeetingSummaryDto[];
}

/**
 * Meetings grouped by the day they start on in their own zone, in the order given (the API
 * sorts upcoming soonest first and past latest first); undated ones form the last group.
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
    .map(([date, list]) => ({ date, meetings: list }));
  const undated = groups.get(null);
  return undated ? [...dated, { date: null, meetings: undated }] : dated;
}

/** Meetings by their day, each day sorted by start. */
export function meetingsByDay(
  meetings: readonly MeetingSummaryDto[],
): Map<string, MeetingSummaryDto[]> {
  const byDay = new Map<string, MeetingSummaryDto[]>();
  const sorted = [...meetings]
    .filter((m) => m.startsAt)
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  for (const m of sorted) {
    const date = dayInZone(m.startsAt ?? '', m.timeZone);
    if (!date) continue;
    byDay.set(date, [...(byDay.get(date) ?? []), m]);
  }
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
  }).format(toDate(date));
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
export function weekdayNames(
  locale: string,
  width: 'short' | 'long',
): string[] {
  // 2026-11-30 is a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: width }).format(
      toDate(addDays('2026-11-30', i)),
    ),
  );
}
