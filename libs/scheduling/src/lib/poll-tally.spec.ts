import { rankSlots, tallyPoll } from './poll-tally';

describe('tallyPoll', () => {
  const slots = ['s1', 's2', 's3'];

  it('counts yes, if_need_be and no per slot and names who refused', () => {
    const result = tallyPoll(slots, [
      { slotId: 's1', agencyId: 'piura', answer: 'yes' },
      { slotId: 's1', agencyId: 'tumbes', answer: 'if_need_be' },
      { slotId: 's1', agencyId: 'cajamarca', answer: 'no' },
      { slotId: 's2', agencyId: 'piura', answer: 'yes' },
      { slotId: 's2', agencyId: 'tumbes', answer: 'yes' },
      { slotId: 's2', agencyId: 'cajamarca', answer: 'yes' },
    ]);
    expect(result).toEqual([
      { slotId: 's1', tally: { yes: 1, if_need_be: 1, no: 1 }, refusedBy: ['cajamarca'], score: 3 },
      { slotId: 's2', tally: { yes: 3, if_need_be: 0, no: 0 }, refusedBy: [], score: 6 },
      { slotId: 's3', tally: { yes: 0, if_need_be: 0, no: 0 }, refusedBy: [], score: 0 },
    ]);
  });

  it('counts an agency once per slot (the last answer wins)', () => {
    const [s1] = tallyPoll(
      ['s1'],
      [
        { slotId: 's1', agencyId: 'piura', answer: 'no' },
        { slotId: 's1', agencyId: 'piura', answer: 'yes' },
      ],
    );
    expect(s1.tally).toEqual({ yes: 1, if_need_be: 0, no: 0 });
    expect(s1.refusedBy).toEqual([]);
  });

  it('ignores answers to slots that are not in the poll', () => {
    const result = tallyPoll(['s1'], [{ slotId: 'gone', agencyId: 'piura', answer: 'yes' }]);
    expect(result).toEqual([{ slotId: 's1', tally: { yes: 0, if_need_be: 0, no: 0 }, refusedBy: [], score: 0 }]);
  });

  it('lists every refusing agency in a stable order', () => {
    const [s1] = tallyPoll(
      ['s1'],
      [
        { slotId: 's1', agencyId: 'tumbes', answer: 'no' },
        { slotId: 's1', agencyId: 'ancash', answer: 'no' },
      ],
    );
    expect(s1.refusedBy).toEqual(['ancash', 'tumbes']);
  });
});

describe('rankSlots', () => {
  it('prefers fewest refusals, then most support, then the proposed order', () => {
    const tallies = tallyPoll(
      ['a', 'b', 'c', 'd'],
      [
        { slotId: 'a', agencyId: 'x', answer: 'yes' },
        { slotId: 'a', agencyId: 'y', answer: 'no' },
        { slotId: 'b', agencyId: 'x', answer: 'if_need_be' },
        { slotId: 'c', agencyId: 'x', answer: 'yes' },
        { slotId: 'd', agencyId: 'x', answer: 'yes' },
      ],
    );
    expect(rankSlots(tallies)).toEqual(['c', 'd', 'b', 'a']);
  });
});
