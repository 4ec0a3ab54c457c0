// Pure rules of the minutes screens: who may be named secretary, who may comment on an action
// item, and an action item's history in the reader's words. Tested without a browser.
import type { ActionItemEventDto, AgencyMemberDto, AgencySummary, MeetingDto, MembershipDto } from '@cumbre/contracts';
import { fill } from '../../../core/i18n/translate';
import type { MinutesMessages } from './minutes.messages';

export interface SecretaryCandidate {
  id: string;
  displayName: string;
  agency: AgencySummary;
}

/**
 * People the convener may name secretary (the API accepts any member of the host or an invited
 * agency): the host's members the caller may list, then each invited agency's delegates; each
 * person once, by agency then name.
 */
export function secretaryCandidates(
  meeting: Pick<MeetingDto, 'hostAgency' | 'invitations'>,
  hostMembers: readonly AgencyMemberDto[],
): SecretaryCandidate[] {
  const seen = new Set<string>();
  const out: SecretaryCandidate[] = [];
  const add = (id: string, displayName: string, agency: AgencySummary) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, displayName, agency });
  };
  const byName = <T extends { displayName: string }>(a: T, b: T) => a.displayName.localeCompare(b.displayName, 'es');
  for (const m of [...hostMembers].map((x) => x.user).sort(byName)) add(m.id, m.displayName, meeting.hostAgency);
  for (const inv of meeting.invitations)
    for (const d of [...inv.delegates].sort(byName)) add(d.id, d.displayName, inv.agency);
  return out;
}

/**
 * Mirrors the API's rule for an action item's status and comments: the owner agency's leaders
 * and staff, the meeting's convener, an admin (the API decides; this only hides dead controls).
 */
export function canUpdateActionItem(
  me: { id: string } | null,
  memberships: readonly Pick<MembershipDto, 'agency' | 'role'>[],
  isAdmin: boolean,
  ownerAgencyId: string,
  convenerId: string | null,
): boolean {
  if (!me) return false;
  if (isAdmin || me.id === convenerId) return true;
  return memberships.some((m) => m.agency.id === ownerAgencyId && (m.role === 'leader' || m.role === 'staff'));
}

/** One history entry as a sentence: "creó el compromiso", "cambió el estado de Abierto a Hecho". */
export function historyLine(e: ActionItemEventDto, t: MinutesMessages, status: (s: string) => string): string {
  if (e.kind === 'created') return t.historyCreated;
  if (e.kind === 'status')
    return fill(t.historyStatus, {
      from: e.fromStatus ? status(e.fromStatus) : '—',
      to: e.toStatus ? status(e.toStatus) : '—',
    });
  return t.historyComment;
}
