// Dates typed in the app read dd/mm/aaaa whatever the browser's locale: a native
// `<input type="date">` follows the browser (mm/dd/yyyy in an en-US Chromium), so date fields are
// Material datepickers on this adapter instead. Its dates are plain calendar days held as ISO
// strings ("2026-12-05"), the same value the forms had before: no time, no zone, nothing shifts.
import { effect, inject, Injectable, Provider } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { DateAdapter, MAT_DATE_FORMATS, type MatDateFormats } from '@angular/material/core';
import { I18n } from '../i18n/i18n.service';

/** The years a date field accepts; shown in its hint before the user meets them. */
export const MIN_DATE = '2000-01-01';
export const MAX_DATE = '2100-12-31';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const INVALID = 'invalid-date';
const INPUT = 'dd/mm/yyyy';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Ymd {
  year: number;
  month: number; // 1–12
  day: number;
}

function split(date: string): Ymd | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const [year, month, day] = [m[1], m[2], m[3]].map(Number);
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso({ year, month, day }: Ymd): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "05/12/2026" → "2026-12-05"; an ISO day is read too (pasted, or typed by a script). */
export function parsePlainDate(text: string): string | null {
  const value = text.trim();
  const dmy = DMY.exec(value);
  if (dmy) {
    const [day, month, year] = [dmy[1], dmy[2], dmy[3]].map(Number);
    return isRealDay(year, month, day) ? iso({ year, month, day }) : null;
  }
  return split(value) ? value : null;
}

/** "2026-12-05" → "05/12/2026". */
export function formatPlainDate(date: string): string {
  const d = split(date);
  return d ? `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}` : '';
}

const noonUtc = (d: Ymd) => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));

@Injectable()
export class PlainDateAdapter extends DateAdapter<string, string> {
  constructor() {
    super();
    const i18n = inject(I18n);
    this.setLocale(i18n.locale());
    // The calendar's month and day names follow the app's language switch.
    effect(() => this.setLocale(i18n.locale()));
  }

  getYear(date: string): number {
    return this.ymd(date).year;
  }
  getMonth(date: string): number {
    return this.ymd(date).month - 1;
  }
  getDate(date: string): number {
    return this.ymd(date).day;
  }
  getDayOfWeek(date: string): number {
    return noonUtc(this.ymd(date)).getUTCDay();
  }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    const f = new Intl.DateTimeFormat(this.locale, {
      month: style,
      timeZone: 'UTC',
    });
    return range(12).map((m) => f.format(new Date(Date.UTC(2017, m, 1, 12))));
  }
  getDateNames(): string[] {
    return range(31).map((i) => String(i + 1));
  }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    const f = new Intl.DateTimeFormat(this.locale, {
      weekday: style,
      timeZone: 'UTC',
    });
    // 1 January 2017 was a Sunday.
    return range(7).map((i) => f.format(new Date(Date.UTC(2017, 0, i + 1, 12))));
  }
  getYearName(date: string): string {
    return String(this.getYear(date));
  }
  /** Weeks start on Monday in Peru (and in the app's English, which is not the US's). */
  getFirstDayOfWeek(): number {
    return 1;
  }
  getNumDaysInMonth(date: string): number {
    const d = this.ymd(date);
    return daysIn(d.year, d.month);
  }
  clone(date: string): string {
    return date;
  }
  createDate(year: number, month: number, date: number): string {
    if (!isRealDay(year, month + 1, date)) throw Error(`Invalid date ${year}-${month + 1}-${date}`);
    return iso({ year, month: month + 1, day: date });
  }
  /** The reader's own day (the datepicker only uses it to open on the current month). */
  today(): string {
    const now = new Date();
    return iso({
      year: now.getFullYear(),
      month: now.getMonth() + 1,
      day: now.getDate(),
    });
  }
  parse(value: unknown): string | null {
    if (typeof value !== 'string' || !value.trim()) return null;
    return parsePlainDate(value) ?? INVALID;
  }
  format(date: string, displayFormat: unknown): string {
    if (!this.isValid(date)) throw Error('PlainDateAdapter: cannot format an invalid date');
    if (displayFormat === INPUT) return formatPlainDate(date);
    return new Intl.DateTimeFormat(this.locale, {
      ...(displayFormat as Intl.DateTimeFormatOptions),
      timeZone: 'UTC',
    }).format(noonUtc(this.ymd(date)));
  }
  addCalendarYears(date: string, years: number): string {
    return this.addCalendarMonths(date, years * 12);
  }
  /** Like Material's own adapter: 31 January plus a month is the last day of February. */
  addCalendarMonths(date: string, months: number): string {
    const d = this.ymd(date);
    const index = d.year * 12 + (d.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return iso({ year, month, day: Math.min(d.day, daysIn(year, month)) });
  }
  addCalendarDays(date: string, days: number): string {
    const t = new Date(noonUtc(this.ymd(date)).getTime() + days * 86_400_000);
    return iso({
      year: t.getUTCFullYear(),
      month: t.getUTCMonth() + 1,
      day: t.getUTCDate(),
    });
  }
  toIso8601(date: string): string {
    return date;
  }
  isDateInstance(obj: unknown): boolean {
    return typeof obj === 'string';
  }
  isValid(date: string): boolean {
    return split(date) !== null;
  }
  invalid(): string {
    return INVALID;
  }
  /** The form's value: an ISO day, or '' for none. */
  override deserialize(value: unknown): string | null {
    if (value === '' || value == null) return null;
    return super.deserialize(value);
  }

  private ymd(date: string): Ymd {
    const d = split(date);
    if (!d) throw Error(`PlainDateAdapter: "${date}" is not a day`);
    return d;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

export const PLAIN_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: INPUT },
  display: {
    dateInput: INPUT,
    monthYearLabel: { month: 'short', year: 'numeric' },
    dateA11yLabel: { day: 'numeric', month: 'long', year: 'numeric' },
    monthYearA11yLabel: { month: 'long', year: 'numeric' },
  },
};

const INTL = {
  es: {
    calendarLabel: 'Calendario',
    openCalendarLabel: 'Abrir calendario',
    closeCalendarLabel: 'Cerrar calendario',
    prevMonthLabel: 'Mes anterior',
    nextMonthLabel: 'Mes siguiente',
    prevYearLabel: 'Año anterior',
    nextYearLabel: 'Año siguiente',
    prevMultiYearLabel: '24 años antes',
    nextMultiYearLabel: '24 años después',
    switchToMonthViewLabel: 'Elegir fecha',
    switchToMultiYearViewLabel: 'Elegir mes y año',
  },
  en: {
    calendarLabel: 'Calendar',
    openCalendarLabel: 'Open calendar',
    closeCalendarLabel: 'Close calendar',
    prevMonthLabel: 'Previous month',
    nextMonthLabel: 'Next month',
    prevYearLabel: 'Previous year',
    nextYearLabel: 'Next year',
    prevMultiYearLabel: 'Previous 24 years',
    nextMultiYearLabel: 'Next 24 years',
    switchToMonthViewLabel: 'Choose date',
    switchToMultiYearViewLabel: 'Choose month and year',
  },
} satisfies Record<'es' | 'en', Partial<MatDatepickerIntl>>;

/** The datepicker's own button and calendar labels, in the app's language. */
@Injectable()
export class AppDatepickerIntl extends MatDatepickerIntl {
  constructor() {
    super();
    const i18n = inject(I18n);
    effect(() => {
      Object.assign(this, INTL[i18n.lang()]);
      this.changes.next();
    });
  }
}

/** For a component with date fields: `providers: [providePlainDates()]`. */
export function providePlainDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: PlainDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: PLAIN_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: AppDatepickerIntl },
  ];
}
