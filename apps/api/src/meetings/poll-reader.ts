import type { EntityManager } from 'typeorm';
import type { AgencySummary, PollAnswer, PollDto, PollResponseDto } from '@cumbre/contracts';
import { PollAnswerRecord, tallyPoll } from '@cumbre/scheduling';
import { mapAgencySummary } from '../agencies/agency.mapper';
import type { AgencyEntity } from '../agencies/entities/agency.entity';
import { mapPersonSummary } from '../users/user.mapper';
import { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import { MeetingPollAnswerEntity, MeetingPollEntity, MeetingPollSlotEntity } from './entities/meeting-poll.entity';

export function isPollClosed(poll: Pick<MeetingPollEntity, 'deadline' | 'chosenSlotId'>, now: Date): boolean {
  return poll.chosenSlotId !== null || poll.deadline.getTime() <= now.getTime();
}

/** Everything of a poll as one read: slots, the invited agencies' answers, the tally. */
export async function readPoll(manager: EntityManager, poll: MeetingPollEntity, now: Date): Promise<PollDto> {
  const slots = await manager
    .getRepository(MeetingPollSlotEntity)
    .find({ where: { pollId: poll.id }, order: { position: 'ASC' } });
  const invitations = await manager.getRepository(MeetingInvitationEntity).find({
    where: { meetingId: poll.meetingId },
    relations: { agency: true },
  });
  const answers = await manager.getRepository(MeetingPollAnswerEntity).find({
    where: { pollId: poll.id },
    relations: { answeredBy: true },
  });
  const invited = new Map<string, AgencySummary>(
    invitations
      .map((i) => mapAgencySummary(i.agency as AgencyEntity))
      .sort((a, b) => a.name.localeCompare(b.name, 'es'))
      .map((a) => [a.id, a]),
  );
  const counted = answers.filter((a) => invited.has(a.agencyId));
  const records: PollAnswerRecord[] = counted.map((a) => ({
    slotId: a.slotId,
    agencyId: a.agencyId,
    answer: a.answer,
  }));
  const tallies = tallyPoll(
    slots.map((s) => s.id),
    records,
  );

  const responses: PollResponseDto[] = [];
  for (const [agencyId, agency] of invited) {
    const mine = counted.filter((a) => a.agencyId === agencyId);
    if (mine.length === 0) continue;
    const latest = mine.reduce((x, y) => (y.answeredAt > x.answeredAt ? y : x));
    responses.push({
      agency,
      answers: Object.fromEntries(mine.map((a) => [a.slotId, a.answer])) as Record<string, PollAnswer>,
      answeredBy: latest.answeredBy ? mapPersonSummary(latest.answeredBy) : null,
      answeredAt: latest.answeredAt.toISOString(),
    });
  }
  const answeredAgencies = new Set(responses.map((r) => r.agency.id));
  return {
    id: poll.id,
    meetingId: poll.meetingId,
    deadline: poll.deadline.toISOString(),
    closed: isPollClosed(poll, now),
    chosenSlotId: poll.chosenSlotId,
    slots: slots.map((s, i) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      tally: tallies[i].tally,
      refusedBy: tallies[i].refusedBy.map((a) => invited.get(a) as AgencySummary),
    })),
    responses,
    pending: [...invited.values()].filter((a) => !answeredAgencies.has(a.id)),
  };
}
