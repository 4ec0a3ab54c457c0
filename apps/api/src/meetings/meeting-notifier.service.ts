import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind, RsvpStatus } from '@cumbre/contracts';
import { formatMeetingTime } from '@cumbre/scheduling';
import { agencySummaryOf } from '../agencies/agency.queries';
import { NotificationRecipient, NotificationWriter } from '../notifications/notification-writer.service';
import type { OutboxAttachment } from '../notifications/entities/email-outbox.entity';
import { agencyAnswererIdsSql, enabledContacts } from '../users/user.queries';
import type { MeetingEntity } from './entities/meeting.entity';
import { describePlaceChange, describeTimeChange } from './meeting-change-text';
import { MeetingCalendarService } from './meeting-calendar.service';

export type AnswerKind = 'invitation' | 'poll';

const RSVP_WORDS: Record<Exclude<RsvpStatus, 'pending'>, string> = {
  accepted: 'aceptó',
  tentative: 'respondió «tal vez» a',
  declined: 'declinó',
};

/**
 * "05/12/2026 09:00–17:00 hora de Lima (UTC−5)": e-mails word times with the same function as
 * the screens and the bell (libs/scheduling), in Spanish.
 */
export function describeMeetingTime(startsAt: Date | null, endsAt: Date | null, zone: string): string {
  if (!startsAt || !endsAt) return 'fecha por definir';
  return formatMeetingTime({ startsAt, endsAt }, zone, 'es');
}

/** Venue and online link as one line, or null while undecided. */
export function placeLine(m: MeetingEntity): string | null {
  const venue = [m.venueName, m.venueAddress, m.venueCity].filter(Boolean).join(', ');
  return [venue, m.onlineUrl].filter(Boolean).join(' · ') || null;
}

export function describePlace(m: MeetingEntity): string {
  return placeLine(m) ?? 'lugar por definir';
}

/** The parts of an invitation or change sentence, for clients that word it in another language. */
export function scheduleParams(m: MeetingEntity): Record<string, string | null> {
  return {
    meetingTitle: m.title,
    startsAt: m.startsAt ? m.startsAt.toISOString() : null,
    endsAt: m.endsAt ? m.endsAt.toISOString() : null,
    timeZone: m.timeZone,
    place: placeLine(m),
  };
}

/** What a notice says: its kind, its Spanish title and text, and the params the web app words it from. */
interface Notice {
  kind: NotificationKind;
  title: string;
  body: string;
  params: Record<string, string | null>;
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Tells the people who act about a meeting: the leaders and staff of the invited agencies (staff
 * answer for their agency) and the delegates they named; and, when an agency answers, the
 * convener and the host agency's leaders and staff. Never the person making the change. In-app
 * always, e-mail by each user's preference, inside the caller's transaction.
 */
@Injectable()
export class MeetingNotifier {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly calendar: MeetingCalendarService,
  ) {}

  /** New invitations: the leaders and staff of the newly invited agencies. */
  async invited(manager: EntityManager, m: MeetingEntity, agencyIds: string[], actorId: string): Promise<number> {
    const recipients = await this.inviteeRecipients(manager, m.id, actorId, agencyIds);
    const when = describeMeetingTime(m.startsAt, m.endsAt, m.timeZone);
    const body = `Su institución ha sido invitada a «${m.title}». Fecha: ${when}. Lugar: ${describePlace(m)}.`;
    const title = `Invitación: ${m.title}`;
    const params = scheduleParams(m);
    return this.send(manager, m, { kind: 'meeting.invited', title, body, params }, recipients, 'REQUEST');
  }

  /**
   * A new time or place (or a date fixed by a poll or by scheduling a draft). The text and the
   * params say what it was before: "la hora cambió de 09:00–11:00 a 10:00–12:00".
   */
  async changed(manager: EntityManager, before: MeetingEntity, after: MeetingEntity, actorId: string): Promise<number> {
    const recipients = await this.inviteeRecipients(manager, after.id, actorId);
    const timeChanged =
      !sameInstant(before.startsAt, after.startsAt) ||
      !sameInstant(before.endsAt, after.endsAt) ||
      before.timeZone !== after.timeZone;
    const placeChanged = placeLine(before) !== placeLine(after);
    const params: Record<string, string | null> = { ...scheduleParams(after) };
    const what: string[] = [];
    const sentences: string[] = [];
    if (timeChanged) {
      what.push('time');
      params['previousStartsAt'] = before.startsAt ? before.startsAt.toISOString() : null;
      params['previousEndsAt'] = before.endsAt ? before.endsAt.toISOString() : null;
      params['previousTimeZone'] = before.timeZone;
      sentences.push(describeTimeChange(before, after));
    }
    if (placeChanged) {
      what.push('place');
      params['previousPlace'] = placeLine(before);
      sentences.push(describePlaceChange(placeLine(before), placeLine(after)));
    }
    if (before.title !== after.title) {
      what.push('title');
      params['previousTitle'] = before.title;
    }
    params['changed'] = what.join(',');
    const when = describeMeetingTime(after.startsAt, after.endsAt, after.timeZone);
    const lead =
      sentences.length > 0
        ? `En la reunión «${after.title}», ${sentences.join('; ')}.`
        : before.status === 'draft' && after.status !== 'draft'
          ? `La reunión «${after.title}» ha sido programada.`
          : `La reunión «${after.title}» ha cambiado.`;
    const body = `${lead} Fecha: ${when}. Lugar: ${describePlace(after)}.`;
    const title = `Cambio en la reunión: ${after.title}`;
    return this.send(manager, after, { kind: 'meeting.changed', title, body, params }, recipients, 'REQUEST');
  }

  async cancelled(manager: EntityManager, m: MeetingEntity, reason: string, actorId: string): Promise<number> {
    const recipients = await this.inviteeRecipients(manager, m.id, actorId);
    const body = `La reunión «${m.title}» ha sido cancelada. Motivo: ${reason}`;
    const title = `Reunión cancelada: ${m.title}`;
    const params = { meetingTitle: m.title, reason };
    return this.send(manager, m, { kind: 'meeting.cancelled', title, body, params }, recipients, 'CANCEL');
  }

  /**
   * An agency answered the invitation or the date poll: the convener and the host agency's
   * leaders and staff are told; and once, when no invited agency is left without an answer, that
   * everyone has answered.
   */
  async answered(
    manager: EntityManager,
    m: MeetingEntity,
    kind: AnswerKind,
    agencyId: string,
    actorId: string,
    rsvp?: Exclude<RsvpStatus, 'pending'>,
  ): Promise<void> {
    const recipients = await this.organizerRecipients(manager, m, actorId);
    const agency = await agencySummaryOf(manager, agencyId);
    const agencyName = agency?.name ?? agencyId;
    const did =
      kind === 'poll' ? 'respondió la encuesta de fechas de' : RSVP_WORDS[rsvp ?? 'accepted'] + ' la invitación a';
    const body = `${agencyName} ${did} «${m.title}».`;
    const params = { meetingTitle: m.title, answerKind: kind, agencyId, agencyName, rsvp: rsvp ?? null };
    const title = `Respuesta: ${m.title}`;
    await this.sendPlain(manager, m, { kind: 'meeting.answered', title, body, params }, recipients);

    const pending = await this.pendingCount(manager, m.id, kind);
    if (pending.pending > 0 || pending.invited === 0) return;
    // Once per meeting, kind and number of invited agencies: inviting one more opens a new round.
    const first = await this.writer.claimOnce(manager, 'meeting.all_answered', `${m.id}:${kind}:${pending.invited}`);
    if (!first) return;
    const everyone = await this.organizerRecipients(manager, m, null);
    const allBody =
      kind === 'poll'
        ? `Todas las instituciones invitadas respondieron la encuesta de fechas de «${m.title}».`
        : `Todas las instituciones invitadas respondieron la invitación a «${m.title}».`;
    await this.sendPlain(
      manager,
      m,
      {
        kind: 'meeting.all_answered',
        title: `Todos respondieron: ${m.title}`,
        body: allBody,
        params: { meetingTitle: m.title, answerKind: kind },
      },
      everyone,
    );
  }

  /** A reminder or nudge the scheduled job sends (no change behind it). */
  async remind(
    manager: EntityManager,
    m: MeetingEntity,
    kind: 'meeting.answer_due' | 'meeting.reminder',
    content: { title: string; body: string; params: Record<string, string | null> },
    recipients: NotificationRecipient[],
  ): Promise<number> {
    if (kind === 'meeting.reminder') return this.send(manager, m, { kind, ...content }, recipients, 'REQUEST');
    return this.sendPlain(manager, m, { kind, ...content }, recipients);
  }

  /** In-app and by e-mail, the e-mail carrying the meeting as an .ics (`method` REQUEST or CANCEL). */
  private async send(
    manager: EntityManager,
    m: MeetingEntity,
    notice: Notice,
    recipients: NotificationRecipient[],
    method: 'REQUEST' | 'CANCEL',
  ): Promise<number> {
    if (recipients.length === 0) return 0;
    const ics = await this.calendar.attachmentIcs(manager, m.id, method);
    const attachments: OutboxAttachment[] = ics
      ? [{ filename: 'reunion.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }]
      : [];
    return this.sendPlain(manager, m, notice, recipients, attachments);
  }

  private sendPlain(
    manager: EntityManager,
    m: MeetingEntity,
    { kind, title, body, params }: Notice,
    recipients: NotificationRecipient[],
    attachments: OutboxAttachment[] = [],
  ): Promise<number> {
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

  /** Enabled leaders and staff of the invited agencies (all, or only `agencyIds`) and every delegate. */
  private inviteeRecipients(
    manager: EntityManager,
    meetingId: string,
    actorId: string,
    agencyIds?: string[],
  ): Promise<NotificationRecipient[]> {
    const invitedAgencies = `SELECT i.organization_id FROM meeting_invitation i
       WHERE i.meeting_id = :meetingId AND (:agencyIds::uuid[] IS NULL OR i.organization_id = ANY(:agencyIds::uuid[]))`;
    const userIds = `SELECT * FROM ${agencyAnswererIdsSql(invitedAgencies)} answerers
       UNION SELECT d.user_id FROM meeting_delegate d WHERE d.meeting_id = :meetingId AND :agencyIds::uuid[] IS NULL`;
    return enabledContacts(manager, { sql: userIds, params: { meetingId, agencyIds: agencyIds ?? null } }, actorId);
  }

  /** The convener and the host agency's leaders and staff (except `actorId`, when given). */
  private organizerRecipients(
    manager: EntityManager,
    m: MeetingEntity,
    actorId: string | null,
  ): Promise<NotificationRecipient[]> {
    const userIds = `SELECT CAST(:convenerId AS uuid) UNION SELECT * FROM ${agencyAnswererIdsSql('SELECT CAST(:hostId AS uuid)')} host`;
    return enabledContacts(
      manager,
      { sql: userIds, params: { convenerId: m.convenerId, hostId: m.hostAgencyId } },
      actorId,
    );
  }

  /** Invited agencies, and how many of them have not answered the invitation (or the poll). */
  private async pendingCount(
    manager: EntityManager,
    meetingId: string,
    kind: AnswerKind,
  ): Promise<{ invited: number; pending: number }> {
    const pendingSql =
      kind === 'invitation'
        ? `i.rsvp = 'pending'`
        : `NOT EXISTS (SELECT 1 FROM meeting_poll_answer a JOIN meeting_poll p ON p.id = a.poll_id
                        WHERE p.meeting_id = i.meeting_id AND a.organization_id = i.organization_id)`;
    const [row]: { invited: number; pending: number }[] = await manager.query(
      `SELECT count(*)::int AS invited, (count(*) FILTER (WHERE ${pendingSql}))::int AS pending
         FROM meeting_invitation i WHERE i.meeting_id = $1`,
      [meetingId],
    );
    return row;
  }
}
