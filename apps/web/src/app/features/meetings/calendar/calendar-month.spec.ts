import type { MeetingSummaryDto } from '@cumbre/contracts';
import { addDays, monthGrid, parseMonth, shiftMonth } from '@cumbre/scheduling';
import { formatDayLong, gridRange, groupByDay, meetingsByDay, weekdayNames } from './calendar-month';

function meeting(id: string, startsAt: string | null, timeZone = 'America/Lima'): MeetingSummaryDto {
  return {
    id,
    title: id,
    status: 'scheduled',
    visibility: 'internal',
    startsAt,
    endsAt: startsAt,
    timeZone,
    hostAgency: {
      id: 'a',
      name: 'PCM',
      shortName: 'PCM',
      kind: 'national',
      isoCode: null,
    },
    venue: { name: null, address: null, city: null },
    onlineUrl: null,
    myRsvp: null,
  };
}

describe('month arithmetic', () => {
  it('parses months and refuses anything else', () => {
    expect(parseMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('12-2026')).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
  });

  it('moves across years', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({
      year: 2027,
      month: 1,
    });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({
      year: 2025,
      month: 12,
    });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('lays December 2026 out in Monday-first weeks', () => {
    const weeks = monthGrid({ year: 2026, month: 12 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toEqual({
      date: '2026-11-30',
      day: 30,
      inMonth: false,
    });
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', day: 1, inMonth: true });
    expect(weeks[0][5].date).toBe('2026-12-05'); // a Saturday
    expect(weeks[4][6]).toEqual({ date: '2027-01-03', day: 3, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('asks the API for a margin around the grid for far-off zones', () => {
    const range = gridRange(monthGrid({ year: 2026, month: 12 }));
    expect(range.from).toBe('2026-11-28T12:00:00.000Z');
    expect(range.to).toBe('2027-01-05T12:00:00.000Z');
  });

  it('names days and weekdays in the reader language', () => {
    expect(formatDayLong('2026-12-05', 'es-PE')).toBe('sábado, 5 de diciembre de 2026');
    expect(weekdayNames('en', 'short')[0]).toBe('Mon');
  });
});

describe('grouping meetings by day in their own zone', () => {
  it('puts a 22:00 Lima meeting on its Lima day, not the UTC one', () => {
    const byDay = meetingsByDay([
      meeting('late', '2026-12-06T03:00:00Z'),
      meeting('tokyo', '2026-12-05T20:00:00Z', 'Asia/Tokyo'),
    ]);
    expect(byDay.get('2026-12-05')?.map((m) => m.id)).toEqual(['late']);
    expect(byDay.get('2026-12-06')?.map((m) => m.id)).toEqual(['tokyo']);
  });

  it('sorts each day by start', () => {
    const byDay = meetingsByDay([meeting('b', '2026-12-05T18:00:00Z'), meeting('a', '2026-12-05T14:00:00Z')]);
    expect(byDay.get('2026-12-05')?.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('keeps the given order of days and puts undated meetings last', () => {
    const groups = groupByDay([
      meeting('dec10', '2026-12-10T14:00:00Z'),
      meeting('undated', null),
      meeting('dec05', '2026-12-05T14:00:00Z'),
      meeting('dec10b', '2026-12-10T16:00:00Z'),
    ]);
    expect(groups.map((g) => [g.date, g.meetings.map((m) => m.id)])).toEqual([
      ['2026-12-10', ['dec10', 'dec10b']],
      ['2026-12-05', ['dec05']],
      [null, ['undated']],
    ]);
  });

  it('puts cancelled meetings after the active ones of their day, in the calendar and the list', () => {
    const cancelled = {
      ...meeting('early-cancelled', '2026-12-05T13:00:00Z'),
      status: 'cancelled' as const,
    };
    const byDay = meetingsByDay([
      cancelled,
      meeting('b', '2026-12-05T18:00:00Z'),
      meeting('a', '2026-12-05T14:00:00Z'),
    ]);
    expect(byDay.get('2026-12-05')?.map((m) => m.id)).toEqual(['a', 'b', 'early-cancelled']);
    const groups = groupByDay([cancelled, meeting('a', '2026-12-05T14:00:00Z')]);
    expect(groups[0].meetings.map((m) => m.id)).toEqual(['a', 'early-cancelled']);
  });
});
