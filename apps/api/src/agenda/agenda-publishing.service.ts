import { Injectable } from '@nestjs/common';
import type { AgendaDto, AgendaSnapshot } from '@cumbre/contracts';
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
import { mapSnapshotItem } from './agenda.mapper';
import { AgendaQueries } from './agenda-queries.service';
import { AGENDA, assertAgendaOpen, assertCanDecide, assertMinutesOpen } from './agenda-rules';
import { AgendaWrites, type AgendaWrite } from './agenda-writes';
import type { PublishAgendaBody, SetSecretaryBody } from './dto/agenda.requests';
import { AgendaVersionEntity } from './entities/agenda-version.entity';
import { AgendaEntity } from './entities/agenda.entity';

/** Publishing numbered versions (and telling the invited agencies), naming the secretary. */
@Injectable()
export class AgendaPublishingService {
  constructor(
    private readonly writes: AgendaWrites,
    private readonly queries: AgendaQueries,
    private readonly writer: NotificationWriter,
    private readonly calendar: MeetingCalendarService,
    private readonly clock: Clock,
    private readonly content: PublicContent,
  ) {}

  /** Freezes the live agenda as version N+1 (immutable) and notifies every invited agency. */
  async publish(meetingId: string, body: PublishAgendaBody, user: AuthUser, origin: RequestOrigin): Promise<AgendaDto> {
    // Answers the agenda read after the write, which raised its version and would have left
    // 'published': the row says what it is.
    return this.writes.edit(meetingId, user, origin, async (w) => {
      assertAgendaOpen(w.meeting);
      assertCanDecide(user, w.facts);
      assertCurrentVersion(AGENDA, body.version, w.agenda.version);
      if (w.agenda.status === 'published') {
        throw new ApiError(
          'agenda.nothing_to_publish',
          `the agenda is already published as version ${w.agenda.publishedVersionNo}; change it first`,
        );
      }
      const items = await this.queries.acceptedItems(w.manager, w.agenda.id);
      if (items.length === 0) throw new ApiError('agenda.empty', 'an agenda without items cannot be published');
      const number = (w.agenda.publishedVersionNo ?? 0) + 1;
      const snapshot: AgendaSnapshot = {
        meetingStartsAt: w.meeting.startsAt?.toISOString() ?? null,
        meetingEndsAt: w.meeting.endsAt?.toISOString() ?? null,
        timeZone: w.meeting.timeZone,
        items: items.map(mapSnapshotItem),
      };
      await w.manager.getRepository(AgendaVersionEntity).insert({
        agendaId: w.agenda.id,
        number,
        snapshot,
        publishedById: user.id,
        publishedAt: this.clock.now(),
      });
      await w.manager
        .getRepository(AgendaEntity)
        .update({ id: w.agenda.id }, { status: 'published', publishedVersionNo: number });
      const notified = await this.notifyPublished(w, number, user.id);
      // Not a draft change: the agenda is now exactly version N.
      w.changed('agenda.published', null);
      await w.audit({
        action: 'agenda.published',
        objectType: 'meeting',
        objectId: meetingId,
        details: { version: number, items: items.length, notified },
      });
      await this.content.changed(w.manager, publicMeetingTags(w.meeting));
    });
  }

  /** The convener names (or removes) the person who records the minutes. */
  async setSecretary(
    meetingId: string,
    body: SetSecretaryBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.writes.edit(meetingId, user, origin, async (w) => {
      assertCanDecide(user, w.facts);
      // Whoever records the minutes matters only while they can be written.
      assertMinutesOpen(w.meeting, w.agenda);
      assertCurrentVersion(AGENDA, body.version, w.agenda.version);
      if (body.userId !== null && !(await this.isParticipant(w, body.userId))) {
        throw new ApiError(
          'agenda.secretary_not_participant',
          `userId: user ${body.userId} is not a member of the host or an invited agency`,
          { field: 'userId', params: { userId: body.userId } },
        );
      }
      await w.manager.getRepository(AgendaEntity).update({ id: w.agenda.id }, { secretaryUserId: body.userId });
      w.changed('agenda.secretary', null);
      await w.audit({
        action: 'agenda.secretary_set',
        objectType: 'meeting',
        objectId: meetingId,
        details: { userId: body.userId },
      });
    });
  }

  private async isParticipant(w: AgendaWrite, userId: string): Promise<boolean> {
    for (const agencyId of participantAgencies(w.facts)) {
      if ((await enabledMemberIds(w.manager, agencyId, [userId])).length > 0) return true;
    }
    return false;
  }

  /** The leaders of every invited agency, in-app and by e-mail, inside the publishing transaction. */
  private async notifyPublished(w: AgendaWrite, number: number, actorId: string): Promise<number> {
    const recipients = await agencyLeaders(w.manager, w.facts.invitedAgencyIds, actorId);
    const title = `Agenda publicada: ${w.meeting.title}`;
    const body = `Se publicó la versión ${number} de la agenda de «${w.meeting.title}».`;
    const text = `${body}\n\nVer la agenda en Cumbre: ${this.calendar.meetingUrl(w.meeting.id)}\n`;
    return this.writer.enqueue(w.manager, recipients, {
      kind: 'agenda.published',
      title,
      body,
      params: { meetingTitle: w.meeting.title, version: String(number) },
      meetingId: w.meeting.id,
      email: { subject: title, text },
    });
  }
}
