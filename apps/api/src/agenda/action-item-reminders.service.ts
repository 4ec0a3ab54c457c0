import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { addDays } from '@cumbre/scheduling';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { Clock } from '../common/clock';
import { PeriodicJob, PeriodicJobHost } from '../common/periodic-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { MeetingCalendarService } from '../meetings/meeting-calendar.service';
import { NotificationWriter } from '../notifications/notification-writer.service';
import { agencyAnswerers } from '../users/user.queries';
import { ACTION_PLAN_ZONE, plainDateIn } from './agenda-queries.service';

// Hourly, so that an item becomes "told" soon after its due day ends in Lima; each item is told
// once, whatever the number of runs or instances.
const TICK_MS = 60 * 60_000;
const BATCH = 200;

/** How many days before its due date the owner agency is reminded of an action item. */
export const DUE_SOON_DAYS = 3;

export interface OverdueRunResult {
  /** Action items that became overdue and were claimed by this run. */
  items: number;
  /** In-app notifications written about them (one per recipient and meeting). */
  notified: number;
  /** Action items due within DUE_SOON_DAYS claimed by this run for a reminder. */
  dueSoonItems: number;
  /** In-app reminders written about them. */
  dueSoonNotified: number;
}

/** What the job tells: items past their due date, or items due within DUE_SOON_DAYS. */
type Notice = 'overdue' | 'due_soon';

/**
 * Each notice's claim: the items it is about (`today` in Lima; the due-soon window ends
 * DUE_SOON_DAYS later), and the column that marks them told, once.
 */
const CLAIMS: Record<Notice, { due: (today: string) => [string, unknown[]]; column: string }> = {
  overdue: { due: (today) => ['due_date < $3', [today]], column: 'overdue_notified_at' },
  due_soon: {
    due: (today) => ['due_date BETWEEN $3::date AND $4::date', [today, addDays(today, DUE_SOON_DAYS)]],
    column: 'due_soon_notified_at',
  },
};

interface ClaimedRow {
  id: string;
  meeting_id: string;
  owner_agency_id: string;
  what: string;
  due_date: string;
}

/** "2026-12-04" -> "04/12/2026" */
const spanishDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** The stored title and body of each notice (Spanish; the web app words it from its params). */
const NOTICE_TEXTS: Record<
  Notice,
  (agency: string, meeting: string, rows: ClaimedRow[]) => { title: string; body: string }
> = {
  overdue: (agency, meeting, rows) => {
    const list = rows.map((r) => `«${r.what}» (vencía el ${spanishDate(r.due_date)})`).join('; ');
    return {
      title: `Acciones vencidas: ${meeting}`,
      body:
        rows.length === 1
          ? `${agency} tiene una acción vencida de «${meeting}»: ${list}.`
          : `${agency} tiene ${rows.length} acciones vencidas de «${meeting}»: ${list}.`,
    };
  },
  due_soon: (agency, meeting, rows) => {
    const list = rows.map((r) => `«${r.what}» (vence el ${spanishDate(r.due_date)})`).join('; ');
    return {
      title: `Acciones por vencer: ${meeting}`,
      body:
        rows.length === 1
          ? `${agency} tiene una acción de «${meeting}» que vence pronto: ${list}.`
          : `${agency} tiene ${rows.length} acciones de «${meeting}» que vencen pronto: ${list}.`,
    };
  },
};

/**
 * Tells owner agencies (their leaders and staff, in-app and by e-mail) about action items past
 * their due date that are not done, and reminds them of those due within DUE_SOON_DAYS. Each
 * item is claimed by a conditional UPDATE that sets `overdue_notified_at` (or
 * `due_soon_notified_at`; rows another instance is claiming are skipped, SKIP LOCKED) in the
 * transaction that writes the notifications: told exactly once, even with several instances.
 * A timer runs it in the application; tests call `runOnce()` with the test clock.
 */
@Injectable()
export class ActionItemRemindersJob extends PeriodicJobHost {
  private readonly logger = new Logger('ActionItemReminders');
  protected readonly job = new PeriodicJob('action item reminders', TICK_MS, () => this.runOnce(), this.logger);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly writer: NotificationWriter,
    private readonly calendar: MeetingCalendarService,
  ) {
    super();
  }

  /**
   * One run: every open item due before today (in Lima) not yet told is told now; then every
   * open item due from today to DUE_SOON_DAYS ahead not yet reminded is reminded.
   */
  async runOnce(now: Date = this.clock.now()): Promise<OverdueRunResult> {
    const overdue = await this.claimAndTell('overdue', now);
    const dueSoon = await this.claimAndTell('due_soon', now);
    const result = {
      items: overdue.items,
      notified: overdue.notified,
      dueSoonItems: dueSoon.items,
      dueSoonNotified: dueSoon.notified,
    };
    if (overdue.items + dueSoon.items > 0) this.logger.log(result, 'action items told');
    return result;
  }

  private async claimAndTell(notice: Notice, now: Date): Promise<{ items: number; notified: number }> {
    const { due, column } = CLAIMS[notice];
    const [dueSql, dueParams] = due(plainDateIn(now, ACTION_PLAN_ZONE));
    const result = { items: 0, notified: 0 };
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const claimed: ClaimedRow[] = await manager
          .query(
            `UPDATE action_item a SET ${column} = $1
              WHERE a.id IN (SELECT id FROM action_item
                              WHERE status <> 'done' AND ${dueSql} AND ${column} IS NULL
                              ORDER BY due_date, id LIMIT $2
                              FOR UPDATE SKIP LOCKED)
             RETURNING a.id, a.meeting_id, a.owner_agency_id, a.what, to_char(a.due_date, 'YYYY-MM-DD') AS due_date`,
            [now, BATCH, ...dueParams],
          )
          .then((r: [ClaimedRow[], number]) => r[0]);
        return { claimed: claimed.length, notified: await this.notify(manager, claimed, notice) };
      });
      result.items += batch.claimed;
      result.notified += batch.notified;
      if (batch.claimed < BATCH) break;
    }
    return result;
  }

  /** One notice per owner agency and meeting, listing the items that just became overdue (or due soon). */
  private async notify(manager: EntityManager, claimed: ClaimedRow[], notice: Notice): Promise<number> {
    if (claimed.length === 0) return 0;
    const groups = new Map<string, ClaimedRow[]>();
    for (const row of claimed) {
      const key = `${row.meeting_id}|${row.owner_agency_id}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const meetings = new Map(
      (
        await manager.getRepository(MeetingEntity).findBy({ id: In([...new Set(claimed.map((r) => r.meeting_id))]) })
      ).map((m) => [m.id, m]),
    );
    const agencies = new Map(
      (
        await manager
          .getRepository(AgencyEntity)
          .findBy({ id: In([...new Set(claimed.map((r) => r.owner_agency_id))]) })
      ).map((a) => [a.id, a]),
    );
    let notified = 0;
    for (const rows of groups.values()) {
      const meeting = meetings.get(rows[0].meeting_id);
      const agency = agencies.get(rows[0].owner_agency_id);
      if (!meeting || !agency) continue;
      const recipients = await agencyAnswerers(manager, agency.id);
      const { title, body } = NOTICE_TEXTS[notice](agency.name, meeting.title, rows);
      notified += await this.writer.enqueue(manager, recipients, {
        kind: `action_item.${notice}`,
        title,
        body,
        params: {
          meetingTitle: meeting.title,
          agencyId: agency.id,
          agencyName: agency.name,
          count: String(rows.length),
          dueDates: rows.map((r) => r.due_date).join(','),
        },
        meetingId: meeting.id,
        email: {
          subject: title,
          text: `${body}\n\nActualiza su estado en el plan de acción de Cumbre: ${this.calendar.meetingUrl(meeting.id)}\n`,
        },
      });
    }
    return notified;
  }
}
