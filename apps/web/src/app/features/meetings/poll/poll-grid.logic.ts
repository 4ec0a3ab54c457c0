// What the date-poll grid shows, computed from the API's PollDto: one row per invited agency,
// one column per slot, the tally, the best slot and which picks need a confirmation.
import type {
  AgencySummary,
  PollAnswer,
  PollAnswerRequest,
  PollDto,
  PollSlotDto,
  PersonSummary,
} from '@cumbre/contracts';

export type Drafts = Record<string, Record<string, PollAnswer>>;

export interface PollColumn {
  slot: PollSlotDto;
  chosen: boolean;
  /** The slot with fewest `no` then most `yes`/`if_need_be`; only once someone answered. */
  best: boolean;
  /** An agency said `no`: picking needs an explicit confirmation. */
  needsConfirm: boolean;
}

export interface PollRow {
  agency: AgencySummary;
  /** slotId -> answer; null where the agency has not answered that slot. */
  answers: Record<string, PollAnswer | null>;
  answeredBy: PersonSummary | null;
  answeredAt: string | null;
  /** The viewer answers for this agency and the poll is open. */
  editable: boolean;
  /** Unsaved changes the viewer made in this row. */
  dirty: boolean;
}

export interface PollGrid {
  columns: PollColumn[];
  rows: PollRow[];
}

const SCORE: Record<PollAnswer, number> = { yes: 2, if_need_be: 1, no: 0 };

function bestSlotId(slots: readonly PollSlotDto[]): string | null {
  const answered = slots.some((s) => s.tally.yes + s.tally.if_need_be + s.tally.no > 0);
  if (!answered) return null;
  const score = (s: PollSlotDto) => s.tally.yes * SCORE.yes + s.tally.if_need_be * SCORE.if_need_be;
  const ranked = [...slots].sort((a, b) => a.tally.no - b.tally.no || score(b) - score(a));
  return ranked[0]?.id ?? null;
}

/**
 * Rows for every agency that answered or still has to, the viewer's own agencies first (they
 * are the ones to fill in), then by name. `drafts` are the viewer's unsaved answers.
 */
export function buildPollGrid(poll: PollDto, editableAgencyIds: readonly string[], drafts: Drafts = {}): PollGrid {
  const best = bestSlotId(poll.slots);
  const columns = poll.slots.map((slot) => ({
    slot,
    chosen: poll.chosenSlotId === slot.id,
    best: slot.id === best,
    needsConfirm: slot.refusedBy.length > 0,
  }));
  const editable = new Set(poll.closed ? [] : editableAgencyIds);
  const agencies = new Map<string, { agency: AgencySummary; response: PollDto['responses'][number] | null }>();
  for (const r of poll.responses) agencies.set(r.agency.id, { agency: r.agency, response: r });
  for (const a of poll.pending) if (!agencies.has(a.id)) agencies.set(a.id, { agency: a, response: null });

  const rows = [...agencies.values()].map(({ agency, response }) => {
    const draft = editable.has(agency.id) ? (drafts[agency.id] ?? {}) : {};
    const answers: Record<string, PollAnswer | null> = {};
    let dirty = false;
    for (const { id } of poll.slots) {
      const saved = response?.answers[id] ?? null;
      answers[id] = draft[id] ?? saved;
      if (draft[id] !== undefined && draft[id] !== saved) dirty = true;
    }
    return {
      agency,
      answers,
      answeredBy: response?.answeredBy ?? null,
      answeredAt: response?.answeredAt ?? null,
      editable: editable.has(agency.id),
      dirty,
    };
  });
  rows.sort((a, b) => Number(b.editable) - Number(a.editable) || a.agency.name.localeCompare(b.agency.name, 'es'));
  return { columns, rows };
}

/** The request that saves a row: every slot the row has an answer for. */
export function answerRequest(row: PollRow): PollAnswerRequest {
  return {
    agencyId: row.agency.id,
    answers: Object.entries(row.answers)
      .filter((entry): entry is [string, PollAnswer] => entry[1] !== null)
      .map(([slotId, answer]) => ({ slotId, answer })),
  };
}

/** A row can be saved once every slot has an answer. */
export function isComplete(row: PollRow): boolean {
  return Object.values(row.answers).every((a) => a !== null);
}

/** Sets one answer in the drafts, returning new drafts (signals need a new object). */
export function setDraft(drafts: Drafts, agencyId: string, slotId: string, answer: PollAnswer): Drafts {
  return { ...drafts, [agencyId]: { ...drafts[agencyId], [slotId]: answer } };
}
