// Checks shared by the agenda use cases; each throws the 4xx that names the problem.
import { isClosedStatus } from '@cumbre/scheduling';
import type { EntityManager } from 'typeorm';
import { existingAgencyIds } from '../agencies/agency.queries';
import { ApiError } from '../common/api-error';
import type { AuthUser } from '../common/auth-user';
import type { VersionedResource } from '../common/versioned-update';
import type { MeetingEntity } from '../meetings/entities/meeting.entity';
import { enabledMemberIds } from '../users/user.queries';
import { type AgendaFacts, canDecideAgenda, canEditAgenda, canRecordMinutes } from './agenda.policy';
import { agendaItemNotFound } from './agenda-queries.service';
import type { TreeItem } from './agenda-tree';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import type { AgendaEntity } from './entities/agenda.entity';

export const AGENDA: VersionedResource = { name: 'agenda', notFound: 'meeting.not_found' };
export const AGENDA_ITEM: VersionedResource = { name: 'agenda item', notFound: 'agenda.item_not_found' };
export const ACTION_ITEM: VersionedResource = { name: 'action item', notFound: 'action_item.not_found' };

export function assertCanEdit(user: AuthUser, f: AgendaFacts): void {
  if (!canEditAgenda(user, f)) {
    throw new ApiError(
      'agenda.edit_forbidden',
      'only the convener, the host agency’s leader and staff, or an admin edit the agenda',
    );
  }
}

export function assertCanDecide(user: AuthUser, f: AgendaFacts): void {
  if (!canDecideAgenda(user, f)) {
    throw new ApiError(
      'agenda.decide_forbidden',
      'only the convener, the host agency’s leader or an admin accept, reject or publish',
    );
  }
}

export function assertCanRecordMinutes(user: AuthUser, f: AgendaFacts): void {
  if (!canRecordMinutes(user, f)) {
    throw new ApiError(
      'agenda.minutes_forbidden',
      'only the convener, the designated secretary or an admin record minutes, decisions and action items',
    );
  }
}

/** A concluded or cancelled meeting keeps the agenda it had. */
export function assertAgendaOpen(meeting: MeetingEntity): void {
  if (isClosedStatus(meeting.status)) {
    throw new ApiError('agenda.frozen', `the meeting is ${meeting.status}: its agenda can no longer change`, {
      params: { status: meeting.status },
    });
  }
}

/** Minutes are written until they are published, and never for a cancelled meeting. */
export function assertMinutesOpen(meeting: MeetingEntity, agenda: AgendaEntity): void {
  if (meeting.status === 'cancelled') {
    throw new ApiError('agenda.frozen', 'the meeting is cancelled: it has no minutes', {
      params: { status: meeting.status },
    });
  }
  if (agenda.minutesPublishedAt) {
    throw new ApiError('agenda.minutes_published', 'the minutes are published and can no longer change');
  }
}

/** One item of this agenda, locked; 404 when it belongs to another agenda or does not exist. */
export async function itemOf(manager: EntityManager, agenda: AgendaEntity, itemId: string): Promise<AgendaItemEntity> {
  const item = await manager
    .getRepository(AgendaItemEntity)
    .createQueryBuilder('i')
    .where('i.id = :itemId AND i.agenda_id = :agendaId', { itemId, agendaId: agenda.id })
    .setLock('pessimistic_write')
    .getOne();
  if (!item) throw agendaItemNotFound(itemId);
  return item;
}

/** The accepted items' places (the agenda row is locked: nobody moves them meanwhile). */
export async function treeOf(manager: EntityManager, agendaId: string): Promise<TreeItem[]> {
  const rows: { id: string; parent_id: string | null; position: number }[] = await manager.query(
    `SELECT id, parent_id, position FROM agenda_item WHERE agenda_id = $1 AND proposal_status = 'accepted'`,
    [agendaId],
  );
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, position: r.position }));
}

/** Writes new places in one statement, however many items shift. */
export async function writePlaces(manager: EntityManager, places: TreeItem[]): Promise<void> {
  if (places.length === 0) return;
  await manager.query(
    `UPDATE agenda_item a SET parent_id = p.parent_id, position = p.position
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS p(id, parent_id, position)
      WHERE a.id = p.id`,
    [places.map((p) => p.id), places.map((p) => p.parentId), places.map((p) => p.position)],
  );
}

/** A presenter agency exists; a presenter person belongs to it. */
export async function assertPresenter(
  manager: EntityManager,
  agencyId: string | null,
  userId: string | null,
): Promise<void> {
  if (agencyId && (await existingAgencyIds(manager, [agencyId])).length === 0) {
    throw new ApiError('agency.unknown', `presenterAgencyId: no agency with id ${agencyId}`, {
      field: 'presenterAgencyId',
      params: { ids: [agencyId] },
    });
  }
  if (userId && (!agencyId || (await enabledMemberIds(manager, agencyId, [userId])).length === 0)) {
    throw new ApiError(
      'agenda.presenter_not_member',
      `presenterUserId: user ${userId} is not a member of the presenter agency`,
      { field: 'presenterUserId', params: { userId, agencyId } },
    );
  }
}
