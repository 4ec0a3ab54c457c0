import {
  canonicalTimeZone,
  formatOffsetCompact,
  formatOffsetLabel,
  isValidTimeZone,
  localDateTime,
  offsetTransitions,
  plainDateIn,
  utcOffsetMinutes,
} from './time-zone';

describe('time zones', () => {
  it('accepts IANA names and returns their canonical spelling', () => {
    expect(canonicalTimeZone('America/Lima')).toBe('America/Lima');
    expect(canonicalTimeZone('america/lima')).toBe('America/Lima');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
  });

  it('refuses unknown names, offsets, abbreviations and junk', () => {
    for (const bad of ['Mars/Olympus_Mons', 'America/Limaa', '+05:00', 'PET', '', 'x'.repeat(100), 'America/../etc']) {
      expect(isValidTimeZone(bad)).toBe(false);
    }
  });

  it('reads the wall clock and the offset in a zone', () => {
    const instant = new Date('2026-12-05T14:00:00Z');
    expect(localDateTime(instant, 'America/Lima')).toEqual({
      year: 2026,
      month: 12,
      day: 5,
      hour: 9,
      minute: 0,
      second: 0,
    });
    expect(utcOffsetMinutes(instant, 'America/Lima')).toBe(-300);
    expect(utcOffsetMinutes(instant, 'Asia/Kolkata')).toBe(330);
    expect(localDateTime(new Date('2026-12-05T23:30:00Z'), 'Asia/Kolkata').hour).toBe(5);
  });

  it('formats offsets for iCalendar and for people', () => {
    expect(formatOffsetCompact(-300)).toBe('-0500');
    expect(formatOffsetCompact(330)).toBe('+0530');
    expect(formatOffsetLabel(-300)).toBe('UTC\u221205:00');
  });

  it('finds the daylight-saving transitions of a zone and none in Lima', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');
    expect(offsetTransitions('America/Lima', from, to)).toEqual([]);
    const madrid = offsetTransitions('Europe/Madrid', from, to);
    expect(madrid).toEqual([
      { at: new Date('2026-03-29T01:00:00Z'), fromMinutes: 60, toMinutes: 120 },
      { at: new Date('2026-10-25T01:00:00Z'), fromMinutes: 120, toMinutes: 60 },
    ]);
  });
});

describe('plainDateIn', () => {
  it('is the calendar day of the zone, not of UTC', () => {
    // 03:30 UTC on 5 December is still 4 December in Lima (UTC−5), already 5 December in Tokyo.
    const instant = new Date('2026-12-05T03:30:00Z');
    expect(plainDateIn(instant, 'America/Lima')).toBe('2026-12-04');
    expect(plainDateIn(instant, 'Asia/Tokyo')).toBe('2026-12-05');
    expect(plainDateIn(new Date('0999-03-01T12:00:00Z'), 'UTC')).toBe('0999-03-01');
  });
});
