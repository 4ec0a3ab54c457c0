// Who may see and who may change a meeting: decided here and nowhere else. Reads apply the
// visibility condition inside the SQL of every list, count and single read; a meeting the
// caller may not see is answered 404, exactly like one that does not exist.
import type { MeetingStatus } from '@cumbre/contracts';
import type { AuthUser } from '../common/auth-user';
import type { SqlCondition } from '../common/sql-condition';
import type { Viewer } from '../common/viewer';
import { memberAgencyIdsSql } from '../users/user.queries';

/** Published to everyone: public meetings once they are out of draft. */
const publicCondition = (m: string) => `(${m}.visibility = 'public' AND ${m}.status <> 'draft')`;

/**
 * The meetings a user takes part in: they convene it, or an agency they belong to hosts it or
 * is invited. This is "my meetings" and the content of their calendar feed.
 */
export function meetingInvolvement(m: string, userId: string, param = 'mvInvolved'): SqlCondition {
  return {
    sql: `(${m}.convener_id = :${param}
      OR ${m}.host_agency_id IN ${memberAgencyIdsSql(param)}
      OR EXISTS (SELECT 1 FROM meeting_invitation mvi
                 WHERE mvi.meeting_id = ${m}.id AND mvi.organization_id IN ${memberAgencyIdsSql(param)}))`,
    params: { [param]: userId },
  };
}

/**
 * The visibility policy. Admins see every meeting. A signed-in user sees the meetings they take
 * part in (see `meetingInvolvement`) plus public ones. The anonymous public sees public,
 * non-draft meetings only. Drafts are never public, whatever their visibility says.
 */
export function meetingVisibility(m: string, viewer: Viewer): SqlCondition {
  if ('anonymous' in viewer) return { sql: publicCondition(m), params: {} };
  if (viewer.isAdmin) return { sql: 'TRUE', params: {} };
  const involved = meetingInvolvement(m, viewer.userId, 'mvViewer');
  return { sql: `(${involved.sql} OR ${publicCondition(m)})`, params: involved.params };
}

/** What the change rules need to know about a meeting. */
export interface MeetingForPolicy {
  convenerId: string;
  hostAgencyId: string;
  status: MeetingStatus;
}

/** The convener, a leader of the host agency, or an admin may change a meeting. */
export function canManageMeeting(user: AuthUser, meeting: MeetingForPolicy): boolean {
  return (
    user.platformRoles.includes('admin') ||
    meeting.convenerId === user.id ||
    user.memberships.some((ms) => ms.agencyId === meeting.hostAgencyId && ms.role === 'leader')
  );
}

/** A leader or staff member of the host agency, or an admin, may convene a meeting there. */
export function canConveneFor(user: AuthUser, hostAgencyId: string): boolean {
  return (
    user.platformRoles.includes('admin') ||
    user.memberships.some((ms) => ms.agencyId === hostAgencyId && (ms.role === 'leader' || ms.role === 'staff'))
  );
}

/**
 * Leaders and staff answer invitations and date polls for their own agency (staff on behalf of
 * their leader); analysts do not, and nobody answers for another agency.
 */
export function canAnswerFor(user: AuthUser, agencyId: string): boolean {
  return user.memberships.some((ms) => ms.agencyId === agencyId && (ms.role === 'leader' || ms.role === 'staff'));
}
