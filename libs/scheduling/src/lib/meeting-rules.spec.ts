import {
  allowedStatusMoves,
  checkMeetingTimes,
  checkPollDraft,
  awaitsConclusion,
  clashesMatter,
  isAllowedStatusMove,
  meetingIsOver,
  isClosedStatus,
} from './meeting-rules';

describe('status moves', () => {
  it('follows the contract table', () => {
    expect(isAllowedStatusMove('draft', 'scheduled')).toBe(true);
    expect(isAllowedStatusMove('scheduled', 'in_progress')).toBe(true);
    expect(isAllowedStatusMove('in_progress', 'concluded')).toBe(true);
    expect(isAllowedStatusMove('draft', 'concluded')).toBe(false);
    expect(isAllowedStatusMove('cancelled', 'scheduled')).toBe(false);
    expect(allowedStatusMoves('concluded')).toEqual([]);
  });
});

describe('checkMeetingTimes', () => {
  const s = new Date('2026-12-05T14:00:00Z');
  it('accepts a proper range and no times at all', () => {
    expect(checkMeetingTimes(s, new Date('2026-12-05T22:00:00Z'))).toEqual([]);
    expect(checkMeetingTimes(null, null)).toEqual([]);
  });
  it('names endsAt when the end is not after the start', () => {
    expect(checkMeetingTimes(s, s)).toEqual([
      { field: 'endsAt', code: 'meeting.ends_before_start', message: 'endsAt must be after startsAt' },
    ]);
    expect(checkMeetingTimes(s, new Date('2026-12-05T13:00:00Z'))[0].field).toBe('endsAt');
  });
  it('names the missing half', () => {
    expect(checkMeetingTimes(s, null)[0].field).toBe('endsAt');
    expect(checkMeetingTimes(null, s)[0].field).toBe('startsAt');
  });
});

describe('checkPollDraft', () => {
  const now = new Date('2026-11-01T12:00:00Z');
  const slot = (day: number) => ({
    startsAt: new Date(`2026-12-0${day}T14:00:00Z`),
    endsAt: new Date(`2026-12-0${day}T22:00:00Z`),
  });

  it('accepts future slots with an earlier deadline', () => {
    expect(checkPollDraft({ deadline: new Date('2026-11-20T00:00:00Z'), slots: [slot(4), slot(5)] }, now)).toEqual([]);
  });

  it('names a slot in the past and a slot that ends before it starts', () => {
    const problems = checkPollDraft(
      {
        deadline: new Date('2026-10-31T00:00:00Z'),
        slots: [
          { startsAt: new Date('2026-10-30T14:00:00Z'), endsAt: new Date('2026-10-30T15:00:00Z') },
          { startsAt: slot(5).endsAt, endsAt: slot(5).startsAt },
        ],
      },
      now,
    );
    expect(problems.map((p) => p.field)).toEqual(['slots[0].startsAt', 'slots[1].endsAt', 'deadline', 'deadline']);
  });

  it('refuses a deadline after the first slot starts and a repeated slot', () => {
    const problems = checkPollDraft({ deadline: new Date('2026-12-04T20:00:00Z'), slots: [slot(4), slot(4)] }, now);
    expect(problems).toEqual([
      { field: 'slots[1]', code: 'poll.slot_repeated', message: 'slots[1] repeats an earlier slot' },
      {
        field: 'deadline',
        code: 'poll.deadline_after_first_slot',
        message: 'deadline must not be after the earliest slot starts',
      },
    ]);
  });
});

describe('closed statuses', () => {
  it('are cancelled and concluded only', () => {
    expect(isClosedStatus('cancelled')).toBe(true);
    expect(isClosedStatus('concluded')).toBe(true);
    expect(isClosedStatus('draft')).toBe(false);
    expect(isClosedStatus('scheduled')).toBe(false);
    expect(isClosedStatus('in_progress')).toBe(false);
  });
});

describe('meetingIsOver', () => {
  const now = new Date('2026-12-06T01:00:00Z');
  it('once it has ended by the clock, even before its status says so', () => {
    expect(meetingIsOver({ status: 'scheduled', endsAt: '2026-12-06T01:00:00Z' }, now)).toBe(true);
    expect(meetingIsOver({ status: 'in_progress', endsAt: '2026-12-05T22:00:00Z' }, now)).toBe(true);
    expect(meetingIsOver({ status: 'scheduled', endsAt: '2026-12-06T01:00:01Z' }, now)).toBe(false);
  });
  it('once concluded or cancelled, whatever the clock; never while undated and open', () => {
    expect(meetingIsOver({ status: 'concluded', endsAt: '2026-12-07T00:00:00Z' }, now)).toBe(true);
    expect(meetingIsOver({ status: 'cancelled', endsAt: null }, now)).toBe(true);
    expect(meetingIsOver({ status: 'draft', endsAt: null }, now)).toBe(false);
  });
});

describe('clashesMatter', () => {
  const now = new Date('2026-12-06T01:00:00Z');
  it('while the meeting is to be held: before its end, or undated', () => {
    expect(clashesMatter({ status: 'scheduled', endsAt: '2026-12-06T01:00:01Z' }, now)).toBe(true);
    expect(clashesMatter({ status: 'in_progress', endsAt: '2026-12-06T02:00:00Z' }, now)).toBe(true);
    expect(clashesMatter({ status: 'draft', endsAt: null }, now)).toBe(true);
  });
  it('not once it has ended, even before its status says so, nor when concluded or cancelled', () => {
    expect(clashesMatter({ status: 'scheduled', endsAt: '2026-12-05T22:00:00Z' }, now)).toBe(false);
    expect(clashesMatter({ status: 'scheduled', endsAt: '2026-12-06T01:00:00Z' }, now)).toBe(false);
    expect(clashesMatter({ status: 'concluded', endsAt: '2026-12-07T00:00:00Z' }, now)).toBe(false);
    expect(clashesMatter({ status: 'cancelled', endsAt: '2026-12-07T00:00:00Z' }, now)).toBe(false);
  });
});

describe('awaitsConclusion', () => {
  const now = new Date('2026-12-06T01:00:00Z');
  it('once a scheduled or under-way meeting has ended by the clock', () => {
    expect(awaitsConclusion({ status: 'scheduled', endsAt: '2026-12-05T22:00:00Z' }, now)).toBe(true);
    expect(awaitsConclusion({ status: 'in_progress', endsAt: '2026-12-06T01:00:00Z' }, now)).toBe(true);
  });
  it('not before its end, not without a date, not for a draft, a concluded or a cancelled meeting', () => {
    expect(awaitsConclusion({ status: 'in_progress', endsAt: '2026-12-06T01:00:01Z' }, now)).toBe(false);
    expect(awaitsConclusion({ status: 'scheduled', endsAt: null }, now)).toBe(false);
    for (const status of ['draft', 'concluded', 'cancelled'] as const) {
      expect(awaitsConclusion({ status, endsAt: '2026-12-05T22:00:00Z' }, now)).toBe(false);
    }
  });
});
