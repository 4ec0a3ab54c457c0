import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { formatMeetingTime, plainDateIn } from '@cumbre/scheduling';
import { AGENCY_NAMES } from '../agencies/agency.queries';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotificationWriter } from '../notifications/notification-writer.service';
import { agencyAnswerers, enabledContacts } from '../users/user.queries';
import { MeetingEntity } from './entities/meeting.entity';
import { describeMeetingTime, describePlace, MeetingNotifier, scheduleParams } from './meeting-notifier.service';
import { PeriodicJob, PeriodicJobHost } from '../common/periodic-job';

/** How far ahead an answer deadline makes the job nudge the agencies that have not answered. */
export const ANSWER_DUE_WINDOW_HOURS = 48;
const TICK_MS = 15 * 60_000;

export interface ReminderRunResult {
  /** Agencies nudged about an invitation or a poll (each agency at most once a day per meeting and kind). */
  nudged: number;
  /** Delegates reminded the day before a meeting. */
  reminded: number;
}

interface DueAnswer {
  meeting_id: string;
  agency_id: string;
  agency_name: string;
  kind: 'invitation' | 'poll';
  deadline: Date;
}

/**
 * The reminders job: (a) once a day, nudges agencies that have not answered an invitation (the
 * meeting starts within 48 h) or an open date poll (its deadline is within 48 h); (b) the day
 * before a meeting, reminds its delegates, with the .ics. Every message is claimed in
 * `scheduled_delivery` in the transaction that writes it, so that it goes out exactly once
 * however many API instances run the job at the same time. A timer runs it in the application;
 * tests call `runOnce(now)` instead.
 */
@Injectable()
export class MeetingReminders extends PeriodicJobHost {
  private readonly logger = new Logger('Reminders');
  protected readonly job = new PeriodicJob('reminders run', TICK_MS, () => this.runOnce(), this.logger);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly notifier: MeetingNotifier,
    private readonly writer: NotificationWriter,
  ) {
    super();
  }

  /** One pass of the job at `now`. Running it again the same day sends nothing new. */
  async runOnce(now: Date = this.clock.now()): Promise<ReminderRunResult> {
    return { nudged: await this.nudgeDueAnswers(now), reminded: await this.remindDelegates(now) };
  }

  private async nudgeDueAnswers(now: Date): Promise<number> {
    const until = new Date(now.getTime() + ANSWER_DUE_WINDOW_HOURS * 3_600_000);
    // One read for every due answer: pending invitations of meetings starting soon, and invited
    // agencies without an answer to an open poll whose deadline is near.
    const due: DueAnswer[] = await this.dataSource.query(
      `SELECT i.meeting_id, i.organization_id AS agency_id, o.name AS agency_name, 'invitation' AS kind, m.starts_at AS deadline
         FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id JOIN ${AGENCY_NAMES} o ON o.id = i.organization_id
        WHERE i.rsvp = 'pending' AND m.status IN ('draft', 'scheduled')
          AND m.starts_at > $1 AND m.starts_at <= $2
       UNION ALL
       SELECT i.meeting_id, i.organization_id, o.name, 'poll', p.deadline
         FROM meeting_poll p JOIN meeting m ON m.id = p.meeting_id
         JOIN meeting_invitation i ON i.meeting_id = m.id JOIN ${AGENCY_NAMES} o ON o.id = i.organization_id
        WHERE p.chosen_slot_id IS NULL AND m.status IN ('draft', 'scheduled')
          AND p.deadline > $1 AND p.deadline <= $2
          AND NOT EXISTS (SELECT 1 FROM meeting_poll_answer a WHERE a.poll_id = p.id AND a.organization_id = i.organization_id)
        ORDER BY 1, 2, 4`,
      [now, until],
    );
    let nudged = 0;
    for (const d of due) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const m = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: d.meeting_id });
        const key = `${d.meeting_id}:${d.agency_id}:${d.kind}:${plainDateIn(now, m.timeZone)}`;
        if (!(await this.writer.claimOnce(manager, 'meeting.answer_due', key))) return false;
        const recipients = await agencyAnswerers(manager, d.agency_id);
        const deadline = formatMeetingTime(d.deadline, m.timeZone, 'es');
        const body =
          d.kind === 'poll'
            ? `${d.agency_name} aún no responde la encuesta de fechas de «${m.title}». Plazo: ${deadline}.`
            : `${d.agency_name} aún no responde la invitación a «${m.title}», que empieza el ${deadline}.`;
        await this.notifier.remind(
          manager,
          m,
          'meeting.answer_due',
          {
            title: `Respuesta pendiente: ${m.title}`,
            body,
            params: {
              meetingTitle: m.title,
              answerKind: d.kind,
              agencyId: d.agency_id,
              agencyName: d.agency_name,
              deadline: d.deadline.toISOString(),
              // The zone the deadline is read in, so the bell can word it in the reader's language.
              timeZone: m.timeZone,
            },
          },
          recipients,
        );
        return true;
      });
      if (sent) nudged++;
    }
    return nudged;
  }

  private async remindDelegates(now: Date): Promise<number> {
    // Meetings that start on the day after `now`'s day, in each meeting's own zone.
    const meetings: { id: string }[] = await this.dataSource.query(
      `SELECT m.id FROM meeting m
        WHERE m.status = 'scheduled' AND m.starts_at > $1 AND m.starts_at <= $1::timestamptz + interval '49 hours'
          AND (m.starts_at AT TIME ZONE m.time_zone)::date = ($1::timestamptz AT TIME ZONE m.time_zone)::date + 1
          AND EXISTS (SELECT 1 FROM meeting_delegate d WHERE d.meeting_id = m.id)
        ORDER BY m.starts_at, m.id`,
      [now],
    );
    let reminded = 0;
    for (const { id } of meetings) {
      reminded += await this.dataSource.transaction(async (manager) => {
        const m = await manager.getRepository(MeetingEntity).findOneByOrFail({ id });
        const delegates = await enabledContacts(manager, {
          sql: `SELECT d.user_id FROM meeting_delegate d JOIN meeting_invitation i ON i.id = d.invitation_id
                 WHERE d.meeting_id = :meetingId AND i.rsvp <> 'declined'`,
          params: { meetingId: id },
        });
        const day = plainDateIn(m.startsAt as Date, m.timeZone);
        const claimed: typeof delegates = [];
        for (const d of delegates) {
          if (await this.writer.claimOnce(manager, 'meeting.reminder', `${id}:${d.userId}:${day}`)) claimed.push(d);
        }
        const when = describeMeetingTime(m.startsAt, m.endsAt, m.timeZone);
        await this.notifier.remind(
          manager,
          m,
          'meeting.reminder',
          {
            title: `Mañana: ${m.title}`,
            body: `Recordatorio: la reunión «${m.title}» es mañana. Fecha: ${when}. Lugar: ${describePlace(m)}.`,
            params: scheduleParams(m),
          },
          claimed,
        );
        return claimed.length;
      });
    }
    return reminded;
  }
}
