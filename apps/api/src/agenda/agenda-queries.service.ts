import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ActionItemDto,
  AgendaDiffDto,
  AgendaDto,
  AgendaItemDto,
  AgendaSnapshot,
  AgendaVersionDto,
  AgendaVersionSummaryDto,
  DecisionDto,
} from '@cumbre/contracts';
import { agendaTimes, diffAgendaVersions, plainDateIn } from '@cumbre/scheduling';
import { AGENCY_SUMMARIES, agencySummaryColumns, agencySummaryFromRow } from '../agencies/agency.queries';
import { toPositional } from '../common/sql-condition';
import { SqlReader } from '../database/sql-reader';
import { USER_CONTACTS } from '../users/user.queries';
import { ApiError } from '../common/api-error';
import { renderMarkdown } from '../common/markdown';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { type Viewer, viewerOf } from '../common/viewer';
import type { MeetingEntity } from '../meetings/entities/meeting.entity';
import { MEETING_TITLES } from '../meetings/meeting-list.queries';
import {
  type FactsAttachment,
  type MeetingFacts,
  MeetingQueries,
  meetingNotFound,
} from '../meetings/meeting-queries.service';
import {
  type AgendaFacts,
  agendaPermissions,
  canEditAgenda,
  itemVisibility,
  itemVisibleTo,
  NO_AGENDA_PERMISSIONS,
} from './agenda.policy';
import {
  mapActionItem,
  mapAgendaItem,
  mapDecision,
  mapMinutes,
  mapSnapshotItem,
  mapTiming,
  mapVersionSummary,
  NO_OUTCOMES,
  type AgendaItemView,
} from './agenda.mapper';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AgendaVersionEntity } from './entities/agenda-version.entity';
import { AgendaEntity } from './entities/agenda.entity';

/** The zone the action plan's "today" (and so "overdue") is read in. */
export const ACTION_PLAN_ZONE = 'America/Lima';

/** The calendar day in a zone (libs/scheduling), for the action plan's "today". */
export { plainDateIn };

/** A person selected as `<p>_id`, `<p>_name` (null when the join found none). */
const personFrom = (r: Record<string, unknown>, p: string) =>
  r[`${p}_id`] ? { id: r[`${p}_id`] as string, displayName: r[`${p}_name`] as string } : null;
/** An agency selected with agencySummaryColumns(alias, `<p>_`) (null when the join found none). */
const agencyFrom = (r: Record<string, unknown>, p: string) => (r[`${p}_id`] ? agencySummaryFromRow(r, `${p}_`) : null);

/** The agenda row the signed-in read projects (with its secretary's name). */
interface AgendaRow {
  id: string;
  status: AgendaDto['status'];
  published_version_no: number | null;
  secretary_user_id: string | null;
  minutes_published_at: Date | null;
  version: number;
  sec_id: string | null;
  sec_name: string | null;
}

/** The agenda row beside the meeting's facts (MeetingQueries.visibleMeetingFacts), its columns prefixed `a_`. */
const AGENDA_ROW: FactsAttachment = {
  sql: `SELECT a.id AS a_id, a.status AS a_status, a.published_version_no AS a_published_version_no,
               a.secretary_user_id AS a_secretary_user_id, a.minutes_published_at AS a_minutes_published_at,
               a.version AS a_version, sec.id AS a_sec_id, sec.display_name AS a_sec_name
          FROM agenda a LEFT JOIN ${USER_CONTACTS} sec ON sec.id = a.secretary_user_id
         WHERE a.meeting_id = m.id LIMIT 1`,
};

/** The attached agenda row, if the meeting has an agenda. */
function agendaRowOf(r: Record<string, unknown> | null): AgendaRow | undefined {
  if (!r?.['a_id']) return undefined;
  return {
    id: r['a_id'] as string,
    status: r['a_status'] as AgendaRow['status'],
    published_version_no: r['a_published_version_no'] as number | null,
    secretary_user_id: r['a_secretary_user_id'] as string | null,
    minutes_published_at: r['a_minutes_published_at'] as Date | null,
    version: r['a_version'] as number,
    sec_id: r['a_sec_id'] as string | null,
    sec_name: r['a_sec_name'] as string | null,
  };
}

/** Outcomes of one accepted item, as the signed-in read shows them. */
type ItemOutcomes = {
  minutes: ReturnType<typeof mapMinutes> | null;
  decisions: DecisionDto[];
  actionItems: ActionItemDto[];
};

/**
 * An agenda's items (every one, proposals included) and the outcomes of the accepted ones, as
 * read at one stamp: the agenda's version (every agenda, item, minutes, decision and action-item
 * write raises it: AgendaWrites), the meeting's version (its title shows in action items) and
 * the day (overdue flags). Names of people and agencies are not in the stamp: an entry is read
 * again after ITEMS_KEEP_MS at the latest.
 */
interface AgendaItemsEntry {
  stamp: string;
  at: number;
  items: AgendaItemView[];
  outcomes: Map<string, ItemOutcomes>;
  /** Built on the first read of the entry that needs it (see `planOf`). */
  plan?: AgendaPlan;
}

/**
 * What every signed-in reader of one stamp sees alike: the accepted items (visible to whoever
 * may read the meeting), in order, with their planned times and outcomes, and the totals. Their
 * JSON is written once too: on a 60-item agenda it is most of the read's work (issue #12).
 */
interface AgendaPlan {
  items: AgendaItemDto[];
  totalMinutes: number;
  overrunMinutes: number;
  json?: string;
}

/** One signed-in read: the facts the policy decides on, the agenda row and the stamp's items. */
interface SignedInRead {
  meeting: MeetingFacts;
  agenda: AgendaRow | undefined;
  facts: AgendaFacts;
  editor: boolean;
  entry: Pick<AgendaItemsEntry, 'items' | 'outcomes' | 'plan'>;
}

/** How many agendas' items are kept in memory, and how long an entry may show old names. */
const ITEMS_CACHE_SIZE = 200;
const ITEMS_KEEP_MS = 60_000;

export const agendaItemNotFound = (id: string) =>
  new ApiError('agenda.item_not_found', `agenda item ${id} not found`, { params: { id } });

/**
 * Every read of agendas: the meeting's visibility first (404 when the caller may not see it),
 * then the items the caller may see, with their planned times and outcomes.
 */
@Injectable()
export class AgendaQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingQueries,
    private readonly clock: Clock,
    private readonly reader: SqlReader,
  ) {}

  /**
   * The hot read (every delegate, on every live update) keeps each agenda's items and outcomes
   * until its next change (see AgendaItemsEntry); who may read the meeting, and which items, is
   * decided per request as before: the meeting's visibility in SQL, the items' in memory
   * (`itemVisibleTo`, the same rule as `itemVisibility`). Counts for the tests.
   */
  private readonly itemsCache = new Map<string, AgendaItemsEntry>();
  readonly itemsCacheStats = { hits: 0, misses: 0, plans: 0, planJson: 0 };
  /** `today()`'s last answer and the minute it holds for. */
  private day: { minute: number; date: string } | null = null;

  /** The meeting (with its invitations) if the viewer may see it, else 404. */
  async visibleMeeting(manager: EntityManager, meetingId: string, viewer: Viewer): Promise<MeetingEntity> {
    const meeting = await this.meetings
      .visibleMeetings(viewer, manager)
      .andWhere('m.id = :agendaMeetingId', { agendaMeetingId: meetingId })
      .leftJoinAndSelect('m.invitations', 'inv')
      .getOne();
    if (!meeting) throw meetingNotFound(meetingId);
    return meeting;
  }

  /** Whether `viewer` may read the meeting now: one small query (the live stream asks per event). */
  async mayRead(meetingId: string, viewer: Viewer): Promise<boolean> {
    const found = await this.meetings
      .visibleMeetings(viewer)
      .select('m.id')
      .andWhere('m.id = :agendaMeetingId', { agendaMeetingId: meetingId })
      .getRawOne<{ m_id: string }>();
    return found !== undefined;
  }

  facts(meeting: MeetingEntity, agenda: AgendaEntity | null): AgendaFacts {
    return {
      convenerId: meeting.convenerId,
      hostAgencyId: meeting.hostAgencyId,
      status: meeting.status,
      invitedAgencyIds: (meeting.invitations ?? []).map((i) => i.agencyId),
      secretaryUserId: agenda?.secretaryUserId ?? null,
    };
  }

  /**
   * For modules that hang things on agenda items (notes links): 404 unless the caller sees the
   * meeting and the item on its agenda; `edit` says whether they may change the item's links
   * (the agenda's direct editors).
   */
  async itemAccess(meetingId: string, itemId: string, user: AuthUser): Promise<{ edit: boolean }> {
    const manager = this.dataSource.manager;
    const meeting = await this.visibleMeeting(manager, meetingId, viewerOf(user));
    const agenda = await manager.getRepository(AgendaEntity).findOne({ where: { meetingId } });
    const editor = canEditAgenda(user, this.facts(meeting, agenda));
    const items = agenda ? await this.itemsOf(manager, agenda.id, user, editor) : [];
    if (!items.some((i) => i.id === itemId)) {
      throw new ApiError('agenda.item_not_found', 'no such agenda item', { params: { id: itemId } });
    }
    return { edit: editor };
  }

  /**
   * The day in ACTION_PLAN_ZONE (the agenda read's stamp asks on every request): worked out once
   * a minute of the domain clock, as a day there turns on a whole minute.
   */
  today(): string {
    const now = this.clock.now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.day?.minute !== minute) this.day = { minute, date: plainDateIn(now, ACTION_PLAN_ZONE) };
    return this.day.date;
  }

  /**
   * The live agenda for a signed-in reader, or the latest published version for the public.
   * The signed-in read is the hot one (every delegate, every live update): its meeting, agenda
   * and items are projected rows, not hydrated entities (issue #12).
   */
  async getAgenda(meetingId: string, user: AuthUser | null): Promise<AgendaDto> {
    if (!user) return this.publicAgendaOf(meetingId);
    const read = await this.signedInRead(meetingId, user);
    const plan = this.planOf(read);
    return {
      ...this.headOf(meetingId, read, plan),
      items: plan.items,
      proposals: this.proposalsOf(read, user),
      can: this.canOf(read, user),
    };
  }

  /**
   * The same answer as `getAgenda`, as its JSON text (the GET route sends it as it is): the
   * plan's items are written once per stamp and spliced in, only the reader's own parts (the
   * head, the proposals they may see, what they may do) are written per request. The keys keep
   * `getAgenda`'s order, so both texts are equal to the byte (agenda-read-cache.int-spec).
   */
  async agendaJson(meetingId: string, user: AuthUser | null): Promise<string> {
    if (!user) return JSON.stringify(await this.publicAgendaOf(meetingId));
    const read = await this.signedInRead(meetingId, user);
    const plan = this.planOf(read);
    if (plan.json === undefined) {
      plan.json = JSON.stringify(plan.items);
      this.itemsCacheStats.planJson++;
    }
    const head = JSON.stringify(this.headOf(meetingId, read, plan));
    const proposals = JSON.stringify(this.proposalsOf(read, user));
    const can = JSON.stringify(this.canOf(read, user));
    return `${head.slice(0, -1)},"items":${plan.json},"proposals":${proposals},"can":${can}}`;
  }

  private async publicAgendaOf(meetingId: string): Promise<AgendaDto> {
    const manager = this.dataSource.manager;
    const meeting = await this.visibleMeeting(manager, meetingId, viewerOf(null));
    const agenda = await manager.getRepository(AgendaEntity).findOne({ where: { meetingId } });
    return this.publicAgenda(manager, meeting, agenda);
  }

  /** The meeting (404 unless the reader sees it), the agenda row, the policy's facts and the items. */
  private async signedInRead(meetingId: string, user: AuthUser): Promise<SignedInRead> {
    const manager = this.dataSource.manager;
    // The meeting's facts (404 unless the reader sees it) and the agenda row in one round trip,
    // on the pool (SqlReader): with the items kept in memory, that and the caller's session are
    // the whole read.
    const meeting = await this.meetings.visibleMeetingFacts(this.reader, meetingId, viewerOf(user), AGENDA_ROW);
    const agenda = agendaRowOf(meeting.attached);
    const facts: AgendaFacts = {
      convenerId: meeting.convenerId,
      hostAgencyId: meeting.hostAgencyId,
      status: meeting.status,
      invitedAgencyIds: meeting.invitedAgencyIds,
      secretaryUserId: agenda?.secretary_user_id ?? null,
    };
    const entry = agenda
      ? await this.itemsAndOutcomes(manager, agenda, meeting.version)
      : { items: [], outcomes: new Map<string, ItemOutcomes>() };
    return { meeting, agenda, facts, editor: canEditAgenda(user, facts), entry };
  }

  /**
   * The accepted items in order with their times: the same for every reader of the entry (an
   * accepted item is visible to whoever may read the meeting, `itemVisibleTo`), so built once
   * and kept on it; the meeting's times are in the stamp (its version).
   */
  private planOf({ meeting, entry }: SignedInRead): AgendaPlan {
    if (entry.plan) return entry.plan;
    this.itemsCacheStats.plans++;
    const accepted = entry.items.filter((i) => i.proposalStatus === 'accepted');
    const times = agendaTimes(
      meeting,
      accepted.map((i) => ({ ...i, position: i.position ?? 0 })),
    );
    const byId = new Map(accepted.map((i) => [i.id, i]));
    const items = times.items.map((t) => {
      const item = byId.get(t.id) as AgendaItemView;
      return mapAgendaItem(item, t, entry.outcomes.get(item.id) ?? NO_OUTCOMES);
    });
    entry.plan = { items, totalMinutes: times.totalMinutes, overrunMinutes: times.overrunMinutes };
    return entry.plan;
  }

  /** The answer's fields before `items`, in the contract's order. */
  private headOf(meetingId: string, { meeting, agenda }: SignedInRead, plan: AgendaPlan) {
    return {
      meetingId,
      version: agenda?.version ?? 0,
      status: agenda?.status ?? 'draft',
      publishedVersion: agenda?.published_version_no ?? null,
      nextVersion: (agenda?.published_version_no ?? 0) + 1,
      timeZone: meeting.timeZone,
      meetingStartsAt: meeting.startsAt?.toISOString() ?? null,
      meetingEndsAt: meeting.endsAt?.toISOString() ?? null,
      totalMinutes: plan.totalMinutes,
      overrunMinutes: plan.overrunMinutes,
      secretary: agenda?.sec_id ? { id: agenda.sec_id, displayName: agenda.sec_name as string } : null,
      minutesPublishedAt: agenda?.minutes_published_at?.toISOString() ?? null,
    } satisfies Omit<AgendaDto, 'items' | 'proposals' | 'can'>;
  }

  /** The proposals (waiting or rejected) this reader may see, oldest first. */
  private proposalsOf({ entry, editor }: SignedInRead, user: AuthUser): AgendaItemDto[] {
    return entry.items
      .filter((i) => i.proposalStatus !== 'accepted' && itemVisibleTo(i, user, editor))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((i) => mapAgendaItem(i, undefined, NO_OUTCOMES));
  }

  private canOf({ facts, agenda }: SignedInRead, user: AuthUser): AgendaDto['can'] {
    return agendaPermissions(user, facts, !!agenda?.minutes_published_at);
  }

  /**
   * Every item of the agenda and the outcomes of the accepted ones, from memory while the stamp
   * holds (same agenda version, meeting version and day, read less than ITEMS_KEEP_MS ago), else
   * read and kept. Inside a transaction (a write answering with the agenda) always read: the
   * transaction may see rows no other reader sees yet.
   */
  private async itemsAndOutcomes(
    manager: EntityManager,
    agenda: AgendaRow,
    meetingVersion: number,
  ): Promise<AgendaItemsEntry> {
    const today = this.today();
    const stamp = `${agenda.version} ${meetingVersion} ${today}`;
    const cacheable = !manager.queryRunner?.isTransactionActive;
    const now = Date.now();
    const kept = cacheable ? this.itemsCache.get(agenda.id) : undefined;
    if (kept && kept.stamp === stamp && now - kept.at < ITEMS_KEEP_MS) {
      this.itemsCacheStats.hits++;
      return kept;
    }
    this.itemsCacheStats.misses++;
    const items = await this.itemViewsOf(manager, agenda.id);
    const outcomes = await this.outcomesOf(
      manager,
      items.filter((i) => i.proposalStatus === 'accepted'),
    );
    const entry: AgendaItemsEntry = { stamp, at: now, items, outcomes };
    if (cacheable) {
      this.itemsCache.delete(agenda.id);
      this.itemsCache.set(agenda.id, entry);
      // The oldest entry goes first (a Map keeps insertion order; a hit does not reorder).
      if (this.itemsCache.size > ITEMS_CACHE_SIZE)
        this.itemsCache.delete(this.itemsCache.keys().next().value as string);
    }
    return entry;
  }

  /**
   * The public reads the latest published version of a public meeting's agenda; once the
   * minutes are published, the decisions too (never the discussion notes).
   */
  private async publicAgenda(
    manager: EntityManager,
    meeting: Pick<MeetingEntity, 'id'>,
    agenda: AgendaEntity | null,
  ): Promise<AgendaDto> {
    if (!agenda?.publishedVersionNo) {
      throw new ApiError('agenda.not_published', 'this agenda is not published yet', {
        params: { meetingId: meeting.id },
      });
    }
    const version = await this.versionRow(manager, agenda, agenda.publishedVersionNo);
    const view = this.versionView(meeting.id, version);
    const decisions = agenda.minutesPublishedAt
      ? await this.decisionsOf(
          manager,
          view.items.map((i) => i.id),
        )
      : new Map<string, DecisionDto[]>();
    return {
      meetingId: meeting.id,
      version: agenda.version,
      status: 'published',
      publishedVersion: agenda.publishedVersionNo,
      nextVersion: agenda.publishedVersionNo + 1,
      timeZone: view.timeZone,
      meetingStartsAt: view.meetingStartsAt,
      meetingEndsAt: view.meetingEndsAt,
      totalMinutes: view.totalMinutes,
      overrunMinutes: view.overrunMinutes,
      secretary: null,
      minutesPublishedAt: agenda.minutesPublishedAt?.toISOString() ?? null,
      items: view.items.map((i) => ({
        ...i,
        version: 0,
        proposal: { status: 'accepted', proposedBy: null, proposedByAgency: null, rejectionReason: null },
        minutes: null,
        decisions: decisions.get(i.id) ?? [],
        actionItems: [],
      })),
      proposals: [],
      can: NO_AGENDA_PERMISSIONS,
    };
  }

  /** The items of an agenda the caller may see (accepted ones, and the proposals the policy lets through). */
  async itemsOf(
    manager: EntityManager,
    agendaId: string,
    user: AuthUser,
    editor: boolean,
  ): Promise<AgendaItemEntity[]> {
    const visible = itemVisibility('i', user, editor);
    return manager
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.presenterAgency', 'pa')
      .leftJoinAndSelect('i.presenter', 'pu')
      .leftJoinAndSelect('i.proposedBy', 'pb')
      .leftJoinAndSelect('i.proposedByAgency', 'pba')
      .where('i.agenda_id = :agendaId', { agendaId })
      .andWhere(visible.sql, visible.params)
      .getMany();
  }

  /**
   * Every item of the agenda (proposals included: the reader's filter is `itemVisibleTo`),
   * projected: the columns mapAgendaItem reads and the names of the agencies and people it
   * shows, in one statement (no entity hydration on the hot read).
   */
  async itemViewsOf(manager: EntityManager, agendaId: string): Promise<AgendaItemView[]> {
    const [sql, values] = toPositional(
      `SELECT i.id, i.parent_id, i.position, i.kind, i.title, i.description, i.planned_minutes, i.version,
              i.proposal_status, i.rejection_reason, i.created_at,
              ${agencySummaryColumns('pa', 'pa_')}, ${agencySummaryColumns('pba', 'pba_')},
              pu.id AS pu_id, pu.display_name AS pu_name, pb.id AS pb_id, pb.display_name AS pb_name
         FROM agenda_item i
         LEFT JOIN ${AGENCY_SUMMARIES} pa ON pa.id = i.presenter_agency_id
         LEFT JOIN ${USER_CONTACTS} pu ON pu.id = i.presenter_user_id
         LEFT JOIN ${USER_CONTACTS} pb ON pb.id = i.proposed_by_id
         LEFT JOIN ${AGENCY_SUMMARIES} pba ON pba.id = i.proposed_by_agency_id
        WHERE i.agenda_id = :viewsAgendaId`,
      { viewsAgendaId: agendaId },
    );
    const rows: Record<string, unknown>[] = await manager.query(sql, values);
    const person = personFrom;
    const agency = agencyFrom;
    return rows.map((r) => ({
      id: r['id'] as string,
      parentId: (r['parent_id'] as string | null) ?? null,
      position: (r['position'] as number | null) ?? null,
      kind: r['kind'] as AgendaItemView['kind'],
      title: r['title'] as string,
      description: r['description'] as string,
      plannedMinutes: r['planned_minutes'] as number,
      version: r['version'] as number,
      proposalStatus: r['proposal_status'] as AgendaItemView['proposalStatus'],
      rejectionReason: (r['rejection_reason'] as string | null) ?? null,
      createdAt: r['created_at'] as Date,
      presenterAgency: agency(r, 'pa'),
      presenter: person(r, 'pu'),
      proposedBy: person(r, 'pb'),
      proposedByAgency: agency(r, 'pba'),
    }));
  }

  /**
   * Notes, decisions and action items of the given items, by item id: projected statements run
   * side by side (and the endorsing agencies' names), no entity hydrated.
   */
  private async outcomesOf(manager: EntityManager, items: readonly { id: string }[]) {
    const ids = items.map((i) => i.id);
    const out = new Map<string, ItemOutcomes>();
    if (ids.length === 0) return out;
    const [notes, decisions, actions] = await Promise.all([
      manager.query(
        `SELECT n.item_id, n.notes, n.updated_at, n.version, ub.id AS ub_id, ub.display_name AS ub_name
           FROM agenda_item_minutes n LEFT JOIN ${USER_CONTACTS} ub ON ub.id = n.updated_by_id
          WHERE n.item_id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<Record<string, unknown>[]>,
      this.decisionsOf(manager, ids),
      manager.query(
        `SELECT ai.id, ai.meeting_id, ai.item_id, ai.what, to_char(ai.due_date, 'YYYY-MM-DD') AS due_date, ai.status,
                ai.version, ai.created_at, ai.updated_at, ${agencySummaryColumns('oa', 'oa_')},
                ow.id AS ow_id, ow.display_name AS ow_name, it.title AS item_title, mt.title AS meeting_title
           FROM action_item ai
           LEFT JOIN ${AGENCY_SUMMARIES} oa ON oa.id = ai.owner_agency_id
           LEFT JOIN ${USER_CONTACTS} ow ON ow.id = ai.owner_user_id
           LEFT JOIN agenda_item it ON it.id = ai.item_id
           LEFT JOIN ${MEETING_TITLES} mt ON mt.id = ai.meeting_id
          WHERE ai.item_id = ANY($1::uuid[])
          ORDER BY ai.created_at ASC`,
        [ids],
      ) as Promise<Record<string, unknown>[]>,
    ]);
    const today = this.today();
    for (const id of ids) out.set(id, { minutes: null, decisions: decisions.get(id) ?? [], actionItems: [] });
    for (const n of notes) {
      (out.get(n['item_id'] as string) as { minutes: unknown }).minutes = mapMinutes({
        notes: n['notes'] as string,
        updatedAt: n['updated_at'] as Date,
        version: n['version'] as number,
        updatedBy: personFrom(n, 'ub'),
      });
    }
    for (const a of actions) {
      out.get(a['item_id'] as string)?.actionItems.push(
        mapActionItem(
          {
            id: a['id'] as string,
            meetingId: a['meeting_id'] as string,
            itemId: a['item_id'] as string,
            what: a['what'] as string,
            dueDate: a['due_date'] as string,
            status: a['status'] as ActionItemDto['status'],
            version: a['version'] as number,
            createdAt: a['created_at'] as Date,
            updatedAt: a['updated_at'] as Date,
            meeting: a['meeting_title'] === null ? null : { title: a['meeting_title'] as string },
            item: a['item_title'] === null ? null : { title: a['item_title'] as string },
            ownerAgency: agencyFrom(a, 'oa'),
            owner: personFrom(a, 'ow'),
          },
          today,
        ),
      );
    }
    return out;
  }

  /** The decisions of the items (oldest first) with their endorsing agencies: two statements at most. */
  private async decisionsOf(manager: EntityManager, itemIds: string[]): Promise<Map<string, DecisionDto[]>> {
    const out = new Map<string, DecisionDto[]>();
    if (itemIds.length === 0) return out;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT d.id, d.item_id, d.text, d.endorsed_agency_ids, d.created_at, d.version,
              cb.id AS cb_id, cb.display_name AS cb_name
         FROM decision d LEFT JOIN ${USER_CONTACTS} cb ON cb.id = d.created_by_id
        WHERE d.item_id = ANY($1::uuid[])
        ORDER BY d.created_at ASC`,
      [itemIds],
    );
    const agencyIds = [...new Set(rows.flatMap((d) => d['endorsed_agency_ids'] as string[]))];
    const agencies: Record<string, unknown>[] = agencyIds.length
      ? await manager.query(
          `SELECT ${agencySummaryColumns('o', 'o_')} FROM ${AGENCY_SUMMARIES} o WHERE o.id = ANY($1::uuid[])`,
          [agencyIds],
        )
      : [];
    const byId = new Map(agencies.map((a) => [a['o_id'] as string, agencySummaryFromRow(a, 'o_')]));
    for (const d of rows) {
      const itemId = d['item_id'] as string;
      const decision = mapDecision(
        {
          id: d['id'] as string,
          itemId,
          text: d['text'] as string,
          endorsedAgencyIds: d['endorsed_agency_ids'] as string[],
          createdAt: d['created_at'] as Date,
          version: d['version'] as number,
          createdBy: personFrom(d, 'cb'),
        },
        byId,
      );
      out.set(itemId, [...(out.get(itemId) ?? []), decision]);
    }
    return out;
  }

  async versions(meetingId: string, user: AuthUser): Promise<AgendaVersionSummaryDto[]> {
    const manager = this.dataSource.manager;
    await this.visibleMeeting(manager, meetingId, viewerOf(user));
    const rows = await manager
      .getRepository(AgendaVersionEntity)
      .createQueryBuilder('v')
      .innerJoin('v.agenda', 'a')
      .leftJoinAndSelect('v.publishedBy', 'pb')
      .where('a.meeting_id = :meetingId', { meetingId })
      .orderBy('v.number', 'DESC')
      .getMany();
    return rows.map(mapVersionSummary);
  }

  async version(meetingId: string, number: number, user: AuthUser): Promise<AgendaVersionDto> {
    const manager = this.dataSource.manager;
    await this.visibleMeeting(manager, meetingId, viewerOf(user));
    const agenda = await manager.getRepository(AgendaEntity).findOneBy({ meetingId });
    if (!agenda) throw versionNotFound(number);
    return this.versionView(meetingId, await this.versionRow(manager, agenda, number));
  }

  /**
   * A published version as a document: any version for a reader of the meeting; for the
   * anonymous public (a public meeting only) the latest, as on the public agenda.
   */
  async publishedVersion(
    meetingId: string,
    number: number | undefined,
    user: AuthUser | null,
  ): Promise<{ meeting: MeetingEntity; version: AgendaVersionDto }> {
    const manager = this.dataSource.manager;
    const meeting = await this.visibleMeeting(manager, meetingId, viewerOf(user));
    const agenda = await manager.getRepository(AgendaEntity).findOneBy({ meetingId });
    const latest = agenda?.publishedVersionNo;
    if (!agenda || !latest) {
      throw new ApiError('agenda.not_published', 'this agenda is not published yet', { params: { meetingId } });
    }
    const wanted = number ?? latest;
    if (!user && wanted !== latest) throw versionNotFound(wanted);
    return { meeting, version: this.versionView(meetingId, await this.versionRow(manager, agenda, wanted)) };
  }

  /** What changed from version `from` to version `to` (or to the live agenda when `to` is left out). */
  async diff(meetingId: string, from: number, to: number | undefined, user: AuthUser): Promise<AgendaDiffDto> {
    const manager = this.dataSource.manager;
    const meeting = await this.visibleMeeting(manager, meetingId, viewerOf(user));
    if (to === from) {
      throw new ApiError('agenda.diff_same_version', 'from and to name the same version', { field: 'to' });
    }
    const agenda = await manager.getRepository(AgendaEntity).findOneBy({ meetingId });
    if (!agenda) throw versionNotFound(from);
    // Each version is timed from the meeting start it froze; the live draft from today's start.
    const a = (await this.versionRow(manager, agenda, from)).snapshot;
    const b: Pick<AgendaSnapshot, 'items' | 'meetingStartsAt'> =
      to === undefined
        ? {
            items: (await this.acceptedItems(manager, agenda.id)).map(mapSnapshotItem),
            meetingStartsAt: meeting.startsAt?.toISOString() ?? null,
          }
        : (await this.versionRow(manager, agenda, to)).snapshot;
    return {
      from,
      to: to ?? null,
      ...diffAgendaVersions(a.items, b.items, { from: a.meetingStartsAt, to: b.meetingStartsAt }),
    };
  }

  /** The accepted items with what a snapshot keeps of them. */
  async acceptedItems(manager: EntityManager, agendaId: string): Promise<AgendaItemEntity[]> {
    return manager.getRepository(AgendaItemEntity).find({
      where: { agendaId, proposalStatus: 'accepted' },
      relations: { presenterAgency: true, presenter: true },
    });
  }

  private async versionRow(manager: EntityManager, agenda: AgendaEntity, number: number): Promise<AgendaVersionEntity> {
    const row = await manager
      .getRepository(AgendaVersionEntity)
      .findOne({ where: { agendaId: agenda.id, number }, relations: { publishedBy: true } });
    if (!row) throw versionNotFound(number);
    return row;
  }

  private versionView(meetingId: string, v: AgendaVersionEntity): AgendaVersionDto {
    const snapshot: AgendaSnapshot = v.snapshot;
    const times = agendaTimes({ startsAt: snapshot.meetingStartsAt, endsAt: snapshot.meetingEndsAt }, snapshot.items);
    const byId = new Map(snapshot.items.map((i) => [i.id, i]));
    return {
      ...mapVersionSummary(v),
      meetingId,
      timeZone: snapshot.timeZone,
      meetingStartsAt: snapshot.meetingStartsAt,
      meetingEndsAt: snapshot.meetingEndsAt,
      totalMinutes: times.totalMinutes,
      overrunMinutes: times.overrunMinutes,
      items: times.items.map((t) => {
        const item = byId.get(t.id) as (typeof snapshot.items)[number];
        return {
          ...item,
          depth: t.depth,
          descriptionHtml: renderMarkdown(item.description),
          ...mapTiming(t, item.plannedMinutes),
        };
      }),
    };
  }
}

const versionNotFound = (number: number) =>
  new ApiError('agenda.version_not_found', `no published agenda version ${number}`, { params: { number } });
