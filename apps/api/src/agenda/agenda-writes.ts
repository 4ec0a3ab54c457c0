import { Injectable } from '@nestjs/common';
import type { AgendaDto } from '@cumbre/contracts';
import type { EntityManager } from 'typeorm';
import { Changes, type ChangeContext } from '../audit/changes';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { viewerOf } from '../common/viewer';
import type { MeetingEntity } from '../meetings/entities/meeting.entity';
import { AgendaChangeFeed, type AgendaChange } from './agenda-change-feed';
import type { AgendaFacts } from './agenda.policy';
import { AgendaQueries } from './agenda-queries.service';
import { AgendaEntity } from './entities/agenda.entity';

/** What a write to an agenda gets: the change context, the visible meeting, its agenda row (locked). */
export interface AgendaWrite extends ChangeContext {
  meeting: MeetingEntity;
  agenda: AgendaEntity;
  facts: AgendaFacts;
  /**
   * Announces what changed (live, once committed); `draft` marks a change to the agenda's
   * accepted content. An `item.*` change without it concerns a proposal, which only editors and
   * the proposing agency see: its event names no item.
   */
  changed(kind: string, itemId: string | null, options?: { draft?: boolean }): void;
}

/**
 * The one way the agenda module writes: a change context (one transaction, audit inside it), the
 * meeting read through its visibility policy (404 when invisible), the agenda row made on first
 * use and locked, so that writes to one agenda queue up (a move renumbers many rows), and after
 * the work the agenda's version raised and the changes published in the same transaction (a
 * rolled-back write announces nothing).
 */
@Injectable()
export class AgendaWrites {
  constructor(
    private readonly changes: Changes,
    private readonly queries: AgendaQueries,
    private readonly feed: AgendaChangeFeed,
  ) {}

  async run<T>(
    meetingId: string,
    user: AuthUser,
    origin: RequestOrigin,
    work: (write: AgendaWrite) => Promise<T>,
  ): Promise<T> {
    return this.changes.run({ actor: user, origin }, async (change) => {
      const meeting = await this.queries.visibleMeeting(change.manager, meetingId, viewerOf(user));
      const agenda = await lockAgenda(change.manager, meetingId);
      let draft = false;
      const pending: Omit<AgendaChange, 'agendaVersion'>[] = [];
      const value = await work({
        ...change,
        meeting,
        agenda,
        facts: this.queries.facts(meeting, agenda),
        changed: (kind, itemId, options) => {
          const aboutProposal = kind.startsWith('item.') && !options?.draft;
          pending.push({ meetingId, kind, itemId: aboutProposal ? null : itemId, actor: user.displayName });
          if (options?.draft) draft = true;
        },
      });
      if (pending.length > 0) {
        const [{ version }]: { version: number }[] = await change.manager
          .query(
            `UPDATE agenda SET version = version + 1, updated_at = now()${draft ? `, status = 'draft'` : ''}
            WHERE id = $1 RETURNING version`,
            [agenda.id],
          )
          .then((r: [{ version: number }[], number]) => r[0]);
        // Last in the transaction: publishing takes a lock held until commit (see realtime).
        for (const p of pending) await this.feed.publish(change.manager, { ...p, agendaVersion: version });
      }
      return value;
    });
  }

  /** `run`, then the agenda as the caller now sees it: what every agenda route answers after a write. */
  async edit(
    meetingId: string,
    user: AuthUser,
    origin: RequestOrigin,
    work: (write: AgendaWrite) => Promise<unknown>,
  ): Promise<AgendaDto> {
    await this.run(meetingId, user, origin, work);
    return this.queries.getAgenda(meetingId, user);
  }
}

/** The meeting's agenda row, made on first use, locked for the rest of the transaction. */
async function lockAgenda(manager: EntityManager, meetingId: string): Promise<AgendaEntity> {
  await manager.query(
    `INSERT INTO agenda (meeting_id, version) VALUES ($1, 1) ON CONFLICT ON CONSTRAINT "UQ_agenda_meeting" DO NOTHING`,
    [meetingId],
  );
  return manager
    .getRepository(AgendaEntity)
    .createQueryBuilder('a')
    .where('a.meeting_id = :meetingId', { meetingId })
    .setLock('pessimistic_write')
    .getOneOrFail();
}
