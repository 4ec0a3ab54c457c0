// The agenda of a meeting: an ordered tree (two levels) of sections and items, drafted by the
// host and proposed to by invited agencies, published as immutable numbered versions.
import type { AgencySummary } from '../agencies/agencies';
import type { PersonSummary } from '../meetings/meetings';
import type { ActionItemDto } from './action-items';

export const AGENDA_ITEM_KINDS = ['section', 'information', 'discussion', 'decision', 'presentation'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** `published`: the live agenda is exactly its latest published version; any edit makes it a draft again. */
export const AGENDA_STATUSES = ['draft', 'published'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

/** Items the host writes are `accepted`; an invited agency's item is `proposed` until the convener decides. */
export const AGENDA_PROPOSAL_STATUSES = ['accepted', 'proposed', 'rejected'] as const;
export type AgendaProposalStatus = (typeof AGENDA_PROPOSAL_STATUSES)[number];

export const AGENDA_TITLE_MAX_LENGTH = 200;
export const AGENDA_DESCRIPTION_MAX_LENGTH = 20000;
export const AGENDA_REASON_MAX_LENGTH = 1000;
export const AGENDA_NOTES_MAX_LENGTH = 50000;
export const DECISION_TEXT_MAX_LENGTH = 4000;
/** Planned minutes of one item: at least one, at most a day. */
export const AGENDA_MIN_PLANNED_MINUTES = 1;
export const AGENDA_MAX_PLANNED_MINUTES = 1440;
/** Two levels: top-level sections and items, and items inside a top-level entry. */
export const AGENDA_MAX_DEPTH = 2;

/** One item as a published version keeps it (and as the diff compares it). */
export interface AgendaSnapshotItem {
  id: string;
  parentId: string | null;
  /** Among its siblings, from 0. */
  position: number;
  kind: AgendaItemKind;
  title: string;
  /** Markdown source. */
  description: string;
  presenterAgency: AgencySummary | null;
  presenter: PersonSummary | null;
  plannedMinutes: number;
}

/** Planned times of an item, from the meeting's start, the order and the durations. */
export interface AgendaItemTimingDto {
  /** ISO instants; null while the meeting has no date. */
  plannedStart: string | null;
  plannedEnd: string | null;
  /** Minutes from the start of the meeting. */
  offsetMinutes: number;
  /** What the item takes: its own minutes, or its children's when it has some. */
  durationMinutes: number;
}

export interface DecisionDto {
  id: string;
  itemId: string;
  text: string;
  endorsedBy: AgencySummary[];
  createdBy: PersonSummary | null;
  createdAt: string;
  version: number;
}

export interface AgendaItemMinutesDto {
  /** Markdown source of the discussion notes. */
  notes: string;
  /** The notes rendered and sanitised (show with [innerHTML]). */
  notesHtml: string;
  updatedBy: PersonSummary | null;
  updatedAt: string;
  version: number;
}

export interface AgendaProposalDto {
  status: AgendaProposalStatus;
  proposedBy: PersonSummary | null;
  proposedByAgency: AgencySummary | null;
  /** Shown to the proposing agency when the convener refused the item. */
  rejectionReason: string | null;
}

export interface AgendaItemDto extends Omit<AgendaSnapshotItem, 'position'>, AgendaItemTimingDto {
  /** null for proposals still waiting (and rejected ones): they have no place yet. */
  position: number | null;
  depth: 1 | 2;
  /** `description` rendered and sanitised (show with [innerHTML]). */
  descriptionHtml: string;
  version: number;
  proposal: AgendaProposalDto;
  /** Discussion notes, decisions and action items; null/empty for readers who may not see them. */
  minutes: AgendaItemMinutesDto | null;
  decisions: DecisionDto[];
  actionItems: ActionItemDto[];
}

/**
 * What the caller may do with this agenda now, so the UI shows only real controls: false (or
 * empty) where the API would refuse, by role or because the meeting is concluded or cancelled.
 */
export interface AgendaPermissions {
  /** Add, change, move and delete items (while the meeting is open). */
  edit: boolean;
  /** Agencies the caller may propose items for (while the meeting is open). */
  proposeFor: string[];
  /** Accept or reject proposals (while the meeting is open). */
  decide: boolean;
  /** Publish the draft as a new version (while the meeting is open). */
  publish: boolean;
  /** Notes, decisions and action items on the items (until the minutes are published; never for a cancelled meeting). */
  recordMinutes: boolean;
  /** Name or remove who records the minutes (until they are published; never for a cancelled meeting). */
  nameSecretary: boolean;
  /** Link library notes to the items (also after the meeting). */
  linkNotes: boolean;
}

/** `GET /api/meetings/:id/agenda`: the live agenda (a draft or the latest published state). */
export interface AgendaDto {
  meetingId: string;
  /** 0 while nobody has written anything yet. */
  version: number;
  status: AgendaStatus;
  /** The latest published version number, null before the first publication. */
  publishedVersion: number | null;
  /** The version a publication now would freeze. */
  nextVersion: number;
  timeZone: string;
  meetingStartsAt: string | null;
  meetingEndsAt: string | null;
  totalMinutes: number;
  /** Minutes past the meeting's end; 0 when it fits (or the meeting has no date). */
  overrunMinutes: number;
  secretary: PersonSummary | null;
  minutesPublishedAt: string | null;
  /** Accepted items, depth first (a top-level entry, then its children), with planned times. */
  items: AgendaItemDto[];
  /** Waiting and rejected proposals the caller may see (editors: all; proposers: their agency's). */
  proposals: AgendaItemDto[];
  can: AgendaPermissions;
}

export interface AgendaVersionSummaryDto {
  number: number;
  publishedAt: string;
  publishedBy: PersonSummary | null;
}

/** One published version, as frozen, with its planned times. */
export interface AgendaVersionDto extends AgendaVersionSummaryDto {
  meetingId: string;
  timeZone: string;
  meetingStartsAt: string | null;
  meetingEndsAt: string | null;
  totalMinutes: number;
  overrunMinutes: number;
  /** `descriptionHtml`: the description rendered and sanitised. */
  items: (AgendaSnapshotItem & AgendaItemTimingDto & { depth: 1 | 2; descriptionHtml: string })[];
}

/** What a published version freezes besides its items: the meeting's time then. */
export interface AgendaSnapshot {
  meetingStartsAt: string | null;
  meetingEndsAt: string | null;
  timeZone: string;
  items: AgendaSnapshotItem[];
}

export interface AgendaDiffEntry {
  id: string;
  title: string;
}

export interface AgendaDiffMove extends AgendaDiffEntry {
  fromParentId: string | null;
  toParentId: string | null;
}

/** An item's time in one version: from that version's own meeting start (null without one). */
export interface AgendaDiffTime {
  offsetMinutes: number;
  durationMinutes: number;
  /** ISO instant; null while that version's meeting had no start. */
  plannedStart: string | null;
}

export interface AgendaDiffRetime extends AgendaDiffEntry {
  from: AgendaDiffTime;
  to: AgendaDiffTime;
}

export interface AgendaDiffEdit extends AgendaDiffEntry {
  /** Which fields changed: title, description, kind, presenterAgency, presenter. */
  fields: string[];
}

/** What changed between two versions of an agenda. */
export interface AgendaDiff {
  added: AgendaDiffEntry[];
  removed: AgendaDiffEntry[];
  moved: AgendaDiffMove[];
  retimed: AgendaDiffRetime[];
  edited: AgendaDiffEdit[];
}

/** `GET /api/meetings/:id/agenda/diff`: `to` null is the live draft. */
export interface AgendaDiffDto extends AgendaDiff {
  from: number;
  to: number | null;
}

export interface CreateAgendaItemRequest {
  kind: AgendaItemKind;
  title: string;
  description?: string;
  parentId?: string | null;
  /** Where among its siblings; the end when left out. Ignored for proposals. */
  position?: number;
  presenterAgencyId?: string | null;
  presenterUserId?: string | null;
  plannedMinutes: number;
  /** For a proposal: the invited agency it is made for (when the caller belongs to several). */
  proposeForAgencyId?: string;
}

export interface UpdateAgendaItemRequest {
  version: number;
  kind?: AgendaItemKind;
  title?: string;
  description?: string;
  presenterAgencyId?: string | null;
  presenterUserId?: string | null;
  plannedMinutes?: number;
}

export interface MoveAgendaItemRequest {
  version: number;
  parentId: string | null;
  position: number;
}

export type AcceptAgendaItemRequest = MoveAgendaItemRequest;

export interface RejectAgendaItemRequest {
  version: number;
  reason: string;
}

export interface PublishAgendaRequest {
  /** The agenda version the convener reviewed. */
  version: number;
}

export interface SetSecretaryRequest {
  version: number;
  userId: string | null;
}

export interface SaveMinutesRequest {
  /** The notes' version, 0 when there are none yet. */
  version: number;
  notes: string;
}

export interface CreateDecisionRequest {
  text: string;
  endorsedAgencyIds?: string[];
}

/** The SSE event name of an agenda change on `GET /api/meetings/:id/agenda/events`. */
export const AGENDA_LIVE_EVENT = 'agenda';
/**
 * The SSE event name that replaces a replay the server no longer has (the Last-Event-ID is too
 * old): reload the agenda, then carry on with the stream.
 */
export const LIVE_RESET_EVENT = 'reset';

/**
 * The data of one `agenda` event: what changed, not the content (reload the agenda to see it).
 * Signed-in readers get every change; the anonymous public of a public meeting gets only
 * `agenda.published` and `minutes.published`, without the actor.
 */
export interface AgendaLiveEventDto {
  /** `item.created`, `item.updated`, `item.moved`, `item.deleted`, `item.proposed`, `item.accepted`,
   * `item.rejected`, `agenda.published`, `agenda.secretary`, `minutes.saved`, `decision.created`,
   * `action_item.created`, `action_item.updated`, `minutes.published`. */
  kind: string;
  /** The agenda's version after the change; an agenda read with this version (or newer) has it. */
  agendaVersion: number;
  /** The item concerned; null for agenda-wide changes and for proposals (only some readers see those). */
  itemId: string | null;
  /** Display name of who made the change; null for the anonymous public. */
  actor: string | null;
}
