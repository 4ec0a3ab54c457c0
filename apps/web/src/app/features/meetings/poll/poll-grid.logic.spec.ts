import { answerRequest, buildPollGrid, isComplete, setDraft } from './poll-grid.logic';
import { LALIBERTAD, PIURA, pollDto, TUMBES } from '../data-access/meeting.fixtures';

describe('buildPollGrid', () => {
  it('has one column per slot, marks the best one and the one that needs confirmation', () => {
    const { columns } = buildPollGrid(pollDto(), []);
    expect(columns.map((c) => [c.slot.id, c.best, c.needsConfirm, c.chosen])).toEqual([
      ['s-4', false, true, false],
      ['s-5', true, false, false],
    ]);
  });

  it('marks no best slot before anyone answered', () => {
    const poll = pollDto({
      responses: [],
      slots: pollDto().slots.map((s) => ({
        ...s,
        tally: { yes: 0, if_need_be: 0, no: 0 },
        refusedBy: [],
      })),
    });
    expect(buildPollGrid(poll, []).columns.some((c) => c.best)).toBe(false);
  });

  it('lists answered and pending agencies, mine first, then by name', () => {
    const { rows } = buildPollGrid(pollDto(), [TUMBES.id]);
    expect(rows.map((r) => [r.agency.shortName, r.editable])).toEqual([
      ['GR Tumbes', true],
      ['GR La Libertad', false],
      ['GR Piura', false],
    ]);
    expect(rows[0].answers).toEqual({ 's-4': null, 's-5': null });
    expect(rows[2].answers).toEqual({ 's-4': 'no', 's-5': 'yes' });
    expect(rows[2].answeredBy?.displayName).toBe('Andrea Zapata Ruesta');
  });

  it("shows the viewer's unsaved answers in their own rows only", () => {
    let drafts = setDraft({}, PIURA.id, 's-4', 'yes');
    drafts = setDraft(drafts, LALIBERTAD.id, 's-4', 'no');
    const { rows } = buildPollGrid(pollDto(), [PIURA.id], drafts);
    const piura = rows.find((r) => r.agency.id === PIURA.id);
    const lal = rows.find((r) => r.agency.id === LALIBERTAD.id);
    expect(piura?.answers).toEqual({ 's-4': 'yes', 's-5': 'yes' });
    expect(piura?.dirty).toBe(true);
    expect(lal?.answers['s-4']).toBe('if_need_be');
    expect(lal?.dirty).toBe(false);
  });

  it('a draft equal to the saved answer is not a change', () => {
    const { rows } = buildPollGrid(pollDto(), [PIURA.id], setDraft({}, PIURA.id, 's-4', 'no'));
    expect(rows.find((r) => r.agency.id === PIURA.id)?.dirty).toBe(false);
  });

  it('makes nothing editable once the poll is closed', () => {
    const { rows } = buildPollGrid(
      pollDto({ closed: true }),
      [PIURA.id, TUMBES.id],
      setDraft({}, PIURA.id, 's-4', 'yes'),
    );
    expect(rows.every((r) => !r.editable)).toBe(true);
    expect(rows.find((r) => r.agency.id === PIURA.id)?.answers['s-4']).toBe('no');
  });

  it('marks the chosen slot', () => {
    const { columns } = buildPollGrid(pollDto({ chosenSlotId: 's-5', closed: true }), []);
    expect(columns.find((c) => c.chosen)?.slot.id).toBe('s-5');
  });

  it('ranks by fewest no, then by yes and if-need-be', () => {
    const base = pollDto().slots[0];
    const poll = pollDto({
      slots: [
        {
          ...base,
          id: 'a',
          tally: { yes: 3, if_need_be: 0, no: 1 },
          refusedBy: [PIURA],
        },
        {
          ...base,
          id: 'b',
          tally: { yes: 1, if_need_be: 1, no: 0 },
          refusedBy: [],
        },
        {
          ...base,
          id: 'c',
          tally: { yes: 2, if_need_be: 0, no: 0 },
          refusedBy: [],
        },
      ],
    });
    expect(buildPollGrid(poll, []).columns.find((c) => c.best)?.slot.id).toBe('c');
  });
});

describe('saving a row', () => {
  it('is complete only when every slot has an answer, and sends them all', () => {
    const empty = buildPollGrid(pollDto(), [TUMBES.id]).rows[0];
    expect(isComplete(empty)).toBe(false);
    const half = buildPollGrid(pollDto(), [TUMBES.id], setDraft({}, TUMBES.id, 's-5', 'yes')).rows[0];
    expect(isComplete(half)).toBe(false);
    expect(answerRequest(half)).toEqual({
      agencyId: TUMBES.id,
      answers: [{ slotId: 's-5', answer: 'yes' }],
    });

    const drafts = setDraft(setDraft({}, TUMBES.id, 's-5', 'yes'), TUMBES.id, 's-4', 'if_need_be');
    const full = buildPollGrid(pollDto(), [TUMBES.id], drafts).rows[0];
    expect(isComplete(full)).toBe(true);
    expect(answerRequest(full)).toEqual({
      agencyId: TUMBES.id,
      answers: [
        { slotId: 's-4', answer: 'if_need_be' },
        { slotId: 's-5', answer: 'yes' },
      ],
    });
  });

  it('setDraft returns new objects and keeps other answers', () => {
    const first = setDraft({}, PIURA.id, 's-4', 'yes');
    const second = setDraft(first, PIURA.id, 's-5', 'no');
    expect(second).not.toBe(first);
    expect(second[PIURA.id]).toEqual({ 's-4': 'yes', 's-5': 'no' });
    expect(first[PIURA.id]).toEqual({ 's-4': 'yes' });
  });
});
