import type { AgencyMemberDto, MembershipRole, PersonSummary } from '@cumbre/contracts';

/** A person the RSVP form offers as a delegate; `role` is null when they are no longer listed. */
export interface DelegateCandidate extends PersonSummary {
  role: MembershipRole | null;
}

/**
 * The people who may be named delegates: every enabled member of the agency (delegates are
 * whoever attends, so any role), plus the person answering and whoever is already a delegate,
 * so that a failed member list or a delegate who has since left never silently drops a name.
 * Leaders first, then by name.
 */
export function delegateCandidates(
  members: readonly AgencyMemberDto[],
  me: PersonSummary | null,
  current: readonly PersonSummary[],
): DelegateCandidate[] {
  const byId = new Map<string, DelegateCandidate>();
  for (const p of current) byId.set(p.id, { ...p, role: null });
  if (me && !byId.has(me.id)) byId.set(me.id, { ...me, role: null });
  for (const m of members)
    byId.set(m.user.id, {
      id: m.user.id,
      displayName: m.user.displayName,
      role: m.role,
    });
  const rank = (c: DelegateCandidate) => (c.role === 'leader' ? 0 : 1);
  return [...byId.values()].sort(
    (a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, 'es') || a.id.localeCompare(b.id),
  );
}
