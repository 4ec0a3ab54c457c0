import { formatRangeInZone, timeInZone, viewerEcho } from './meeting-time';

const MINUS = '\u2212';

describe('formatRangeInZone', () => {
  it('names the zone and its offset, in Spanish dd/mm/aaaa', () => {
    expect(
      formatRangeInZone(
        '2026-12-05T14:00:00Z',
        '2026-12-05T18:00:00Z',
        'America/Lima',
        'es-PE',
      ),
    ).toBe(`05/12/2026 09:00–13:00 hora de Lima (UTC${MINUS}5)`);
  });

  it('writes the month in words in English', () => {
    expect(
      formatRangeInZone(
        '2026-12-05T14:00:00Z',
        '2026-12-05T18:00:00Z',
        'America/Lima',
        'en',
      ),
    ).toBe(`5 Dec 2026, 09:00–13:00 Lima time (UTC${MINUS}5)`);
  });

  it('writes both dates when the meeting crosses midnight in its zone', () => {
    expect(
      formatRangeInZone(
        '2026-12-06T03:00:00Z',
        '2026-12-06T07:00:00Z',
        'America/Lima',
        'es',
      ),
    ).toBe(`05/12/2026 22:00 – 06/12/2026 02:00 hora de Lima (UTC${MINUS}5)`);
  });

  it('shows the start alone without an end, and nothing without a start', () => {
    expect(
      formatRangeInZone('2026-12-05T14:00:00Z', null, 'America/Lima', 'es'),
    ).toBe(`05/12/2026 09:00 hora de Lima (UTC${MINUS}5)`);
    expect(formatRangeInZone(null, null, 'America/Lima', 'es')).toBe('');
  });
});

describe('timeInZone', () => {
  it('gives the 24-hour time in the zone', () => {
    expect(timeInZone('2026-12-05T14:00:00Z', 'America/Lima', 'es')).toBe(
      '09:00',
    );
    expect(timeInZone('2026-12-05T05:00:00Z', 'America/Lima', 'en')).toBe(
      '00:00',
    );
  });
});

describe('viewerEcho', () => {
  const start = '2026-12-05T14:00:00Z';
  const end = '2026-12-05T18:00:00Z';

  it('shows the reader their own time when their clock differs', () => {
    expect(viewerEcho(start, end, 'America/Lima', 'Europe/Madrid', 'es')).toBe(
      '05/12/2026 15:00–19:00 hora de Madrid (UTC+1)',
    );
  });

  it('stays silent in the same zone, or in a zone with the same offset then', () => {
    expect(viewerEcho(start, end, 'America/Lima', 'America/Lima', 'es')).toBe(
      '',
    );
    expect(viewerEcho(start, end, 'America/Lima', 'America/Bogota', 'es')).toBe(
      '',
    );
  });

  it('stays silent without a time', () => {
    expect(viewerEcho(null, null, 'America/Lima', 'Europe/Madrid', 'es')).toBe(
      '',
    );
  });
});
