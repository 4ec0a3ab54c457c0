import {
  addDays,
  addMonths,
  daysInMonth,
  isPlainDate,
  monthGrid,
  monthKey,
  monthOf,
  parseMonth,
  shiftMonth,
  weekdayIndex,
} from './plain-date';

describe('plain dates', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-12-05', 1)).toBe('2026-12-06');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-05', -35)).toBe('2026-10-31');
  });

  it('counts days the same whatever daylight-saving edge the machine zone has', () => {
    // Europe and the US change their clocks on these Sundays; a plain date never notices.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
  });

  it('adds months, keeping the day inside the shorter month', () => {
    expect(addMonths('2026-12-05', 1)).toBe('2027-01-05');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('knows weekdays, Monday first', () => {
    expect(weekdayIndex('2026-11-30')).toBe(0); // a Monday
    expect(weekdayIndex('2026-12-05')).toBe(5); // the summit, a Saturday
    expect(weekdayIndex('2026-12-06')).toBe(6);
  });

  it('parses and prints months, and shifts them across years', () => {
    expect(parseMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('12-2026')).toBeNull();
    expect(parseMonth(null)).toBeNull();
    expect(monthKey({ year: 2027, month: 3 })).toBe('2027-03');
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthOf('2026-12-05')).toEqual({ year: 2026, month: 12 });
    expect(daysInMonth({ year: 2026, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2028, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 2026, month: 12 })).toBe(31);
  });

  it('tells real dates from impossible ones', () => {
    expect(isPlainDate('2026-12-05')).toBe(true);
    expect(isPlainDate('2026-02-31')).toBe(false);
    expect(isPlainDate('5/12/2026')).toBe(false);
  });

  it('lays out a month in whole Monday-to-Sunday weeks', () => {
    const weeks = monthGrid({ year: 2026, month: 12 });
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', day: 30, inMonth: false });
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', day: 1, inMonth: true });
    expect(weeks[4][6]).toEqual({ date: '2027-01-03', day: 3, inMonth: false });
    // February 2021 starts on a Monday and fills exactly four weeks.
    expect(monthGrid({ year: 2021, month: 2 })).toHaveLength(4);
  });
});
