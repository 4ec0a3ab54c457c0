import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { Changes } from '../audit/changes';
import { DataSource, EntityManager } from 'typeorm';
import type { MeetingDto } from '@cumbre/contracts';
import { isClosedStatus } from '@cumbre/scheduling';
import { existingAgencyIds, existingSharingGroupIds, sharingGroupAgencyIds } from '../agencies/agency.queries';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { enabledMemberIds } from '../users/user.queries';
import { viewerOf } from '../common/viewer';
import type { InviteBody, RsvpBody } from './dto/invitation.requests';
import { MeetingDelegateEntity } from './entities/meeting-delegate.entity';
import { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import type { MeetingEntity } from './entities/meeting.entity';
import { MeetingNotifier } from './meeting-notifier.service';
import { MeetingQueries } from './meeting-queries.service';
import { assertCanAnswerFor, assertCanManage, assertOpen } from './meeting-rules';
import { Clock } from '../common/clock';

/** Inviting agencies (one by one or a sharing group), withdrawing invitations, answering them. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueries,
    private readonly notifier: MeetingNotifier,
    private readonly changes: Changes,
    private readonly clock: Clock,
  ) {}

  async invite(id: string, body: InviteBody, user: AuthUser, origin: RequestOrigin): Promise<MeetingDto> {
    if (!body.sharingGroupId && (!body.agencyIds || body.agencyIds.length === 0)) {
      throw new ApiError('meeting.invite_target_required', 'give agencyIds or sharingGroupId');
    }
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewerOf(user), true);
      assertCanManage(user, m);
      assertOpen(m);
      const agencyIds = await this.resolveAgencies(manager, body);
      const added: { organization_id: string }[] = await manager.query(
        `INSERT INTO meeting_invitation (meeting_id, organization_id, invited_by_id)
         SELECT $1, a, $3 FROM unnest($2::uuid[]) AS a
         ON CONFLICT ON CONSTRAINT "UQ_meeting_invitation_meeting_agency" DO NOTHING
         RETURNING organization_id`,
        [id, agencyIds, user.id],
      );
      const newIds = added.map((r) => r.organization_id);
      if (newIds.length === 0) return;
      await this.notifier.invited(manager, m, newIds, user.id);
      await audit({
        action: 'meeting.invited',
        objectType: 'meeting',
        objectId: id,
        details: { agencyIds: newIds, sharingGroupId: body.sharingGroupId ?? null },
      });
    });
    return this.queries.getDto(id, user);
  }

  async uninvite(id: string, agencyId: string, user: AuthUser, origin: RequestOrigin): Promise<MeetingDto> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewerOf(user), true);
      assertCanManage(user, m);
      assertOpen(m);
      const deleted = await manager.getRepository(MeetingInvitationEntity).delete({ meetingId: id, agencyId });
      if (!deleted.affected) {
        throw new ApiError('meeting.agency_not_invited', `agency ${agencyId} is not invited to this meeting`, {
          params: { agencyId: agencyId },
        });
      }
      // Its poll answers go too: the tally counts invited agencies only.
      await manager.query(
        'DELETE FROM meeting_poll_answer a USING meeting_poll p WHERE a.poll_id = p.id AND p.meeting_id = $1 AND a.organization_id = $2',
        [id, agencyId],
      );
      await audit({
        action: 'meeting.uninvited',
        objectType: 'meeting',
        objectId: id,
        details: { agencyId },
      });
    });
    return this.queries.getDto(id, user);
  }

  async rsvp(id: string, body: RsvpBody, user: AuthUser, origin: RequestOrigin): Promise<MeetingDto> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewerOf(user), true);
      assertCanAnswerFor(user, body.agencyId);
      const invitation = await manager
        .getRepository(MeetingInvitationEntity)
        .findOneBy({ meetingId: id, agencyId: body.agencyId });
      if (!invitation) {
        throw new ApiError('meeting.agency_not_invited', `agency ${body.agencyId} is not invited to this meeting`, {
          params: { agencyId: body.agencyId },
        });
      }
      if (isClosedStatus(m.status)) {
        throw new ApiError('meeting.answers_closed', `answers are closed: the meeting is ${m.status}`, {
          params: { status: m.status },
        });
      }
      const delegates = body.rsvp === 'declined' ? [] : body.delegateUserIds;
      if (delegates) await this.assertMembers(manager, body.agencyId, delegates);
      await manager
        .getRepository(MeetingInvitationEntity)
        .update(
          { id: invitation.id },
          { rsvp: body.rsvp, note: body.note ?? null, respondedAt: this.clock.now(), respondedById: user.id },
        );
      if (delegates) await this.replaceDelegates(manager, m, invitation.id, delegates);
      await audit({
        action: 'meeting.rsvp',
        objectType: 'meeting',
        objectId: id,
        details: { agencyId: body.agencyId, rsvp: body.rsvp, delegateUserIds: delegates ?? null },
      });
      await this.notifier.answered(manager, m, 'invitation', body.agencyId, user.id, body.rsvp);
    });
    return this.queries.getDto(id, user);
  }

  /** The agencies named, plus every member of the sharing group; unknown ids are a 400 naming them. */
  private async resolveAgencies(manager: EntityManager, body: InviteBody): Promise<string[]> {
    const ids = new Set(body.agencyIds ?? []);
    if (ids.size > 0) {
      const known = new Set(await existingAgencyIds(manager, [...ids]));
      const unknown = [...ids].filter((a) => !known.has(a));
      if (unknown.length > 0) {
        throw new ApiError('agency.unknown', `agencyIds: no agency with id ${unknown.join(', ')}`, {
          field: 'agencyIds',
          params: { ids: unknown },
        });
      }
    }
    if (body.sharingGroupId) {
      const group = await existingSharingGroupIds(manager, [body.sharingGroupId]);
      if (group.length === 0) {
        throw new ApiError('sharing_group.unknown', `sharingGroupId: no sharing group with id ${body.sharingGroupId}`, {
          field: 'sharingGroupId',
          params: { ids: [body.sharingGroupId] },
        });
      }
      for (const agencyId of await sharingGroupAgencyIds(manager, body.sharingGroupId)) ids.add(agencyId);
    }
    return [...ids];
  }

  /** Delegates are members of the answering agency (and enabled); the first one that is not is named. */
  private async assertMembers(manager: EntityManager, agencyId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const members = new Set(await enabledMemberIds(manager, agencyId, userIds));
    const outsider = userIds.find((u) => !members.has(u));
    if (outsider) {
      throw new ApiError(
        'meeting.delegate_not_member',
        `delegateUserIds: user ${outsider} is not a member of agency ${agencyId}`,
        { field: 'delegateUserIds', params: { userId: outsider, agencyId } },
      );
    }
  }

  private async replaceDelegates(
    manager: EntityManager,
    m: MeetingEntity,
    invitationId: string,
    userIds: string[],
  ): Promise<void> {
    const repo = manager.getRepository(MeetingDelegateEntity);
    await repo.delete({ invitationId });
    if (userIds.length > 0) await repo.insert(userIds.map((userId) => ({ invitationId, userId, meetingId: m.id })));
  }
}
