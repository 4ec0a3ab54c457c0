import { dayText, minutesText, plannedAt } from './agenda-time';

describe('agenda times', () => {
  it('names the meeting zone beside the time', () => {
    expect(plannedAt('2026-12-05T14:40:00Z', 'America/Lima', 'es')).toBe('09:40 hora de Lima');
    expect(plannedAt('2026-12-05T14:40:00Z', 'America/Lima', 'en')).toBe('09:40 Lima time');
    expect(plannedAt(null, 'America/Lima', 'es')).toBe('');
  });

  it('words a due day the way each language writes dates', () => {
    expect(dayText('2026-12-20', 'es')).toBe('20/12/2026');
    expect(dayText('2026-12-20', 'en')).toBe('20 Dec 2026');
  });

  it('words minutes in hours and minutes', () => {
    expect(minutesText(25)).toBe('25 min');
    expect(minutesText(60)).toBe('1 h');
    expect(minutesText(85)).toBe('1 h 25 min');
  });
});
