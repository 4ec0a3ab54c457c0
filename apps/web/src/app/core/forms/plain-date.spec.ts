import { TestBed } from '@angular/core/testing';
import { formatPlainDate, parsePlainDate, PlainDateAdapter, PLAIN_DATE_FORMATS } from './plain-date';
import { normalizeTime } from './time-input';

describe('plain dates (dd/mm/aaaa whatever the browser)', () => {
  it('reads dd/mm/aaaa and ISO days, and refuses days that do not exist', () => {
    expect(parsePlainDate('05/12/2026')).toBe('2026-12-05');
    expect(parsePlainDate(' 5/12/2026 ')).toBe('2026-12-05');
    expect(parsePlainDate('2026-12-05')).toBe('2026-12-05');
    expect(parsePlainDate('31/02/2026')).toBeNull();
    expect(parsePlainDate('12/05/26')).toBeNull();
    expect(parsePlainDate('mañana')).toBeNull();
    expect(formatPlainDate('2026-12-05')).toBe('05/12/2026');
  });

  it('is a DateAdapter the datepicker can walk months and years with', () => {
    TestBed.configureTestingModule({ providers: [PlainDateAdapter] });
    const adapter = TestBed.inject(PlainDateAdapter);
    expect(adapter.parse('05/12/2026')).toBe('2026-12-05');
    expect(adapter.isValid(adapter.parse('31/02/2026') as string)).toBe(false);
    expect(adapter.parse('')).toBeNull();
    expect(adapter.deserialize('')).toBeNull();
    expect(adapter.format('2026-12-05', PLAIN_DATE_FORMATS.display.dateInput)).toBe('05/12/2026');
    expect(adapter.addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(adapter.addCalendarMonths('2026-12-05', 1)).toBe('2027-01-05');
    expect(adapter.addCalendarMonths('2026-01-05', -1)).toBe('2025-12-05');
    expect(adapter.addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(adapter.addCalendarYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(adapter.getDayOfWeek('2026-12-05')).toBe(6); // a Saturday
    expect(adapter.getNumDaysInMonth('2028-02-10')).toBe(29);
    expect(adapter.createDate(2026, 11, 5)).toBe('2026-12-05');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    // Spanish month names by default (the app's language, not the browser's).
    expect(adapter.getMonthNames('long')[11].toLowerCase()).toBe('diciembre');
    expect(adapter.compareDate('2026-12-05', '2100-12-31')).toBeLessThan(0);
  });
});

describe('24-hour times', () => {
  it('tidies loose readings into hh:mm and refuses what is no time of day', () => {
    expect(normalizeTime('09:00')).toBe('09:00');
    expect(normalizeTime('9:00')).toBe('09:00');
    expect(normalizeTime('0930')).toBe('09:30');
    expect(normalizeTime('18')).toBe('18:00');
    expect(normalizeTime('24:00')).toBeNull();
    expect(normalizeTime('9:00 AM')).toBeNull();
    expect(normalizeTime('09:60')).toBeNull();
  });
});
