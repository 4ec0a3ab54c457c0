// Checks shared by the meeting use cases; each throws the 4xx that names the problem.
import type { ConflictDto } from '@cumbre/contracts';
import { canonicalTimeZone, checkMeetingTimes, isClosedStatus } from '@cumbre/scheduling';
import type { AuthUser } from '../common/auth-user';
import { ApiError } from '../common/api-error';
import { assertCurrentVersion, type VersionedResource } from '../common/versioned-update';
import type { MeetingEntity } from './entities/meeting.entity';
import { canAnswerFor, canManageMeeting } from './meeting-access.policy';

export function assertCanManage(user: AuthUser, m: MeetingEntity): void {
  if (!canManageMeeting(user, m)) {
    throw new ApiError(
      'meeting.manage_forbidden',
      'only the convener, a leader of the host agency or an admin may change this meeting',
    );
  }
}

/** Invitations and polls are answered by a leader or staff member of the agency answering. */
export function assertCanAnswerFor(user: AuthUser, agencyId: string): void {
  if (!canAnswerFor(user, agencyId)) {
    throw new ApiError(
      'meeting.answer_forbidden',
      `you may answer only for an agency where you are leader or staff; you are not for agency ${agencyId}`,
      { field: 'agencyId', params: { agencyId } },
    );
  }
}

/** Cancelled and concluded meetings are read-only. */
export function assertOpen(m: MeetingEntity): void {
  if (isClosedStatus(m.status)) {
    throw new ApiError('meeting.closed', `the meeting is ${m.status}; it can no longer be changed`, {
      params: { status: m.status },
    });
  }
}

export const MEETING: VersionedResource = { name: 'meeting', notFound: 'meeting.not_found' };

export function assertVersion(m: MeetingEntity, version: number): void {
  assertCurrentVersion(MEETING, version, m.version);
}

export function assertTimes(startsAt: Date | null, endsAt: Date | null): void {
  const [problem] = checkMeetingTimes(startsAt, endsAt);
  if (problem) throw new ApiError(problem.code, problem.message, { field: problem.field });
}

export function canonicalZoneOrThrow(zone: string): string {
  const canonical = canonicalTimeZone(zone);
  if (!canonical) {
    throw new ApiError('validation.not_time_zone', 'timeZone must be an IANA time zone such as America/Lima', {
      field: 'timeZone',
    });
  }
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
