// Arithmetic on plain calendar dates ("2026-12-05"), free of any time zone: a meeting is placed
// on the day it falls on in its own zone, and the month view, the lists and the poll's default
// slots then count days on that calendar. Computed in UTC so that no daylight-saving edge of the
// machine's zone can skip or repeat a day.

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export interface CalendarDay {
  /** "2026-12-05" */
  date: string;
  day: number;
  /** False for the neighbour months' days that fill the first and last week. */
  inMonth: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 24 * 3600 * 1000;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a plain date, the one anchor all the arithmetic below uses. */
export function plainDateToUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The plain date of a UTC-midnight Date (or any Date, read in UTC). */
export function plainDateOf(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whether `value` is a real calendar date written yyyy-mm-dd (no 31 February). */
export function isPlainDate(value: string): boolean {
  const match = PLAIN_DATE.exec(value);
  if (!match) return false;
  return plainDateOf(plainDateToUtc(value)) === value;
}

export function addDays(date: string, days: number): string {
  return plainDateOf(new Date(plainDateToUtc(date).getTime() + days * DAY_MS));
}

/** "2026-12" -> { year: 2026, month: 12 }; null for anything else. */
export function parseMonth(value: string | null | undefined): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && year >= 1970 && year <= 9999 ? { year, month } : null;
}

/** { year: 2026, month: 12 } -> "2026-12". */
export function monthKey(m: YearMonth): string {
  return `${m.year}-${pad(m.month)}`;
}

export function shiftMonth(m: YearMonth, delta: number): YearMonth {
  const index = m.year * 12 + (m.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month a calendar date is in. */
export function monthOf(date: string): YearMonth {
  const [year, month] = date.split('-').map(Number);
  return { year, month };
}

/** 28–31. */
export function daysInMonth(m: YearMonth): number {
  return Number(addDays(`${monthKey(shiftMonth(m, 1))}-01`, -1).slice(8));
}

/**
 * The same day `months` months later, kept inside the target month (31 January + 1 month is
 * 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const target = shiftMonth(monthOf(date), months);
  const day = Math.min(Number(date.slice(8)), daysInMonth(target));
  return `${monthKey(target)}-${pad(day)}`;
}

/** Monday = 0 … Sunday = 6 (weeks start on Monday in Peru). */
export function weekdayIndex(date: string): number {
  return (plainDateToUtc(date).getUTCDay() + 6) % 7;
}

/** Whole weeks, Monday to Sunday, covering the month; days of the neighbour months are marked. */
export function monthGrid(m: YearMonth): CalendarDay[][] {
  const first = `${monthKey(m)}-01`;
  let cursor = addDays(first, -weekdayIndex(first));
  const weeks: CalendarDay[][] = [];
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: cursor, day: Number(cursor.slice(8)), inMonth: monthOf(cursor).month === m.month });
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  } while (monthOf(cursor).month === m.month);
  return weeks;
}
