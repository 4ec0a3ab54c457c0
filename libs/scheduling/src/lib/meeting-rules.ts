import { MEETING_STATUS_MOVES, MeetingStatus, type ErrorCode } from '@cumbre/contracts';
import { isValidRange } from './interval';

/** A rule broken by a request, naming the field so that the answer can say which one. */
export interface RuleViolation {
  field: string;
  /** From the contracts' error registry, so that a client can word it without parsing `message`. */
  code: ErrorCode;
  message: string;
}

export function allowedStatusMoves(from: MeetingStatus): readonly MeetingStatus[] {
  return MEETING_STATUS_MOVES[from];
}

/** Concluded and cancelled meetings are history: they are no longer edited or answered. */
export function isClosedStatus(status: MeetingStatus): boolean {
  return status === 'cancelled' || status === 'concluded';
}

/**
 * Whether a meeting is behind us: it has ended by the clock (whatever its status says yet), been
 * concluded or cancelled. An undated one is still ahead. Pages then speak of it in the past.
 */
export function meetingIsOver(meeting: { status: MeetingStatus; endsAt: string | null }, now: Date): boolean {
  if (isClosedStatus(meeting.status)) return true;
  return meeting.endsAt !== null && Date.parse(meeting.endsAt) <= now.getTime();
}

/**
 * Whether a meeting's schedule clashes still matter: while it is to be held. Once it is over
 * (`meetingIsOver`), a clash is history, not a warning.
 */
export function clashesMatter(meeting: { status: MeetingStatus; endsAt: string | null }, now: Date): boolean {
  return !meetingIsOver(meeting, now);
}

/**
 * Whether a meeting has ended by the clock while its status still says it is to be held or under
 * way: statuses move by hand (the convener's), so the page reminds the convener to conclude it.
 */
export function awaitsConclusion(meeting: { status: MeetingStatus; endsAt: string | null }, now: Date): boolean {
  if (meeting.status !== 'scheduled' && meeting.status !== 'in_progress') return false;
  return meeting.endsAt !== null && Date.parse(meeting.endsAt) <= now.getTime();
}

export function isAllowedStatusMove(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_STATUS_MOVES[from].includes(to);
}

/** Start and end come together, and the end is after the start. */
export function checkMeetingTimes(startsAt: Date | null, endsAt: Date | null): RuleViolation[] {
  if ((startsAt === null) !== (endsAt === null)) {
    return [
      {
        field: startsAt === null ? 'startsAt' : 'endsAt',
        code: 'meeting.times_incomplete',
        message: 'startsAt and endsAt must be given together',
      },
    ];
  }
  if (startsAt && endsAt && !isValidRange({ startsAt, endsAt })) {
    return [{ field: 'endsAt', code: 'meeting.ends_before_start', message: 'endsAt must be after startsAt' }];
  }
  return [];
}

export interface PollDraft {
  deadline: Date;
  slots: { startsAt: Date; endsAt: Date }[];
}

/**
 * A date poll makes sense only in the future: every slot ends after it starts and starts after
 * now, the deadline is in the future and no later than the start of the earliest slot, and no
 * slot is listed twice.
 */
export function checkPollDraft(draft: PollDraft, now: Date): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const seen = new Set<string>();
  draft.slots.forEach((slot, i) => {
    if (!isValidRange(slot)) {
      problems.push({
        field: `slots[${i}].endsAt`,
        code: 'poll.slot_ends_before_start',
        message: `slots[${i}].endsAt must be after slots[${i}].startsAt`,
      });
    }
    if (slot.startsAt.getTime() <= now.getTime()) {
      problems.push({
        field: `slots[${i}].startsAt`,
        code: 'poll.slot_in_past',
        message: `slots[${i}].startsAt is in the past`,
      });
    }
    const key = `${slot.startsAt.getTime()}-${slot.endsAt.getTime()}`;
    if (seen.has(key)) {
      problems.push({
        field: `slots[${i}]`,
        code: 'poll.slot_repeated',
        message: `slots[${i}] repeats an earlier slot`,
      });
    }
    seen.add(key);
  });
  if (draft.deadline.getTime() <= now.getTime()) {
    problems.push({ field: 'deadline', code: 'poll.deadline_in_past', message: 'deadline must be in the future' });
  }
  const earliest = Math.min(...draft.slots.map((s) => s.startsAt.getTime()));
  if (draft.slots.length > 0 && draft.deadline.getTime() > earliest) {
    problems.push({
      field: 'deadline',
      code: 'poll.deadline_after_first_slot',
      message: 'deadline must not be after the earliest slot starts',
    });
  }
  return problems;
}
