import { formatInZone, zoneCity, zoneLabel, zoneOffset } from './zoned-time';

describe('formatInZone', () => {
  const summit = '2026-12-05T15:00:00Z';

  it('shows Lima time in dd/mm/aaaa with the zone named, in Spanish', () => {
    expect(formatInZone(summit, 'America/Lima', 'es-PE')).toBe(
      '05/12/2026 10:00 hora de Lima (UTC\u22125)',
    );
  });

  it('uses the month in words in English', () => {
    expect(formatInZone(summit, 'America/Lima', 'en')).toBe(
      '5 Dec 2026, 10:00 Lima time (UTC\u22125)',
    );
  });

  it('follows daylight saving time of the named zone, not the machine zone', () => {
    expect(formatInZone('2026-07-01T12:00:00Z', 'Europe/Madrid', 'es-PE')).toBe(
      '01/07/2026 14:00 hora de Madrid (UTC+2)',
    );
    expect(formatInZone('2026-12-01T12:00:00Z', 'Europe/Madrid', 'es-PE')).toBe(
      '01/12/2026 13:00 hora de Madrid (UTC+1)',
    );
  });

  it('prints midnight as 00, never 24', () => {
    expect(formatInZone('2026-12-05T05:00:00Z', 'America/Lima', 'es')).toBe(
      '05/12/2026 00:00 hora de Lima (UTC\u22125)',
    );
  });

  it('answers an empty string for an invalid date', () => {
    expect(formatInZone('not a date', 'America/Lima', 'es-PE')).toBe('');
  });

  it('accepts a Date', () => {
    expect(formatInZone(new Date(summit), 'America/Bogota', 'es-PE')).toContain(
      'hora de Bogota (UTC\u22125)',
    );
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
    expect(zoneLabel(at, 'UTC', 'es-PE')).toBe('UTC');
  });
});
