// Checks shared by the meeting use cases; each throws the 4xx that names the problem.
import { BadRequestException, ConflictException, ForbiddenException } from '@nestjs/common';
import type { ConflictDto } from '@cumbre/contracts';
import { canonicalTimeZone, checkMeetingTimes, isClosedStatus } from '@cumbre/scheduling';
import type { AuthUser } from '../common/auth-user';
import type { MeetingEntity } from './entities/meeting.entity';
import { canManageMeeting } from './meeting-access.policy';

export function assertCanManage(user: AuthUser, m: MeetingEntity): void {
  if (!canManageMeeting(user, m)) {
    throw new ForbiddenException('only the convener, a leader of the host agency or an admin may change this meeting');
  }
}

/** Cancelled and concluded meetings are read-only. */
export function assertOpen(m: MeetingEntity): void {
  if (isClosedStatus(m.status)) {
    throw new ConflictException(`the meeting is ${m.status}; it can no longer be changed`);
  }
}

export function assertVersion(m: MeetingEntity, version: number): void {
  if (m.version !== version) throw staleVersion(m.version, version);
}

export function staleVersion(current?: number, sent?: number): ConflictException {
  const versions = current !== undefined ? ` (current version ${current}, yours ${sent})` : '';
  return new ConflictException(`the meeting was changed by someone else${versions}; reload it and try again`);
}

export function assertTimes(startsAt: Date | null, endsAt: Date | null): void {
  const [problem] = checkMeetingTimes(startsAt, endsAt);
  if (problem) throw new BadRequestException(problem.message);
}

export function canonicalZoneOrThrow(zone: string): string {
  const canonical = canonicalTimeZone(zone);
  if (!canonical) throw new BadRequestException('timeZone must be an IANA time zone such as America/Lima');
  return canonical;
}

/** What the audit log keeps of confirmed conflicts. */
export function conflictAudit(conflicts: ConflictDto[]) {
  return conflicts.map((c) => ({
    meetingId: c.meetingId,
    sharedHost: c.sharedHost?.id ?? null,
    sharedDelegates: c.sharedDelegates.map((d) => d.id),
  }));
}
