// The only way agenda rows leave the API: fields copied one by one.
import type {
  ActionItemDto,
  ActionItemEventDto,
  AgencySummary,
  AgendaItemDto,
  AgendaItemMinutesDto,
  AgendaItemTimingDto,
  AgendaSnapshotItem,
  AgendaVersionSummaryDto,
  DecisionDto,
  PersonSummary,
} from '@cumbre/contracts';
import type { AgendaItemTimes } from '@cumbre/scheduling';
import { renderMarkdown } from '../common/markdown';
import { mapAgencySummary } from '../agencies/agency.mapper';
import type { AgencyEntity } from '../agencies/entities/agency.entity';
import type { UserEntity } from '../users/entities/user.entity';
import { mapPersonSummary } from '../users/user.mapper';
import type { ActionItemEntity, ActionItemEventEntity } from './entities/action-item.entity';
import type { AgendaItemMinutesEntity } from './entities/agenda-item-minutes.entity';
import type { AgendaItemEntity } from './entities/agenda-item.entity';
import type { AgendaVersionEntity } from './entities/agenda-version.entity';
import type { DecisionEntity } from './entities/decision.entity';

/** What the mappers read of an agency and of a person: an entity, or a projected row's summary. */
export type AgencyRef = Pick<AgencyEntity, 'id' | 'name' | 'shortName' | 'kind' | 'isoCode'>;
export type PersonRef = Pick<UserEntity, 'id' | 'displayName'>;

export const personOf = (u: PersonRef | null | undefined): PersonSummary | null => (u ? mapPersonSummary(u) : null);
const agencyOf = (a: AgencyRef | null | undefined): AgencySummary | null => (a ? mapAgencySummary(a) : null);

/** An agenda item as mapAgendaItem reads it: the entity with its relations, or the projected read's row. */
export type AgendaItemView = Pick<
  AgendaItemEntity,
  | 'id'
  | 'parentId'
  | 'position'
  | 'kind'
  | 'title'
  | 'description'
  | 'plannedMinutes'
  | 'version'
  | 'proposalStatus'
  | 'rejectionReason'
  | 'createdAt'
> & {
  presenterAgency?: AgencyRef | null;
  presenter?: PersonRef | null;
  proposedBy?: PersonRef | null;
  proposedByAgency?: AgencyRef | null;
};

/** Times as the API answers them (ISO instants). */
export function mapTiming(t: AgendaItemTimes | undefined, plannedMinutes: number): AgendaItemTimingDto {
  return {
    plannedStart: t?.plannedStart ? t.plannedStart.toISOString() : null,
    plannedEnd: t?.plannedEnd ? t.plannedEnd.toISOString() : null,
    offsetMinutes: t?.offsetMinutes ?? 0,
    durationMinutes: t?.durationMinutes ?? plannedMinutes,
  };
}

/** An accepted item as a published version freezes it. */
export function mapSnapshotItem(i: AgendaItemEntity): AgendaSnapshotItem {
  return {
    id: i.id,
    parentId: i.parentId,
    position: i.position ?? 0,
    kind: i.kind,
    title: i.title,
    description: i.description,
    presenterAgency: agencyOf(i.presenterAgency),
    presenter: personOf(i.presenter),
    plannedMinutes: i.plannedMinutes,
  };
}

export interface ItemOutcomes {
  minutes: AgendaItemMinutesDto | null;
  decisions: DecisionDto[];
  actionItems: ActionItemDto[];
}

export const NO_OUTCOMES: ItemOutcomes = { minutes: null, decisions: [], actionItems: [] };

export function mapAgendaItem(
  i: AgendaItemView,
  timing: AgendaItemTimes | undefined,
  outcomes: ItemOutcomes,
): AgendaItemDto {
  return {
    id: i.id,
    parentId: i.parentId,
    position: i.position,
    depth: timing?.depth ?? 1,
    kind: i.kind,
    title: i.title,
    description: i.description,
    descriptionHtml: renderMarkdown(i.description),
    presenterAgency: agencyOf(i.presenterAgency),
    presenter: personOf(i.presenter),
    plannedMinutes: i.plannedMinutes,
    version: i.version,
    ...mapTiming(timing, i.plannedMinutes),
    proposal: {
      status: i.proposalStatus,
      proposedBy: personOf(i.proposedBy),
      proposedByAgency: agencyOf(i.proposedByAgency),
      rejectionReason: i.rejectionReason,
    },
    minutes: outcomes.minutes,
    decisions: outcomes.decisions,
    actionItems: outcomes.actionItems,
  };
}

export function mapMinutes(
  m: Pick<AgendaItemMinutesEntity, 'notes' | 'updatedAt' | 'version'> & { updatedBy?: PersonRef | null },
): AgendaItemMinutesDto {
  return {
    notes: m.notes,
    notesHtml: renderMarkdown(m.notes),
    updatedBy: personOf(m.updatedBy),
    updatedAt: m.updatedAt.toISOString(),
    version: m.version,
  };
}

/** `agencies`: the endorsers by id (an agency that no longer exists is left out). */
export function mapDecision(
  d: Pick<DecisionEntity, 'id' | 'itemId' | 'text' | 'endorsedAgencyIds' | 'createdAt' | 'version'> & {
    createdBy?: PersonRef | null;
  },
  agencies: ReadonlyMap<string, AgencyRef>,
): DecisionDto {
  return {
    id: d.id,
    itemId: d.itemId,
    text: d.text,
    endorsedBy: d.endorsedAgencyIds.flatMap((id) => {
      const a = agencies.get(id);
      return a ? [mapAgencySummary(a)] : [];
    }),
    createdBy: personOf(d.createdBy),
    createdAt: d.createdAt.toISOString(),
    version: d.version,
  };
}

/** Not done and due before `today` (YYYY-MM-DD in the plan's zone). */
export const isOverdue = (a: Pick<ActionItemEntity, 'status' | 'dueDate'>, today: string) =>
  a.status !== 'done' && a.dueDate < today;

/** Needs `meeting`, `item`, `ownerAgency` and `owner` joined. */
export function mapActionItem(
  a: Pick<
    ActionItemEntity,
    'id' | 'meetingId' | 'itemId' | 'what' | 'dueDate' | 'status' | 'version' | 'createdAt' | 'updatedAt'
  > & {
    meeting?: { title: string } | null;
    item?: { title: string } | null;
    ownerAgency?: AgencyRef | null;
    owner?: PersonRef | null;
  },
  today: string,
): ActionItemDto {
  return {
    id: a.id,
    meetingId: a.meetingId,
    meetingTitle: a.meeting?.title ?? '',
    itemId: a.itemId,
    itemTitle: a.item?.title ?? '',
    what: a.what,
    ownerAgency: agencyOf(a.ownerAgency) as AgencySummary,
    owner: personOf(a.owner),
    dueDate: a.dueDate,
    status: a.status,
    overdue: isOverdue(a, today),
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function mapActionItemEvent(e: ActionItemEventEntity): ActionItemEventDto {
  return {
    id: e.id,
    kind: e.kind,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    comment: e.comment,
    actor: personOf(e.actor),
    createdAt: e.createdAt.toISOString(),
  };
}

export function mapVersionSummary(v: AgendaVersionEntity): AgendaVersionSummaryDto {
  return { number: v.number, publishedAt: v.publishedAt.toISOString(), publishedBy: personOf(v.publishedBy) };
}
