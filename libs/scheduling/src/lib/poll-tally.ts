import type { PollAnswer } from '@cumbre/contracts';

export type PollTally = Record<PollAnswer, number>;

export interface PollAnswerRecord {
  slotId: string;
  agencyId: string;
  answer: PollAnswer;
}

export interface SlotTally {
  slotId: string;
  tally: PollTally;
  /** Agencies that answered `no`: picking this slot needs confirmation. */
  refusedBy: string[];
  /** yes = 2, if_need_be = 1, no = 0 per answer; a convenience ranking, not a rule. */
  score: number;
}

export function emptyTally(): PollTally {
  return { yes: 0, if_need_be: 0, no: 0 };
}

/**
 * Counts the answers per slot. Slots nobody answered get zeros; answers for slots not in the
 * list are ignored (they belong to a poll that changed). One agency counts once per slot: a
 * repeated answer keeps the last.
 */
export function tallyPoll(slotIds: readonly string[], answers: readonly PollAnswerRecord[]): SlotTally[] {
  const perSlot = new Map<string, Map<string, PollAnswer>>();
  for (const id of slotIds) perSlot.set(id, new Map());
  for (const a of answers) perSlot.get(a.slotId)?.set(a.agencyId, a.answer);
  return slotIds.map((slotId) => {
    const byAgency = perSlot.get(slotId) ?? new Map<string, PollAnswer>();
    const tally = emptyTally();
    const refusedBy: string[] = [];
    for (const [agencyId, answer] of byAgency) {
      tally[answer] += 1;
      if (answer === 'no') refusedBy.push(agencyId);
    }
    return { slotId, tally, refusedBy: refusedBy.sort(), score: tally.yes * 2 + tally.if_need_be };
  });
}

/** Slot ids from the best to the worst: fewest `no`, then highest score, then the given order. */
export function rankSlots(tallies: readonly SlotTally[]): string[] {
  return tallies
    .map((t, index) => ({ t, index }))
    .sort((a, b) => a.t.tally.no - b.t.tally.no || b.t.score - a.t.score || a.index - b.index)
    .map(({ t }) => t.slotId);
}
