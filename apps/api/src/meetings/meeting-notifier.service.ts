import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatMeetingTime } from '@cumbre/scheduling';
import { NotificationRecipient, NotificationWriter } from '../notifications/notification-writer.service';
import type { OutboxAttachment } from '../notifications/entities/email-outbox.entity';
import { agencyLeaderIdsSql, enabledContacts } from '../users/user.queries';
import type { MeetingEntity } from './entities/meeting.entity';
import { MeetingCalendarService } from './meeting-calendar.service';

type Kind = 'meeting.invited' | 'meeting.changed' | 'meeting.cancelled';

/**
 * "05/12/2026 09:00–17:00 hora de Lima (UTC−5)": e-mails word times with the same function as
 * the screens and the bell (libs/scheduling), in Spanish.
 */
export function describeMeetingTime(startsAt: Date | null, endsAt: Date | null, zone: string): string {
  if (!startsAt || !endsAt) return 'fecha por definir';
  return formatMeetingTime({ startsAt, endsAt }, zone, 'es');
}

/** Venue and online link as one line, or null while undecided. */
function placeLine(m: MeetingEntity): string | null {
  const venue = [m.venueName, m.venueAddress, m.venueCity].filter(Boolean).join(', ');
  return [venue, m.onlineUrl].filter(Boolean).join(' · ') || null;
}

function describePlace(m: MeetingEntity): string {
  return placeLine(m) ?? 'lugar por definir';
}

/** The parts of an invitation or change sentence, for clients that word it in another language. */
function scheduleParams(m: MeetingEntity): Record<string, string | null> {
  return {
    meetingTitle: m.title,
    startsAt: m.startsAt ? m.startsAt.toISOString() : null,
    endsAt: m.endsAt ? m.endsAt.toISOString() : null,
    timeZone: m.timeZone,
    place: placeLine(m),
  };
}

/**
 * Tells the invited agencies about a meeting: their leaders and the delegates they named, minus
 * the person making the change. In-app and e-mail, inside the caller's transaction.
 */
@Injectable()
export class MeetingNotifier {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly calendar: MeetingCalendarService,
  ) {}

  /** New invitations: the leaders of the newly invited agencies. */
  async invited(manager: EntityManager, m: MeetingEntity, agencyIds: string[], actorId: string): Promise<number> {
    const recipients = await this.recipients(manager, m.id, actorId, agencyIds);
    const when = describeMeetingTime(m.startsAt, m.endsAt, m.timeZone);
    const body = `Su institución ha sido invitada a «${m.title}». Fecha: ${when}. Lugar: ${describePlace(m)}.`;
    const title = `Invitación: ${m.title}`;
    return this.send(manager, m, 'meeting.invited', title, body, scheduleParams(m), recipients, 'REQUEST');
  }

  /** A new time or place (or a date fixed by a poll). */
  async changed(manager: EntityManager, m: MeetingEntity, actorId: string): Promise<number> {
    const recipients = await this.recipients(manager, m.id, actorId);
    const when = describeMeetingTime(m.startsAt, m.endsAt, m.timeZone);
    const body = `La reunión «${m.title}» ha cambiado. Fecha: ${when}. Lugar: ${describePlace(m)}.`;
    const title = `Cambio en la reunión: ${m.title}`;
    return this.send(manager, m, 'meeting.changed', title, body, scheduleParams(m), recipients, 'REQUEST');
  }

  async cancelled(manager: EntityManager, m: MeetingEntity, reason: string, actorId: string): Promise<number> {
    const recipients = await this.recipients(manager, m.id, actorId);
    const body = `La reunión «${m.title}» ha sido cancelada. Motivo: ${reason}`;
    const title = `Reunión cancelada: ${m.title}`;
    const params = { meetingTitle: m.title, reason };
    return this.send(manager, m, 'meeting.cancelled', title, body, params, recipients, 'CANCEL');
  }

  private async send(
    manager: EntityManager,
    m: MeetingEntity,
    kind: Kind,
    title: string,
    body: string,
    params: Record<string, string | null>,
    recipients: NotificationRecipient[],
    method: 'REQUEST' | 'CANCEL',
  ): Promise<number> {
    if (recipients.length === 0) return 0;
    const ics = await this.calendar.attachmentIcs(manager, m.id, method);
    const attachments: OutboxAttachment[] = ics
      ? [{ filename: 'reunion.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }]
      : [];
    const text = `${body}\n\nVer la reunión en Cumbre: ${this.calendar.meetingUrl(m.id)}\n`;
    return this.writer.enqueue(manager, recipients, {
      kind,
      title,
      body,
      params,
      meetingId: m.id,
      email: { subject: title, text, attachments },
    });
  }

  /** Enabled leaders of the invited agencies (all, or only `agencyIds`) and every delegate. */
  private async recipients(
    manager: EntityManager,
    meetingId: string,
    actorId: string,
    agencyIds?: string[],
  ): Promise<NotificationRecipient[]> {
    const invitedAgencies = `SELECT i.organization_id FROM meeting_invitation i
       WHERE i.meeting_id = :meetingId AND (:agencyIds::uuid[] IS NULL OR i.organization_id = ANY(:agencyIds::uuid[]))`;
    const userIds = `SELECT * FROM ${agencyLeaderIdsSql(invitedAgencies)} leaders
       UNION SELECT d.user_id FROM meeting_delegate d WHERE d.meeting_id = :meetingId AND :agencyIds::uuid[] IS NULL`;
    return enabledContacts(manager, { sql: userIds, params: { meetingId, agencyIds: agencyIds ?? null } }, actorId);
  }
}
