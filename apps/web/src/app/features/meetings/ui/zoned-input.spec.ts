import { allTimeZones, dayInZone, utcToWallTime, wallTimeToUtc } from './zoned-input';

describe('wallTimeToUtc', () => {
  // "date time zone → UTC instant": the chosen zone, never the machine's; across the date
  // line; on either side of a daylight-saving change.
  it.each([
    '2026-12-05 09:00 America/Lima → 2026-12-05T14:00:00.000Z',
    '2026-12-05 09:00 Europe/Madrid → 2026-12-05T08:00:00.000Z',
    '2026-12-05 09:00 UTC → 2026-12-05T09:00:00.000Z',
    '2026-12-05 09:00 Asia/Kolkata → 2026-12-05T03:30:00.000Z',
    '2026-12-05 21:30 America/Lima → 2026-12-06T02:30:00.000Z',
    '2026-12-05 01:00 Pacific/Auckland → 2026-12-04T12:00:00.000Z',
    '2026-07-01 12:00 Europe/Madrid → 2026-07-01T10:00:00.000Z',
    '2026-12-01 12:00 Europe/Madrid → 2026-12-01T11:00:00.000Z',
    '2026-12-01 12:00 America/Santiago → 2026-12-01T15:00:00.000Z',
  ])('reads %s', (row) => {
    const [date, time, zone, , utc] = row.split(' ');
    expect(wallTimeToUtc(date, time, zone)).toBe(utc);
  });

  it('moves a time that never happens (clocks forward) by the gap: 02:30 becomes 03:30', () => {
    const iso = wallTimeToUtc('2026-03-29', '02:30', 'Europe/Madrid');
    expect(iso).toBe('2026-03-29T01:30:00.000Z');
    expect(utcToWallTime(iso ?? '', 'Europe/Madrid')).toEqual({
      date: '2026-03-29',
      time: '03:30',
    });
  });

  it('takes the first of a time that happens twice (clocks back)', () => {
    expect(wallTimeToUtc('2026-10-25', '02:30', 'Europe/Madrid')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every quarter hour of a DST day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const iso = wallTimeToUtc('2026-10-25', time, 'Europe/Madrid');
      expect(iso).not.toBeNull();
      expect(utcToWallTime(iso ?? '', 'Europe/Madrid')).toEqual({
        date: '2026-10-25',
        time,
      });
    }
  });

  it('refuses dates and times that do not exist, and unknown zones', () => {
    expect(wallTimeToUtc('2026-02-30', '09:00', 'America/Lima')).toBeNull();
    expect(wallTimeToUtc('2026-12-05', '24:00', 'America/Lima')).toBeNull();
    expect(wallTimeToUtc('2026-12-05', '09:60', 'America/Lima')).toBeNull();
    expect(wallTimeToUtc('', '09:00', 'America/Lima')).toBeNull();
    expect(wallTimeToUtc('2026-12-05', '', 'America/Lima')).toBeNull();
    expect(wallTimeToUtc('05/12/2026', '09:00', 'America/Lima')).toBeNull();
    expect(wallTimeToUtc('2026-12-05', '09:00', 'America/Piura')).toBeNull();
    expect(wallTimeToUtc('2026-12-05', '09:00', '-05:00')).toBeNull();
  });

  it('accepts seconds from browsers that send them', () => {
    expect(wallTimeToUtc('2026-12-05', '09:00:00', 'America/Lima')).toBe('2026-12-05T14:00:00.000Z');
  });
});

describe('utcToWallTime and dayInZone', () => {
  it('reads an instant on the wall clock of the zone', () => {
    expect(utcToWallTime('2026-12-05T14:00:00Z', 'America/Lima')).toEqual({
      date: '2026-12-05',
      time: '09:00',
    });
    expect(utcToWallTime('2026-12-06T02:30:00.000Z', 'America/Lima')).toEqual({
      date: '2026-12-05',
      time: '21:30',
    });
  });

  it('puts a late evening meeting on its own day in its zone', () => {
    expect(dayInZone('2026-12-06T03:00:00Z', 'America/Lima')).toBe('2026-12-05');
    expect(dayInZone('2026-12-06T03:00:00Z', 'UTC')).toBe('2026-12-06');
  });

  it('answers empty fields for a bad instant or zone', () => {
    expect(utcToWallTime('nope', 'America/Lima')).toEqual({
      date: '',
      time: '',
    });
    expect(utcToWallTime('2026-12-05T14:00:00Z', 'Nowhere/City')).toEqual({
      date: '',
      time: '',
    });
  });
});

describe('allTimeZones', () => {
  it('lists Lima and the other common zones, sorted and without repeats', () => {
    const zones = allTimeZones();
    expect(zones).toContain('America/Lima');
    expect(zones).toContain('Europe/Madrid');
    expect(new Set(zones).size).toBe(zones.length);
    expect([...zones].sort()).toEqual(zones);
  });
});
