import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { validationFailed } from '../common/validation-errors';
import { updateVersioned } from '../common/versioned-update';
import { InjectDataSource } from '@nestjs/typeorm';
import { Changes } from '../audit/changes';
import { DataSource, EntityManager } from 'typeorm';
import type { MeetingDto, PollDto, PollPickErrorBody } from '@cumbre/contracts';
import { checkPollDraft, isClosedStatus } from '@cumbre/scheduling';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { viewerOf } from '../common/viewer';
import { PublicContent } from '../common/public-content/public-content.service';
import { publicMeetingTags } from '../common/public-content/tags';
import { ConflictsService } from './conflicts.service';
import type { CreatePollBody, PickSlotBody, PollAnswersBody } from './dto/poll.requests';
import { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import { MeetingPollAnswerEntity, MeetingPollEntity, MeetingPollSlotEntity } from './entities/meeting-poll.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingNotifier } from './meeting-notifier.service';
import { MeetingQueries } from './meeting-queries.service';
import { assertCanAnswerFor, assertCanManage, conflictAudit, MEETING } from './meeting-rules';
import { isPollClosed, readPoll } from './poll-reader';
import { Clock } from '../common/clock';

/** Date polls: proposing slots, answering per agency, picking the slot that becomes the date. */
@Injectable()
export class PollsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueries,
    private readonly conflicts: ConflictsService,
    private readonly notifier: MeetingNotifier,
    private readonly changes: Changes,
    private readonly clock: Clock,
    private readonly content: PublicContent,
  ) {}

  async create(id: string, body: CreatePollBody, user: AuthUser, origin: RequestOrigin): Promise<PollDto> {
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewerOf(user), true);
      assertCanManage(user, m);
      if (m.status !== 'draft' && m.status !== 'scheduled') {
        throw new ApiError(
          'poll.meeting_not_open',
          `a date poll needs a draft or scheduled meeting; this one is ${m.status}`,
          {
            params: { status: m.status },
          },
        );
      }
      if (await manager.getRepository(MeetingPollEntity).existsBy({ meetingId: id })) {
        throw new ApiError('poll.already_exists', 'this meeting already has a date poll');
      }
      const draft = {
        deadline: new Date(body.deadline),
        slots: body.slots.map((s) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
      };
      const problems = checkPollDraft(draft, this.clock.now());
      if (problems.length > 0) {
        throw validationFailed(problems.map(({ field, code, message }) => ({ field, code, message })));
      }
      const poll = await manager
        .getRepository(MeetingPollEntity)
        .save({ meetingId: id, deadline: draft.deadline, chosenSlotId: null, createdById: user.id });
      await manager
        .getRepository(MeetingPollSlotEntity)
        .insert(draft.slots.map((s, position) => ({ pollId: poll.id, ...s, position })));
      await audit({
        action: 'meeting.poll_created',
        objectType: 'meeting',
        objectId: id,
        details: { pollId: poll.id, slots: draft.slots.length },
      });
      return readPoll(manager, poll, this.clock.now());
    });
  }

  async get(id: string, user: AuthUser): Promise<PollDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.queries.findVisible(manager, id, viewerOf(user));
      return readPoll(manager, await this.pollOf(manager, id), this.clock.now());
    });
  }

  async answer(id: string, body: PollAnswersBody, user: AuthUser, origin: RequestOrigin): Promise<PollDto> {
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewerOf(user), true);
      assertCanAnswerFor(user, body.agencyId);
      if (
        !(await manager.getRepository(MeetingInvitationEntity).existsBy({ meetingId: id, agencyId: body.agencyId }))
      ) {
        throw new ApiError('meeting.agency_not_invited', `agency ${body.agencyId} is not invited to this meeting`, {
          params: { agencyId: body.agencyId },
        });
      }
      const poll = await this.pollOf(manager, id);
      if (isClosedStatus(m.status))
        throw new ApiError('meeting.answers_closed', `answers are closed: the meeting is ${m.status}`, {
          params: { status: m.status },
        });
      if (poll.chosenSlotId) {
        throw new ApiError('poll.slot_already_picked', 'answers are closed: the convener has already picked a slot');
      }
      if (isPollClosed(poll, this.clock.now()))
        throw new ApiError(
          'poll.deadline_passed',
          `answers are closed: the deadline was ${poll.deadline.toISOString()}`,
          {
            params: { deadline: poll.deadline.toISOString() },
          },
        );
      const slotIds = new Set(
        (await manager.getRepository(MeetingPollSlotEntity).findBy({ pollId: poll.id })).map((s) => s.id),
      );
      const seen = new Set<string>();
      body.answers.forEach((a, i) => {
        const field = `answers[${i}].slotId`;
        if (!slotIds.has(a.slotId))
          throw new ApiError('poll.unknown_slot', `${field} is not a slot of this poll`, { field });
        if (seen.has(a.slotId)) throw new ApiError('poll.slot_answered_twice', `${field} is answered twice`, { field });
        seen.add(a.slotId);
      });
      const repo = manager.getRepository(MeetingPollAnswerEntity);
      await repo.delete({ pollId: poll.id, agencyId: body.agencyId });
      if (body.answers.length > 0) {
        await repo.insert(
          body.answers.map((a) => ({
            pollId: poll.id,
            slotId: a.slotId,
            agencyId: body.agencyId,
            answer: a.answer,
            answeredById: user.id,
          })),
        );
      }
      await audit({
        action: 'meeting.poll_answered',
        objectType: 'meeting',
        objectId: id,
        details: { agencyId: body.agencyId, answers: body.answers.length },
      });
      await this.notifier.answered(manager, m, 'poll', body.agencyId, user.id);
      return readPoll(manager, poll, this.clock.now());
    });
  }

  /** The picked slot becomes the meeting's time and the meeting is scheduled. */
  async pick(id: string, body: PickSlotBody, user: AuthUser, origin: RequestOrigin): Promise<MeetingDto> {
    const viewer = viewerOf(user);
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const m = await this.queries.findVisible(manager, id, viewer, true);
      assertCanManage(user, m);
      if (m.status !== 'draft' && m.status !== 'scheduled') {
        throw new ApiError(
          'poll.meeting_not_open',
          `a slot can be picked for a draft or scheduled meeting only; this one is ${m.status}`,
          { params: { status: m.status } },
        );
      }
      const poll = await this.pollOf(manager, id);
      const slot = await manager.getRepository(MeetingPollSlotEntity).findOneBy({ id: body.slotId, pollId: poll.id });
      if (!slot) throw new ApiError('poll.unknown_slot', 'slotId is not a slot of this poll', { field: 'slotId' });
      const tally = await readPoll(manager, poll, this.clock.now());
      const refusedBy = tally.slots.find((s) => s.id === slot.id)?.refusedBy ?? [];
      const conflicts = await this.conflicts.find(
        manager,
        { id, startsAt: slot.startsAt, endsAt: slot.endsAt, hostAgencyId: m.hostAgencyId, status: 'scheduled' },
        viewer,
      );
      if ((refusedBy.length > 0 || conflicts.length > 0) && body.confirm !== true) {
        const reasons = [
          refusedBy.length > 0 ? `${refusedBy.map((a) => a.name).join(', ')} answered no to this slot` : '',
          conflicts.length > 0 ? `it conflicts with ${conflicts.length} other meeting(s)` : '',
        ].filter(Boolean);
        throw new ApiError('poll.pick_needs_confirm', `${reasons.join('; ')}; send confirm: true to pick it anyway`, {
          extra: { refusedBy, conflicts } satisfies Pick<PollPickErrorBody, 'refusedBy' | 'conflicts'>,
        });
      }
      const timeChanged =
        m.startsAt?.getTime() !== slot.startsAt.getTime() || m.endsAt?.getTime() !== slot.endsAt.getTime();
      await updateVersioned(manager, MeetingEntity, MEETING, m, {
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        status: 'scheduled',
        sequence: () => 'sequence + 1',
      });
      await manager.getRepository(MeetingPollEntity).update({ id: poll.id }, { chosenSlotId: slot.id });
      if (timeChanged || m.status === 'draft') {
        await this.notifier.changed(
          manager,
          m,
          { ...m, startsAt: slot.startsAt, endsAt: slot.endsAt, status: 'scheduled' },
          user.id,
        );
      }
      await audit({
        action: 'meeting.poll_picked',
        objectType: 'meeting',
        objectId: id,
        details: { slotId: slot.id, refusedBy: refusedBy.map((a) => a.id), conflicts: conflictAudit(conflicts) },
      });
      await this.content.changed(manager, publicMeetingTags(m, { ...m, status: 'scheduled' }));
    });
    return this.queries.getDto(id, user);
  }

  private async pollOf(manager: EntityManager, meetingId: string): Promise<MeetingPollEntity> {
    const poll = await manager.getRepository(MeetingPollEntity).findOneBy({ meetingId });
    if (!poll) throw new ApiError('poll.not_found', 'this meeting has no date poll');
    return poll;
  }
}
