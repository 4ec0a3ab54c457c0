// Date polls: the shapes the API returns and the web app reads.
import type { AgencySummary } from '../agencies/agencies';
import type { ConflictDto, PersonSummary } from '../meetings/meetings';
import type { ApiErrorBody } from '../common/errors';

export const POLL_ANSWERS = ['yes', 'if_need_be', 'no'] as const;
export type PollAnswer = (typeof POLL_ANSWERS)[number];

export const POLL_MAX_SLOTS = 20;

export interface PollSlotDto {
  id: string;
  startsAt: string;
  endsAt: string;
  tally: Record<PollAnswer, number>;
  /** Agencies that answered `no`: picking this slot needs `confirm`. */
  refusedBy: AgencySummary[];
}

export interface PollResponseDto {
  agency: AgencySummary;
  answers: Record<string, PollAnswer>; // slotId -> answer
  answeredBy: PersonSummary | null;
  answeredAt: string | null;
}

export interface PollDto {
  id: string;
  meetingId: string;
  deadline: string;
  closed: boolean;
  chosenSlotId: string | null;
  slots: PollSlotDto[];
  responses: PollResponseDto[];
  /** Agencies invited that have not answered yet. */
  pending: AgencySummary[];
}

export interface CreatePollRequest {
  deadline: string;
  slots: { startsAt: string; endsAt: string }[];
}

export interface PollAnswerRequest {
  agencyId: string;
  answers: { slotId: string; answer: PollAnswer }[];
}

export interface PickSlotRequest {
  slotId: string;
  /** Needed when an agency answered `no` to that slot, or when it creates conflicts. */
  confirm?: boolean;
}

/** 409 body of `POST /api/meetings/:id/poll/pick` without `confirm` (`poll.pick_needs_confirm`): agencies that said `no`, and conflicts. */
export interface PollPickErrorBody extends ApiErrorBody {
  statusCode: 409;
  refusedBy: AgencySummary[];
  conflicts: ConflictDto[];
}
