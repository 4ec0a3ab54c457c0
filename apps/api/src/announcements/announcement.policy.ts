import type { AuthUser } from '../common/auth-user';
import type { SqlCondition } from '../common/sql-condition';

/** Communications officers (platform `moderator`) and admins write for any agency. */
export function isCommunications(user: AuthUser): boolean {
  return user.platformRoles.includes('moderator') || user.platformRoles.includes('admin');
}

/** Who writes an agency's announcements: communications, or a leader of that agency. */
export function canWriteFor(user: AuthUser, agencyId: string): boolean {
  return isCommunications(user) || user.memberships.some((m) => m.agencyId === agencyId && m.role === 'leader');
}

/**
 * The announcements a signed-in writer sees in the staff editor (drafts included): all of them
 * for communications, their own agencies' for leaders, none for anyone else (the public site
 * shows the published ones). Applied inside the SQL of every staff read.
 */
export function staffVisibility(user: AuthUser, a = 'a'): SqlCondition {
  if (isCommunications(user)) return { sql: 'TRUE', params: {} };
  const agencies = user.memberships.filter((m) => m.role === 'leader').map((m) => m.agencyId);
  return { sql: `${a}.agency_id = ANY(CAST(:leaderAgencies AS uuid[]))`, params: { leaderAgencies: agencies } };
}
