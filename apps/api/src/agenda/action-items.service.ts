import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type {
  ActionItemDetailDto,
  ActionPlanItemDto,
  ActionItemStatus,
  ActionPlanCountsDto,
  ActionPlanSummaryDto,
  HomeActionPlanDto,
  Page,
} from '@cumbre/contracts';
import { mapAgencySummary } from '../agencies/agency.mapper';
import { agencySummaryColumns, agencySummaryFromRow } from '../agencies/agency.queries';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { updateVersioned } from '../common/versioned-update';
import { type Viewer, viewerOf } from '../common/viewer';
import type { MeetingEntity } from '../meetings/entities/meeting.entity';
import { MeetingQueries } from '../meetings/meeting-queries.service';
import { canUpdateActionItem } from './agenda.policy';
import { mapActionItem, mapActionItemEvent } from './agenda.mapper';
import { AgendaQueries } from './agenda-queries.service';
import { ACTION_ITEM } from './agenda-rules';
import { AgendaWrites } from './agenda-writes';
import type {
  ActionItemListQueryDto,
  ActionPlanSummaryQueryDto,
  UpdateActionItemBody,
} from './dto/action-item.requests';
import { ActionItemEntity, ActionItemEventEntity } from './entities/action-item.entity';

const notFound = (id: string) =>
  new ApiError('action_item.not_found', `action item ${id} not found`, { params: { id } });

interface SummaryRow {
  agency_id: string;
  open: string;
  in_progress: string;
  done: string;
  blocked: string;
  overdue: string;
  total: string;
}

const countsOf = (r: SummaryRow): ActionPlanCountsDto => ({
  open: Number(r.open),
  inProgress: Number(r.in_progress),
  done: Number(r.done),
  blocked: Number(r.blocked),
  overdue: Number(r.overdue),
  total: Number(r.total),
});

/** The most rows one CSV export carries. */
const CSV_MAX_ROWS = 5000;

const STATUS_ES: Record<ActionItemStatus, string> = {
  open: 'Pendiente',
  in_progress: 'En curso',
  done: 'Cumplida',
  blocked: 'Bloqueada',
};

/** The action plan across every meeting the caller may see, and the owners' status updates. */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingQueries,
    private readonly queries: AgendaQueries,
    private readonly writes: AgendaWrites,
  ) {}

  /** Action items (alias `a`) of the meetings `viewer` may see: the meeting policy inside the same SQL. */
  private visible(
    viewer: Viewer,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<ActionItemEntity> {
    const meetings = this.meetings.visibleMeetings(viewer, manager).select('m.id');
    return manager
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.meeting', 'am')
      .innerJoinAndSelect('a.item', 'ai')
      .innerJoinAndSelect('a.ownerAgency', 'ao')
      .leftJoinAndSelect('a.owner', 'au')
      .where(`a.meeting_id IN (${meetings.getQuery()})`, meetings.getParameters());
  }

  private filtered(
    user: AuthUser,
    query: Omit<ActionItemListQueryDto, 'limit' | 'offset'>,
  ): SelectQueryBuilder<ActionItemEntity> {
    const qb = this.visible(viewerOf(user));
    if (query.ownerAgencyId) qb.andWhere('a.owner_agency_id = :ownerAgencyId', { ownerAgencyId: query.ownerAgencyId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.meetingId) qb.andWhere('a.meeting_id = :meetingId', { meetingId: query.meetingId });
    if (query.dueBefore) qb.andWhere('a.due_date <= :dueBefore', { dueBefore: query.dueBefore });
    if (query.dueAfter) qb.andWhere('a.due_date >= :dueAfter', { dueAfter: query.dueAfter });
    if (query.overdue !== undefined) {
      const overdue = `(a.status <> 'done' AND a.due_date < :today)`;
      qb.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { today: this.queries.today() });
    }
    return qb.orderBy('a.due_date', 'ASC').addOrderBy('a.id', 'ASC');
  }

  async list(user: AuthUser, query: ActionItemListQueryDto): Promise<Page<ActionPlanItemDto>> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    // Every join is many-to-one: LIMIT/OFFSET page the action items themselves.
    const [rows, total] = await this.filtered(user, query).limit(limit).offset(offset).getManyAndCount();
    const today = this.queries.today();
    return { items: rows.map((a) => this.planItem(a, user, today)), total, limit, offset };
  }

  /** The item with what the caller may do with it (the rule `update` applies); read by `visible`, which joins its meeting. */
  private planItem(a: ActionItemEntity, user: AuthUser, today: string): ActionPlanItemDto {
    const { convenerId } = a.meeting as MeetingEntity;
    return { ...mapActionItem(a, today), canUpdate: canUpdateActionItem(user, a.ownerAgencyId, convenerId) };
  }

  /** The same list as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads accents then), CRLF. */
  async csv(user: AuthUser, query: ActionItemListQueryDto): Promise<string> {
    const rows = await this.filtered(user, query).limit(CSV_MAX_ROWS).getMany();
    const today = this.queries.today();
    const header = [
      'Reunión',
      'Punto de agenda',
      'Acción',
      'Institución responsable',
      'Responsable',
      'Vence',
      'Estado',
      'Vencida',
    ];
    const lines = rows.map((a) => {
      const dto = mapActionItem(a, today);
      return [
        dto.meetingTitle,
        dto.itemTitle,
        dto.what,
        dto.ownerAgency.name,
        dto.owner?.displayName ?? '',
        dto.dueDate,
        STATUS_ES[dto.status],
        dto.overdue ? 'Sí' : 'No',
      ];
    });
    return '\uFEFF' + [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  /**
   * Counts per owner agency over the same items as the list and the CSV (the meeting policy in
   * the same SQL, the same filters), with "overdue" as they define it.
   */
  async summary(user: AuthUser, query: ActionPlanSummaryQueryDto): Promise<ActionPlanSummaryDto> {
    const today = this.queries.today();
    const rows: SummaryRow[] = await this.filtered(user, query)
      .select('a.owner_agency_id', 'agency_id')
      .addSelect(`count(*) FILTER (WHERE a.status = 'open')`, 'open')
      .addSelect(`count(*) FILTER (WHERE a.status = 'in_progress')`, 'in_progress')
      .addSelect(`count(*) FILTER (WHERE a.status = 'done')`, 'done')
      .addSelect(`count(*) FILTER (WHERE a.status = 'blocked')`, 'blocked')
      .addSelect(`count(*) FILTER (WHERE a.status <> 'done' AND a.due_date < :summaryToday)`, 'overdue')
      .addSelect('count(*)', 'total')
      .setParameter('summaryToday', today)
      .groupBy('a.owner_agency_id')
      .orderBy()
      .getRawMany();
    const agencies = new Map(
      (await this.dataSource.getRepository(AgencyEntity).findBy({ id: In(rows.map((r) => r.agency_id)) })).map((a) => [
        a.id,
        a,
      ]),
    );
    const perAgency = rows
      .flatMap((r) => {
        const agency = agencies.get(r.agency_id);
        return agency ? [{ ownerAgency: mapAgencySummary(agency), ...countsOf(r) }] : [];
      })
      .sort((a, b) => a.ownerAgency.name.localeCompare(b.ownerAgency.name, 'es'));
    const totals = perAgency.reduce(
      (sum, a) => ({
        open: sum.open + a.open,
        inProgress: sum.inProgress + a.inProgress,
        done: sum.done + a.done,
        blocked: sum.blocked + a.blocked,
        overdue: sum.overdue + a.overdue,
        total: sum.total + a.total,
      }),
      { open: 0, inProgress: 0, done: 0, blocked: 0, overdue: 0, total: 0 },
    );
    return { today, agencies: perAgency, totals };
  }

  /**
   * What the user's own agencies still owe (the home page): per agency with an action item not
   * done, in the meetings the user may see, with how many are past due; by agency name.
   */
  async owedBy(user: AuthUser): Promise<HomeActionPlanDto[]> {
    const mine = [...new Set(user.memberships.map((m) => m.agencyId))];
    if (mine.length === 0) return [];
    // The owner agency is joined already (`ao`): its summary comes with the counts.
    const rows: (Record<string, unknown> & { pending: number; overdue: number })[] = await this.visible(viewerOf(user))
      .select(agencySummaryColumns('ao', 'o_'))
      .addSelect('count(*)::int', 'pending')
      .addSelect('(count(*) FILTER (WHERE a.due_date < :owedToday))::int', 'overdue')
      .andWhere(`a.status <> 'done' AND a.owner_agency_id IN (:...owedBy)`, { owedBy: mine })
      .setParameter('owedToday', this.queries.today())
      .groupBy('ao.id')
      .orderBy()
      .getRawMany();
    return rows
      .map((r) => ({ agency: agencySummaryFromRow(r, 'o_'), pending: r.pending, overdue: r.overdue }))
      .sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'es'));
  }

  async get(
    id: string,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActionItemDetailDto> {
    const row = await this.visible(viewerOf(user), manager).andWhere('a.id = :id', { id }).getOne();
    if (!row) throw notFound(id);
    const history = await manager
      .getRepository(ActionItemEventEntity)
      .find({ where: { actionItemId: id }, relations: { actor: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { ...this.planItem(row, user, this.queries.today()), history: history.map(mapActionItemEvent) };
  }

  /** A status change (kept in the history) and/or a comment, by the owner agency (or the convener). */
  async update(
    id: string,
    body: UpdateActionItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<ActionItemDetailDto> {
    if (body.status === undefined && body.comment === undefined) {
      throw new ApiError('action_item.nothing_to_change', 'send a status, a comment, or both');
    }
    const found = await this.visible(viewerOf(user)).andWhere('a.id = :id', { id }).getOne();
    if (!found) throw notFound(id);
    await this.writes.run(found.meetingId, user, origin, async (w) => {
      const a = await this.visible(viewerOf(user), w.manager)
        .andWhere('a.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['a'])
        .getOne();
      if (!a) throw notFound(id);
      if (!canUpdateActionItem(user, a.ownerAgencyId, w.meeting.convenerId)) {
        throw new ApiError(
          'action_item.update_forbidden',
          'only the owner agency’s leaders and staff, the convener or an admin update this action item',
        );
      }
      const moved = body.status !== undefined && body.status !== a.status;
      await updateVersioned(
        w.manager,
        ActionItemEntity,
        ACTION_ITEM,
        { id, version: body.version },
        moved ? { status: body.status } : {},
      );
      const events = w.manager.getRepository(ActionItemEventEntity);
      if (moved) {
        await events.insert({
          actionItemId: id,
          kind: 'status',
          fromStatus: a.status,
          toStatus: body.status,
          comment: body.comment ?? null,
          actorId: user.id,
        });
      } else if (body.comment !== undefined) {
        await events.insert({ actionItemId: id, kind: 'comment', comment: body.comment, actorId: user.id });
      }
      w.changed('action_item.updated', a.itemId);
      await w.audit({
        action: 'agenda.action_item_updated',
        objectType: 'action_item',
        objectId: id,
        details: { from: a.status, to: body.status ?? a.status, comment: body.comment !== undefined },
      });
    });
    return this.get(id, user);
  }
}

/** One CSV cell: quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
