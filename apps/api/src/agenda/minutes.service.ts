import { Injectable } from '@nestjs/common';
import type { AgendaDto } from '@cumbre/contracts';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { PublicContent } from '../common/public-content/public-content.service';
import { publicMeetingTags } from '../common/public-content/tags';
import { assertCurrentVersion } from '../common/versioned-update';
import { MeetingCalendarService } from '../meetings/meeting-calendar.service';
import { NotificationWriter } from '../notifications/notification-writer.service';
import { agencyLeaders, enabledMemberIds } from '../users/user.queries';
import { participantAgencies } from './agenda.policy';
import { assertCanRecordMinutes, assertMinutesOpen, itemOf } from './agenda-rules';
import { AgendaWrites, type AgendaWrite } from './agenda-writes';
import type { CreateActionItemBody } from './dto/action-item.requests';
import type { CreateDecisionBody, SaveMinutesBody } from './dto/agenda.requests';
import { ActionItemEntity, ActionItemEventEntity } from './entities/action-item.entity';
import { AgendaItemMinutesEntity } from './entities/agenda-item-minutes.entity';
import type { AgendaItemEntity } from './entities/agenda-item.entity';
import { AgendaEntity } from './entities/agenda.entity';
import { DecisionEntity } from './entities/decision.entity';

const MINUTES = { name: 'agenda item minutes', notFound: 'agenda.item_not_found' } as const;

/** What the convener or the secretary records per item: notes, decisions, action items. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly writes: AgendaWrites,
    private readonly clock: Clock,
    private readonly content: PublicContent,
    private readonly writer: NotificationWriter,
    private readonly calendar: MeetingCalendarService,
  ) {}

  /** The notes of one item; `version` 0 writes the first notes. */
  async saveNotes(
    meetingId: string,
    itemId: string,
    body: SaveMinutesBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.writes.edit(meetingId, user, origin, async (w) => {
      await this.acceptedItem(w, user, itemId);
      const repo = w.manager.getRepository(AgendaItemMinutesEntity);
      const current = await repo.findOneBy({ itemId });
      // The agenda row is locked for this write, so the version read here cannot move before the write.
      assertCurrentVersion(MINUTES, body.version, current?.version ?? 0);
      if (current)
        await repo.update({ itemId }, { notes: body.notes, updatedById: user.id, version: current.version + 1 });
      else await repo.insert({ itemId, notes: body.notes, updatedById: user.id, version: 1 });
      w.changed('minutes.saved', itemId);
      await w.audit({
        action: 'agenda.minutes_saved',
        objectType: 'agenda_item',
        objectId: itemId,
        details: { meetingId },
      });
    });
  }

  async addDecision(
    meetingId: string,
    itemId: string,
    body: CreateDecisionBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.writes.edit(meetingId, user, origin, async (w) => {
      await this.acceptedItem(w, user, itemId);
      const endorsers = body.endorsedAgencyIds ?? [];
      const participants = participantAgencies(w.facts);
      const outsider = endorsers.find((a) => !participants.includes(a));
      if (outsider) {
        throw new ApiError(
          'decision.endorser_not_participant',
          `endorsedAgencyIds: agency ${outsider} is neither the host nor invited`,
          { field: 'endorsedAgencyIds', params: { agencyId: outsider } },
        );
      }
      const inserted = await w.manager
        .getRepository(DecisionEntity)
        .insert({ itemId, text: body.text, endorsedAgencyIds: endorsers, createdById: user.id, version: 1 });
      const id = (inserted.identifiers[0] as { id: string }).id;
      w.changed('decision.created', itemId);
      await w.audit({
        action: 'agenda.decision_recorded',
        objectType: 'decision',
        objectId: id,
        details: { meetingId, itemId },
      });
    });
  }

  async addActionItem(
    meetingId: string,
    itemId: string,
    body: CreateActionItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.writes.edit(meetingId, user, origin, async (w) => {
      await this.acceptedItem(w, user, itemId);
      if (!participantAgencies(w.facts).includes(body.ownerAgencyId)) {
        throw new ApiError(
          'action_item.owner_not_participant',
          `ownerAgencyId: agency ${body.ownerAgencyId} is neither the host nor invited`,
          { field: 'ownerAgencyId', params: { agencyId: body.ownerAgencyId } },
        );
      }
      const ownerUserId = body.ownerUserId ?? null;
      if (ownerUserId && (await enabledMemberIds(w.manager, body.ownerAgencyId, [ownerUserId])).length === 0) {
        throw new ApiError(
          'action_item.owner_not_member',
          `ownerUserId: user ${ownerUserId} is not a member of the owner agency`,
          { field: 'ownerUserId', params: { userId: ownerUserId, agencyId: body.ownerAgencyId } },
        );
      }
      const inserted = await w.manager.getRepository(ActionItemEntity).insert({
        itemId,
        meetingId,
        what: body.what,
        ownerAgencyId: body.ownerAgencyId,
        ownerUserId,
        dueDate: body.dueDate,
        status: 'open',
        createdById: user.id,
        version: 1,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await w.manager
        .getRepository(ActionItemEventEntity)
        .insert({ actionItemId: id, kind: 'created', toStatus: 'open', actorId: user.id });
      w.changed('action_item.created', itemId);
      await w.audit({
        action: 'agenda.action_item_created',
        objectType: 'action_item',
        objectId: id,
        details: { meetingId, itemId, ownerAgencyId: body.ownerAgencyId, dueDate: body.dueDate },
      });
    });
  }

  /** Once the meeting is concluded: the minutes become read-only, and public meetings show their decisions. */
  async publishMinutes(meetingId: string, user: AuthUser, origin: RequestOrigin): Promise<AgendaDto> {
    return this.writes.edit(meetingId, user, origin, async (w) => {
      assertCanRecordMinutes(user, w.facts);
      assertMinutesOpen(w.meeting, w.agenda);
      if (w.meeting.status !== 'concluded') {
        throw new ApiError(
          'agenda.minutes_need_concluded_meeting',
          `the minutes are published once the meeting is concluded; it is ${w.meeting.status}`,
          { params: { status: w.meeting.status } },
        );
      }
      await w.manager.getRepository(AgendaEntity).update({ id: w.agenda.id }, { minutesPublishedAt: this.clock.now() });
      w.changed('minutes.published', null);
      await w.audit({ action: 'agenda.minutes_published', objectType: 'meeting', objectId: meetingId, details: {} });
      await this.content.changed(w.manager, publicMeetingTags(w.meeting));
      await this.notifyPublished(w, user.id);
    });
  }

  private async acceptedItem(w: AgendaWrite, user: AuthUser, itemId: string): Promise<AgendaItemEntity> {
    assertCanRecordMinutes(user, w.facts);
    assertMinutesOpen(w.meeting, w.agenda);
    const item = await itemOf(w.manager, w.agenda, itemId);
    if (item.proposalStatus !== 'accepted') {
      throw new ApiError('agenda.item_is_proposal', 'minutes are recorded on accepted items only');
    }
    return item;
  }

  /**
   * The leaders of the host and of every invited agency (the actor aside), in-app and by e-mail,
   * inside the publishing transaction: what was agreed, and what their agencies owe.
   */
  private async notifyPublished(w: AgendaWrite, actorId: string): Promise<number> {
    const recipients = await agencyLeaders(w.manager, participantAgencies(w.facts), actorId);
    const [counts]: { decisions: number; action_items: number }[] = await w.manager.query(
      `SELECT (SELECT count(*)::int FROM decision d JOIN agenda_item i ON i.id = d.item_id WHERE i.agenda_id = $1) AS decisions,
              (SELECT count(*)::int FROM action_item a WHERE a.meeting_id = $2) AS action_items`,
      [w.agenda.id, w.meeting.id],
    );
    const title = `Acta publicada: ${w.meeting.title}`;
    const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const body = `Se publicó el acta de «${w.meeting.title}»: ${counted(counts.decisions, 'acuerdo', 'acuerdos')} y ${counted(counts.action_items, 'compromiso', 'compromisos')}.`;
    const text = `${body}\n\nVer el acta y los compromisos en Cumbre: ${this.calendar.meetingUrl(w.meeting.id)}\n`;
    return this.writer.enqueue(w.manager, recipients, {
      kind: 'minutes.published',
      title,
      body,
      params: {
        meetingTitle: w.meeting.title,
        decisions: String(counts.decisions),
        actionItems: String(counts.action_items),
      },
      meetingId: w.meeting.id,
      email: { subject: title, text },
    });
  }
}
