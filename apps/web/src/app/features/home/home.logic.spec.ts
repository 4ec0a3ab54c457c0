import { ANCASH, PIURA, TUMBES } from './data-access/home.fixtures';
import { EMPTY_HOME, homeAfterSummit, homeDto } from './data-access/home.fixtures';
import { agencyList, daysAway, isHomeEmpty, relativeDays } from './home.logic';

const LIMA = 'America/Lima';

describe('daysAway', () => {
  it('counts calendar days on the meeting’s clocks, not 24-hour blocks', () => {
    // 27 Nov 2026 23:00 in Lima; the summit starts 5 Dec 09:00 Lima.
    const now = new Date('2026-11-28T04:00:00Z');
    expect(daysAway('2026-12-05T14:00:00Z', LIMA, now)).toBe(8);
    // One hour later it is already the 28th in Lima... but still the 28th in UTC.
    expect(daysAway('2026-11-28T05:30:00Z', LIMA, now)).toBe(1);
    expect(daysAway('2026-11-28T04:30:00Z', LIMA, now)).toBe(0);
    expect(daysAway('2026-11-25T15:00:00Z', LIMA, now)).toBe(-2);
  });

  it('gives NaN for an unreadable instant', () => {
    expect(daysAway('nope', LIMA, new Date('2026-11-27T17:00:00Z'))).toBeNaN();
  });
});

describe('relativeDays', () => {
  it('words the distance in Spanish and English', () => {
    expect(relativeDays(0, 'es')).toBe('hoy');
    expect(relativeDays(1, 'es')).toBe('mañana');
    expect(relativeDays(-1, 'es')).toBe('ayer');
    expect(relativeDays(3, 'es')).toBe('en 3 días');
    expect(relativeDays(-4, 'es')).toBe('hace 4 días');
    expect(relativeDays(3, 'en')).toBe('in 3 days');
    expect(relativeDays(-2, 'en')).toBe('2 days ago');
    expect(relativeDays(Number.NaN, 'en')).toBe('');
  });
});

describe('agencyList', () => {
  it('sorts in Spanish order, Áncash before Piura and Tumbes', () => {
    expect(agencyList([TUMBES, PIURA, ANCASH])).toBe('GR Áncash, GR Piura, GR Tumbes');
  });
});

describe('isHomeEmpty', () => {
  it('is empty only when every card is', () => {
    expect(isHomeEmpty(EMPTY_HOME)).toBe(true);
    expect(isHomeEmpty(homeDto())).toBe(false);
    expect(isHomeEmpty({ ...EMPTY_HOME, convening: homeDto().convening })).toBe(false);
    // The week after a meeting: its follow-up is something to attend to.
    expect(isHomeEmpty({ ...EMPTY_HOME, recentMeetings: homeAfterSummit().recentMeetings })).toBe(false);
    expect(isHomeEmpty({ ...EMPTY_HOME, actionPlan: homeAfterSummit().actionPlan })).toBe(false);
  });
});
