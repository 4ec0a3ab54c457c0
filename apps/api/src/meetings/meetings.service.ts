import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { updateVersioned } from '../common/versioned-update';
import { InjectDataSource } from '@nestjs/typeorm';
import { Changes } from '../audit/changes';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, type MeetingDto } from '@cumbre/contracts';
import { allowedStatusMoves, isAllowedStatusMove } from '@cumbre/scheduling';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { viewerOf } from '../common/viewer';
import { PublicContent } from '../common/public-content/public-content.service';
import { publicMeetingTags } from '../common/public-content/tags';
import { IdempotencyService } from '../common/idempotency.service';
import { ConflictsService } from './conflicts.service';
import type { ChangeMeetingStatusBody, CreateMeetingBody, UpdateMeetingBody } from './dto/meeting.requests';
import { MeetingEntity } from './entities/meeting.entity';
import { canConveneFor } from './meeting-access.policy';
import { diffMeeting, MeetingValues } from './meeting-changes';
import { MeetingNotifier } from './meeting-notifier.service';
import { MeetingQueries } from './meeting-queries.service';
import {
  assertCanManage,
  assertOpen,
  assertTimes,
  assertVersion,
  canonicalZoneOrThrow,
  conflictAudit,
  MEETING,
} from './meeting-rules';

/** Creating a meeting, editing its details, moving its status. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueries,
    private readonly conflicts: ConflictsService,
    private readonly notifier: MeetingNotifier,
    private readonly changes: Changes,
    private readonly idempotency: IdempotencyService,
    private readonly content: PublicContent,
  ) {}

  async create(body: CreateMeetingBody, user: AuthUser, origin: RequestOrigin): Promise<MeetingDto> {
    const host = await this.dataSource.getRepository(AgencyEntity).findOneBy({ id: body.hostAgencyId });
    if (!host) {
      throw new ApiError('agency.unknown', 'hostAgencyId does not name an existing agency', {
        field: 'hostAgencyId',
        params: { ids: [body.hostAgencyId] },
      });
    }
    if (!canConveneFor(user, host.id)) {
      throw new ApiError(
        'meeting.convene_forbidden',
        'only a leader or staff member of the host agency (or an admin) may convene a meeting there',
      );
    }
    const startsAt = body.startsAt ? new Date(body.startsAt) : null;
    const endsAt = body.endsAt ? new Date(body.endsAt) : null;
    assertTimes(startsAt, endsAt);
    const timeZone = canonicalZoneOrThrow(body.timeZone ?? DEFAULT_TIME_ZONE);

    // The answer is read inside the transaction: a 2xx never follows a commit whose read-back
    // failed, and a stored idempotent response is committed with the meeting it describes.
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const inserted = await manager.getRepository(MeetingEntity).insert({
        title: body.title,
        description: body.description ?? '',
        hostAgencyId: host.id,
        convenerId: user.id,
        startsAt,
        endsAt,
        timeZone,
        venueName: body.venue?.name ?? null,
        venueAddress: body.venue?.address ?? null,
        venueCity: body.venue?.city ?? null,
        onlineUrl: body.onlineUrl ?? null,
        visibility: body.visibility ?? 'internal',
        status: 'draft',
        sequence: 0,
        version: 1,
      });
      const meetingId = (inserted.identifiers[0] as { id: string }).id;
      const conflicts =
        startsAt && endsAt
          ? await this.conflicts.find(
              manager,
              { id: meetingId, startsAt, endsAt, hostAgencyId: host.id, status: 'draft' },
              viewerOf(user),
            )
          : [];
      this.conflicts.assertConfirmed(conflicts, body.confirmConflicts);
      await audit({
        action: 'meeting.created',
        objectType: 'meeting',
        objectId: meetingId,
        details: { title: body.title, hostAgencyId: host.id, conflicts: conflictAudit(conflicts) },
      });
      const dto = await this.queries.getDto(meetingId, user, manager);
      await this.idempotency.completeInTransaction(manager, dto);
      return dto;
    });
  }

  async update(id: string, body: UpdateMeetingBody, user: AuthUser, origin: RequestOrigin): Promise<MeetingDto> {
    const viewer = viewerOf(user);
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewer, true);
      assertCanManage(user, m);
      assertOpen(m);
      assertVersion(m, body.version);
      const change = diffMeeting(
        m,
        body,
        body.timeZone === undefined ? undefined : canonicalZoneOrThrow(body.timeZone),
      );
      if (change.changed.length === 0) return this.queries.getDto(id, user, manager);
      const { next } = change;
      assertTimes(next.startsAt, next.endsAt);
      if (!next.startsAt && m.status !== 'draft') {
        throw new ApiError(
          'meeting.times_cannot_be_cleared',
          `startsAt and endsAt cannot be cleared: the meeting is ${m.status}`,
          {
            field: 'startsAt',
            params: { status: m.status },
          },
        );
      }
      const conflicts =
        change.timeChanged && next.startsAt && next.endsAt
          ? await this.conflicts.find(
              manager,
              { id, startsAt: next.startsAt, endsAt: next.endsAt, hostAgencyId: m.hostAgencyId, status: m.status },
              viewer,
            )
          : [];
      this.conflicts.assertConfirmed(conflicts, body.confirmConflicts);
      const bump = change.timeChanged || change.placeChanged;
      await this.write(manager, m, next, bump);
      if (bump && (m.status === 'scheduled' || m.status === 'in_progress')) {
        await this.notifier.changed(manager, m, { ...m, ...next }, user.id);
      }
      await audit({
        action: 'meeting.updated',
        objectType: 'meeting',
        objectId: id,
        details: { changed: change.changed, conflicts: conflictAudit(conflicts) },
      });
      await this.content.changed(manager, publicMeetingTags(m, { ...m, ...next }));
      return this.queries.getDto(id, user, manager);
    });
  }

  async changeStatus(
    id: string,
    body: ChangeMeetingStatusBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<MeetingDto> {
    const viewer = viewerOf(user);
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewer, true);
      assertCanManage(user, m);
      assertVersion(m, body.version);
      const from = m.status;
      const to = body.status;
      if (!isAllowedStatusMove(from, to)) {
        const allowed = allowedStatusMoves(from);
        throw new ApiError(
          'meeting.status_move_not_allowed',
          `a ${from} meeting cannot move to ${to}; allowed moves: ${allowed.length > 0 ? allowed.join(', ') : 'none'}`,
          // `allowedMoves` stays for clients written before params existed.
          { field: 'status', params: { from, to, allowed: [...allowed] }, extra: { allowedMoves: allowed } },
        );
      }
      if (to === 'cancelled' && !body.reason) {
        throw new ApiError('validation.required', 'reason is required to cancel a meeting', { field: 'reason' });
      }
      if ((to === 'scheduled' || to === 'in_progress') && (!m.startsAt || !m.endsAt)) {
        throw new ApiError(
          'meeting.no_date',
          'the meeting has no date yet: set startsAt and endsAt, or pick a poll slot, first',
        );
      }
      const conflicts =
        to === 'scheduled' && m.startsAt && m.endsAt
          ? await this.conflicts.find(
              manager,
              { id, startsAt: m.startsAt, endsAt: m.endsAt, hostAgencyId: m.hostAgencyId, status: to },
              viewer,
            )
          : [];
      this.conflicts.assertConfirmed(conflicts, body.confirmConflicts);
      const reason = to === 'cancelled' ? (body.reason as string) : null;
      await updateVersioned(manager, MeetingEntity, MEETING, m, {
        status: to,
        cancellationReason: reason,
        sequence: () => 'sequence + 1',
      });
      const updated = { ...m, status: to, cancellationReason: reason };
      if (to === 'cancelled') await this.notifier.cancelled(manager, updated, reason as string, user.id);
      if (to === 'scheduled' && from === 'draft') await this.notifier.changed(manager, m, updated, user.id);
      await audit({
        action: 'meeting.status_changed',
        objectType: 'meeting',
        objectId: id,
        details: { from, to, reason, conflicts: conflictAudit(conflicts) },
      });
      await this.content.changed(manager, publicMeetingTags(m, updated));
      return this.queries.getDto(id, user, manager);
    });
  }

  /** The conditional UPDATE: only the version the change was based on may be replaced. */
  private async write(
    manager: EntityManager,
    m: MeetingEntity,
    next: MeetingValues,
    bumpSequence: boolean,
  ): Promise<void> {
    await updateVersioned(manager, MeetingEntity, MEETING, m, {
      ...next,
      ...(bumpSequence ? { sequence: () => 'sequence + 1' } : {}),
    });
  }
}
