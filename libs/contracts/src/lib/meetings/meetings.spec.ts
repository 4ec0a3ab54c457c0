import { MEETING_STATUS_MOVES, MEETING_STATUSES, type MeetingStatus } from './meetings';
import { TLP_LEVELS } from '../identity/identity';

// The status machine is shared by the API (which enforces it) and the web app (which offers
// only the allowed moves): these are the properties both rely on.
describe('meeting status moves', () => {
  it('lists every status, and moves only to known statuses other than itself', () => {
    expect(Object.keys(MEETING_STATUS_MOVES).sort()).toEqual([...MEETING_STATUSES].sort());
    for (const [from, to] of Object.entries(MEETING_STATUS_MOVES) as [MeetingStatus, readonly MeetingStatus[]][]) {
      for (const target of to) {
        expect(MEETING_STATUSES).toContain(target);
        expect(target).not.toBe(from);
      }
    }
  });

  it('ends in concluded or cancelled, and every live status can be cancelled', () => {
    expect(MEETING_STATUS_MOVES.concluded).toEqual([]);
    expect(MEETING_STATUS_MOVES.cancelled).toEqual([]);
    for (const live of ['draft', 'scheduled', 'in_progress'] as const) {
      expect(MEETING_STATUS_MOVES[live]).toContain('cancelled');
    }
  });

  it('reaches concluded only through in_progress', () => {
    const into = (s: MeetingStatus) => MEETING_STATUSES.filter((from) => MEETING_STATUS_MOVES[from].includes(s));
    expect(into('concluded')).toEqual(['in_progress']);
    expect(into('in_progress')).toEqual(['scheduled']);
  });
});

describe('TLP levels', () => {
  it('run from the most to the least shareable, as clearances compare by position', () => {
    expect(TLP_LEVELS).toEqual(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
  });
});
