// Who may read and who may change an agenda, its minutes and its action items: decided here and
// nowhere else. Reads stand on the meeting's visibility (meetings' `visibleMeetings`, i.e.
// `meetingVisibility`, inside the same SQL): a meeting the caller may not see answers 404 on
// every agenda, minutes and action-item route. The change rules are pure functions.
import type { AgendaPermissions, MeetingStatus } from '@cumbre/contracts';
import { isClosedStatus } from '@cumbre/scheduling';
import type { AuthUser } from '../common/auth-user';
import type { SqlCondition } from '../common/sql-condition';
import { memberAgencyIdsSql } from '../users/user.queries';

/** What the rules need to know about a meeting and its agenda. */
export interface AgendaFacts {
  convenerId: string;
  hostAgencyId: string;
  status: MeetingStatus;
  invitedAgencyIds: readonly string[];
  secretaryUserId: string | null;
}

const isAdmin = (user: AuthUser) => user.platformRoles.includes('admin');
const isLeader = (user: AuthUser, agencyId: string) =>
  user.memberships.some((ms) => ms.agencyId === agencyId && ms.role === 'leader');
const isLeaderOrStaff = (user: AuthUser, agencyId: string) =>
  user.memberships.some((ms) => ms.agencyId === agencyId && (ms.role === 'leader' || ms.role === 'staff'));

/** Edit directly: the convener, the host agency's leader and staff, an admin. */
export function canEditAgenda(user: AuthUser, f: AgendaFacts): boolean {
  return isAdmin(user) || f.convenerId === user.id || isLeaderOrStaff(user, f.hostAgencyId);
}

/** The invited agencies the caller may propose items for: where they are leader or staff. */
export function proposableAgencies(user: AuthUser, f: AgendaFacts): string[] {
  return f.invitedAgencyIds.filter((agencyId) => isLeaderOrStaff(user, agencyId));
}

/** Accept, reject, publish, name the secretary: the convener, the host agency's leader, an admin. */
export function canDecideAgenda(user: AuthUser, f: AgendaFacts): boolean {
  return isAdmin(user) || f.convenerId === user.id || isLeader(user, f.hostAgencyId);
}

/** Minutes, decisions, action items: the convener, the designated secretary, an admin. */
export function canRecordMinutes(user: AuthUser, f: AgendaFacts): boolean {
  return isAdmin(user) || f.convenerId === user.id || (f.secretaryUserId !== null && f.secretaryUserId === user.id);
}

/** An action item's status and comments: its owner agency's leaders and staff, the convener, an admin. */
export function canUpdateActionItem(user: AuthUser, ownerAgencyId: string, convenerId: string): boolean {
  return isAdmin(user) || convenerId === user.id || isLeaderOrStaff(user, ownerAgencyId);
}

/** The anonymous public's: reading only. */
export const NO_AGENDA_PERMISSIONS: AgendaPermissions = Object.freeze({
  edit: false,
  proposeFor: [],
  decide: false,
  publish: false,
  recordMinutes: false,
  nameSecretary: false,
  linkNotes: false,
});

/**
 * What the caller may do now, as the agenda's answer tells the UI: the roles above, narrowed as
 * the writes narrow them (agenda-rules). A concluded or cancelled meeting's agenda no longer
 * changes (no edits, proposals, decisions or versions); its minutes are written until they are
 * published, never for a cancelled meeting; notes may still be linked to its items.
 */
export function agendaPermissions(user: AuthUser, f: AgendaFacts, minutesPublished: boolean): AgendaPermissions {
  const open = !isClosedStatus(f.status);
  const editor = canEditAgenda(user, f);
  const decider = canDecideAgenda(user, f);
  const minutesOpen = f.status !== 'cancelled' && !minutesPublished;
  return {
    edit: open && editor,
    proposeFor: open && !editor ? proposableAgencies(user, f) : [],
    decide: open && decider,
    publish: open && decider,
    recordMinutes: minutesOpen && canRecordMinutes(user, f),
    nameSecretary: minutesOpen && decider,
    linkNotes: editor,
  };
}

/** Host and invited agencies: who may own an action item, endorse a decision, present, be secretary. */
export function participantAgencies(f: AgendaFacts): string[] {
  return [f.hostAgencyId, ...f.invitedAgencyIds];
}

/**
 * `itemVisibility` for an item already in memory (AgendaQueries keeps an agenda's items between
 * changes and filters them per reader): the same rule, with the reader's memberships as loaded
 * for this request.
 */
export function itemVisibleTo(
  item: { proposalStatus: string; proposedByAgency?: { id: string } | null },
  user: AuthUser,
  editor: boolean,
): boolean {
  if (editor || item.proposalStatus === 'accepted') return true;
  const proposer = item.proposedByAgency?.id;
  return proposer !== undefined && user.memberships.some((m) => m.agencyId === proposer);
}

/**
 * Which items of an agenda (alias `i`) the caller reads: accepted ones always; proposals (waiting
 * or rejected, with the reason) only for editors and for members of the proposing agency.
 */
export function itemVisibility(i: string, user: AuthUser, editor: boolean): SqlCondition {
  if (editor) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${i}.proposal_status = 'accepted' OR ${i}.proposed_by_agency_id IN ${memberAgencyIdsSql('ivViewer')})`,
    params: { ivViewer: user.id },
  };
}
