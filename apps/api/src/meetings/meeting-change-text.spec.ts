import { describePlaceChange, describeTimeChange } from './meeting-change-text';

const lima = (iso: string) => new Date(`${iso}-05:00`);
const at = (from: string, to: string, timeZone = 'America/Lima') => ({
  startsAt: lima(from),
  endsAt: lima(to),
  timeZone,
});

describe('what changed, in Spanish', () => {
  it('names only the hours when the day stays', () => {
    expect(
      describeTimeChange(at('2027-03-04T09:00', '2027-03-04T11:00'), at('2027-03-04T10:00', '2027-03-04T12:00')),
    ).toBe('la hora cambió de 09:00–11:00 a 10:00–12:00 (04/03/2027, hora de Lima (UTC\u22125))');
  });

  it('names both dates when the day moves, and a first date', () => {
    expect(
      describeTimeChange(at('2027-03-04T09:00', '2027-03-04T11:00'), at('2027-03-05T09:00', '2027-03-05T11:00')),
    ).toBe(
      'la fecha cambió de 04/03/2027 09:00–11:00 hora de Lima (UTC\u22125) a 05/03/2027 09:00–11:00 hora de Lima (UTC\u22125)',
    );
    expect(
      describeTimeChange(
        { startsAt: null, endsAt: null, timeZone: 'America/Lima' },
        at('2027-03-05T09:00', '2027-03-05T11:00'),
      ),
    ).toBe('la fecha quedó fijada: 05/03/2027 09:00–11:00 hora de Lima (UTC\u22125)');
  });

  it('words a place change, undecided places included', () => {
    expect(describePlaceChange('Sala A', 'Sala B')).toBe('el lugar cambió de «Sala A» a «Sala B»');
    expect(describePlaceChange(null, 'Sala B')).toBe('el lugar cambió de por definir a «Sala B»');
  });
});
