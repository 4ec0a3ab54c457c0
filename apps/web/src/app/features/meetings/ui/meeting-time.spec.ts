import { viewerEcho } from './meeting-time';

// The meeting's own wording is tested with formatMeetingTime in libs/scheduling.
describe('viewerEcho', () => {
  const start = '2026-12-05T14:00:00Z';
  const end = '2026-12-05T18:00:00Z';

  it('shows the reader their own time when their clock differs', () => {
    expect(viewerEcho(start, end, 'America/Lima', 'Europe/Madrid', 'es')).toBe(
      '05/12/2026 15:00–19:00 hora de Madrid (UTC+1)',
    );
  });

  it('stays silent in the same zone, or in a zone with the same offset then', () => {
    expect(viewerEcho(start, end, 'America/Lima', 'America/Lima', 'es')).toBe('');
    expect(viewerEcho(start, end, 'America/Lima', 'America/Bogota', 'es')).toBe('');
  });

  it('stays silent without a time', () => {
    expect(viewerEcho(null, null, 'America/Lima', 'Europe/Madrid', 'es')).toBe('');
  });
});
