import type { MeetingStatus } from '@cumbre/contracts';
import { rangesOverlap, TimeRange } from './interval';

/** What the conflict rule needs to know about a meeting. */
export interface ScheduledMeeting extends TimeRange {
  id: string;
  status: MeetingStatus;
  hostAgencyId: string;
  /** Users named as delegates by any invited agency. */
  delegateUserIds: readonly string[];
}

export interface MeetingConflict {
  meetingId: string;
  /** The other meeting has the same host agency. */
  sharedHost: boolean;
  /** Users who are delegates of both meetings, in the other meeting's order. */
  sharedDelegateUserIds: string[];
}

/**
 * Two meetings conflict when they overlap in time and share the host agency or a delegate.
 * Cancelled meetings never conflict; neither does a meeting with itself.
 */
export function conflictBetween(target: ScheduledMeeting, other: ScheduledMeeting): MeetingConflict | null {
  if (other.id === target.id) return null;
  if (other.status === 'cancelled' || target.status === 'cancelled') return null;
  if (!rangesOverlap(target, other)) return null;
  const sharedHost = other.hostAgencyId === target.hostAgencyId;
  const mine = new Set(target.delegateUserIds);
  const sharedDelegateUserIds = [...new Set(other.delegateUserIds)].filter((id) => mine.has(id));
  if (!sharedHost && sharedDelegateUserIds.length === 0) return null;
  return { meetingId: other.id, sharedHost, sharedDelegateUserIds };
}

/** Every candidate that conflicts with `target`, ordered by start time then id (stable output). */
export function findConflicts(target: ScheduledMeeting, candidates: readonly ScheduledMeeting[]): MeetingConflict[] {
  return [...candidates]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
    .map((c) => conflictBetween(target, c))
    .filter((c): c is MeetingConflict => c !== null);
}
