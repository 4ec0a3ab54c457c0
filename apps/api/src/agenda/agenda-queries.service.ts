import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
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
import { agendaTimes, diffAgendaVersions } from '@cumbre/scheduling';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { ApiError } from '../common/api-error';
import { renderMarkdown } from '../common/markdown';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { type Viewer, viewerOf } from '../common/viewer';
import type { MeetingEntity } from '../meetings/entities/meeting.entity';
import { MeetingQueries, meetingNotFound } from '../meetings/meeting-queries.service';
import {
  type AgendaFacts,
  canDecideAgenda,
  canEditAgenda,
  canRecordMinutes,
  itemVisibility,
  proposableAgencies,
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
} from './agenda.mapper';
import { ActionItemEntity } from './entities/action-item.entity';
import { AgendaItemMinutesEntity } from './entities/agenda-item-minutes.entity';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AgendaVersionEntity } from './entities/agenda-version.entity';
import { AgendaEntity } from './entities/agenda.entity';
import { DecisionEntity } from './entities/decision.entity';

/** The zone the action plan's "today" (and so "overdue") is read in. */
export const ACTION_PLAN_ZONE = 'America/Lima';

/** "2026-12-05": the calendar day of `instant` in `timeZone`. */
export function plainDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

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
  ) {}

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

  today(): string {
    return plainDateIn(this.clock.now(), ACTION_PLAN_ZONE);
  }

  /** The live agenda for a signed-in reader, or the latest published version for the public. */
  async getAgenda(meetingId: string, user: AuthUser | null, manager = this.dataSource.manager): Promise<AgendaDto> {
    const meeting = await this.visibleMeeting(manager, meetingId, viewerOf(user));
    const agenda = await manager
      .getRepository(AgendaEntity)
      .findOne({ where: { meetingId }, relations: { secretary: true } });
    if (!user) return this.publicAgenda(manager, meeting, agenda);
    const facts = this.facts(meeting, agenda);
    const editor = canEditAgenda(user, facts);
    const items = agenda ? await this.itemsOf(manager, agenda.id, user, editor) : [];
    const accepted = items.filter((i) => i.proposalStatus === 'accepted');
    const times = agendaTimes(
      meeting,
      accepted.map((i) => ({ ...i, position: i.position ?? 0 })),
    );
    const outcomes = await this.outcomesOf(manager, accepted);
    const byId = new Map(items.map((i) => [i.id, i]));
    const ordered: AgendaItemDto[] = times.items.map((t) => {
      const item = byId.get(t.id) as AgendaItemEntity;
      return mapAgendaItem(item, t, outcomes.get(item.id) ?? NO_OUTCOMES);
    });
    const proposals = items
      .filter((i) => i.proposalStatus !== 'accepted')
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((i) => mapAgendaItem(i, undefined, NO_OUTCOMES));
    return {
      meetingId,
      version: agenda?.version ?? 0,
      status: agenda?.status ?? 'draft',
      publishedVersion: agenda?.publishedVersionNo ?? null,
      nextVersion: (agenda?.publishedVersionNo ?? 0) + 1,
      timeZone: meeting.timeZone,
      meetingStartsAt: meeting.startsAt?.toISOString() ?? null,
      meetingEndsAt: meeting.endsAt?.toISOString() ?? null,
      totalMinutes: times.totalMinutes,
      overrunMinutes: times.overrunMinutes,
      secretary: agenda?.secretary ? { id: agenda.secretary.id, displayName: agenda.secretary.displayName } : null,
      minutesPublishedAt: agenda?.minutesPublishedAt?.toISOString() ?? null,
      items: ordered,
      proposals,
      can: {
        edit: editor,
        proposeFor: editor ? [] : proposableAgencies(user, facts),
        decide: canDecideAgenda(user, facts),
        publish: canDecideAgenda(user, facts),
        recordMinutes: canRecordMinutes(user, facts),
      },
    };
  }

  /**
   * The public reads the latest published version of a public meeting's agenda; once the
   * minutes are published, the decisions too (never the discussion notes).
   */
  private async publicAgenda(
    manager: EntityManager,
    meeting: MeetingEntity,
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
      can: { edit: false, proposeFor: [], decide: false, publish: false, recordMinutes: false },
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

  /** Notes, decisions and action items of the given items, by item id. */
  private async outcomesOf(manager: EntityManager, items: AgendaItemEntity[]) {
    const ids = items.map((i) => i.id);
    const out = new Map<
      string,
      { minutes: ReturnType<typeof mapMinutes> | null; decisions: DecisionDto[]; actionItems: ActionItemDto[] }
    >();
    if (ids.length === 0) return out;
    const [notes, decisions, actions] = await Promise.all([
      manager
        .getRepository(AgendaItemMinutesEntity)
        .find({ where: { itemId: In(ids) }, relations: { updatedBy: true } }),
      this.decisionsOf(manager, ids),
      manager.getRepository(ActionItemEntity).find({
        where: { itemId: In(ids) },
        relations: { ownerAgency: true, owner: true, item: true, meeting: true },
        order: { createdAt: 'ASC' },
      }),
    ]);
    const today = this.today();
    for (const id of ids) out.set(id, { minutes: null, decisions: decisions.get(id) ?? [], actionItems: [] });
    for (const n of notes) (out.get(n.itemId) as { minutes: unknown }).minutes = mapMinutes(n);
    for (const a of actions) out.get(a.itemId)?.actionItems.push(mapActionItem(a, today));
    return out;
  }

  private async decisionsOf(manager: EntityManager, itemIds: string[]): Promise<Map<string, DecisionDto[]>> {
    const out = new Map<string, DecisionDto[]>();
    if (itemIds.length === 0) return out;
    const rows = await manager.getRepository(DecisionEntity).find({
      where: { itemId: In(itemIds) },
      relations: { createdBy: true },
      order: { createdAt: 'ASC' },
    });
    const agencyIds = [...new Set(rows.flatMap((d) => d.endorsedAgencyIds))];
    const agencies = agencyIds.length ? await manager.getRepository(AgencyEntity).findBy({ id: In(agencyIds) }) : [];
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const d of rows) out.set(d.itemId, [...(out.get(d.itemId) ?? []), mapDecision(d, byId)]);
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
