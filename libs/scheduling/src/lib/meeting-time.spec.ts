import { formatMeetingTime, formatTimeOfDay, timeLang, zoneCity, zoneLabel, zoneOffset } from './meeting-time';

const MINUS = '\u2212';

describe('formatMeetingTime', () => {
  const start = '2026-12-05T14:00:00Z';
  const end = '2026-12-05T18:00:00Z';

  it('words a range on one day in Spanish, as the screens and journeys read it', () => {
    expect(formatMeetingTime({ startsAt: start, endsAt: end }, 'America/Lima', 'es')).toBe(
      `05/12/2026 09:00–13:00 hora de Lima (UTC${MINUS}5)`,
    );
  });

  it('words the same range in English with the month in words', () => {
    expect(formatMeetingTime({ startsAt: start, endsAt: end }, 'America/Lima', 'en')).toBe(
      `5 Dec 2026, 09:00–13:00 Lima time (UTC${MINUS}5)`,
    );
  });

  it('writes both dates when the range crosses midnight in the zone', () => {
    expect(
      formatMeetingTime({ startsAt: '2026-12-06T03:00:00Z', endsAt: '2026-12-06T07:00:00Z' }, 'America/Lima', 'es'),
    ).toBe(`05/12/2026 22:00 – 06/12/2026 02:00 hora de Lima (UTC${MINUS}5)`);
  });

  it('words a single instant (a poll deadline)', () => {
    expect(formatMeetingTime('2026-12-04T04:59:00Z', 'America/Lima', 'es')).toBe(
      `03/12/2026 23:59 hora de Lima (UTC${MINUS}5)`,
    );
    expect(formatMeetingTime(new Date('2026-12-05T15:00:00Z'), 'America/Lima', 'en')).toBe(
      `5 Dec 2026, 10:00 Lima time (UTC${MINUS}5)`,
    );
    expect(formatMeetingTime({ startsAt: start, endsAt: null }, 'America/Lima', 'es')).toBe(
      `05/12/2026 09:00 hora de Lima (UTC${MINUS}5)`,
    );
  });

  it('follows daylight saving time of the named zone, not the machine zone', () => {
    expect(formatMeetingTime('2026-07-01T12:00:00Z', 'Europe/Madrid', 'es')).toBe(
      '01/07/2026 14:00 hora de Madrid (UTC+2)',
    );
    expect(formatMeetingTime('2026-12-01T12:00:00Z', 'Europe/Madrid', 'es')).toBe(
      '01/12/2026 13:00 hora de Madrid (UTC+1)',
    );
  });

  it('prints midnight as 00, never 24', () => {
    expect(formatMeetingTime('2026-12-05T05:00:00Z', 'America/Lima', 'es')).toBe(
      `05/12/2026 00:00 hora de Lima (UTC${MINUS}5)`,
    );
  });

  it('answers an empty string for a missing or unreadable start', () => {
    expect(formatMeetingTime('not a date', 'America/Lima', 'es')).toBe('');
    expect(formatMeetingTime({ startsAt: 'nope', endsAt: end }, 'America/Lima', 'es')).toBe('');
  });
});

describe('zone helpers', () => {
  it('names the city of multi-part zone ids', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });

  it('prints half-hour offsets and a zero offset', () => {
    const at = new Date('2026-12-05T15:00:00Z');
    expect(zoneOffset(at, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(zoneOffset(at, 'Europe/London')).toBe('UTC');
    expect(zoneLabel(at, 'UTC', 'es')).toBe('UTC');
    expect(zoneLabel(at, 'America/Bogota', 'en')).toBe(`Bogota time (UTC${MINUS}5)`);
  });

  it('gives the time of day alone for calendar cells', () => {
    expect(formatTimeOfDay('2026-12-05T14:00:00Z', 'America/Lima', 'es')).toBe('09:00');
    expect(formatTimeOfDay('2026-12-05T05:00:00Z', 'America/Lima', 'en')).toBe('00:00');
    expect(formatTimeOfDay('x', 'America/Lima', 'en')).toBe('');
  });

  it('maps locale ids onto the two languages', () => {
    expect(timeLang('es-PE')).toBe('es');
    expect(timeLang('en')).toBe('en');
    expect(timeLang('en-GB')).toBe('en');
  });
});
