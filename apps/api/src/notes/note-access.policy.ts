// Who may read and who may change a knowledge note: decided here and nowhere else. Every query
// that returns notes or facts about them (single read, list, search, count, facets, history,
// comments, attachments, exports, agenda links, readers) puts `noteVisibility` inside its own SQL;
// a note the caller may not read is answered 404, exactly like one that does not exist.
//
// The rules (issue #10), as SQL over one membership at a time:
// - best practices: shared ones are read by every signed-in user; public ones also anonymously;
// - intelligence is never public and a platform admin has no read by role;
// - a membership reads an intelligence note when its clearance is at or above the marking
//   (CLEAR < GREEN < AMBER < AMBER+STRICT < RED) AND its agency is reached by the distribution
//   (agency_only: the author agency; sharing_group: the group's agencies; all_agencies: any);
//   AMBER+STRICT reaches only the author agency whatever the distribution says; the clearance
//   and the agency are those of the SAME membership (never one's clearance with another's agency);
// - RED reaches only its named recipients (who hold a RED clearance) and the author;
// - drafts and withdrawn notes: the author, and the author agency's leader when cleared.
import { TLP_LEVELS, type NoteDistribution, type TlpLevel } from '@cumbre/contracts';
import type { AuthUser } from '../common/auth-user';
import type { SqlCondition } from '../common/sql-condition';
import { membershipsOfSql } from '../users/user.queries';

/** The reader of a note: a signed-in user, or null for the anonymous public. */
export type NoteReader = AuthUser | null;

const LEVELS_SQL = `ARRAY[${TLP_LEVELS.map((l) => `'${l}'`).join(',')}]::varchar[]`;
/** A marking's or a clearance's place in the TLP order, in SQL (1 = CLEAR … 5 = RED). */
const tlpRankSql = (expression: string) => `array_position(${LEVELS_SQL}, ${expression}::varchar)`;

export const tlpRank = (level: TlpLevel): number => TLP_LEVELS.indexOf(level);

/** The anonymous public: shared best practices published to the public, nothing else. */
const publicCondition = (n: string) => `(${n}.kind = 'best_practice' AND ${n}.status = 'shared' AND ${n}.is_public)`;

/**
 * The visibility policy as a WHERE fragment on the note alias `n`. `param` prefixes the bound
 * parameters so that one query may hold it twice.
 *
 * The reader's memberships are read ONCE per statement, not once per note: for each marking
 * level L the fragment asks for "the agencies where I hold a membership cleared L or above"
 * (and "…where that membership is the leader's", "the sharing groups of those agencies") as
 * uncorrelated sub-selects, which PostgreSQL runs once (InitPlans) and then compares each note
 * with by `= ANY(array)`. Each array is built from single memberships, so the clearance and the
 * agency checked together always belong to the same membership. This keeps a search over
 * 100,000 notes from running an index probe per candidate note (and keeps its cost estimate
 * under the JIT threshold).
 */
export function noteVisibility(n: string, reader: NoteReader, param = 'nv'): SqlCondition {
  if (!reader) return { sql: publicCondition(n), params: {} };
  const u = `${param}User`;
  const memberships = membershipsOfSql(u);
  /** Agencies where one of my memberships is cleared at level `level` (1 = CLEAR … 5 = RED) or above. */
  const agencies = (level: number, leaderOnly = false) =>
    `ARRAY(SELECT msv.organization_id FROM ${memberships} msv
      WHERE ${tlpRankSql('msv.clearance')} >= ${level}${leaderOnly ? ` AND msv.role = 'leader'` : ''})`;
  /** Sharing groups with one of those agencies. */
  const groups = (level: number) =>
    `ARRAY(SELECT sgm.sharing_group_id FROM sharing_group_member sgm WHERE sgm.organization_id = ANY(${agencies(level)}))`;
  /** `check(level)` for the note's own marking. */
  const atMarking = (check: (level: number, marking: TlpLevel) => string) =>
    `(CASE ${n}.marking ${TLP_LEVELS.map((m, i) => `WHEN '${m}' THEN ${check(i + 1, m)}`).join(' ')} ELSE FALSE END)`;
  // AMBER+STRICT reaches only the author agency whatever the distribution says.
  const reached = (level: number, marking: TlpLevel) =>
    marking === 'AMBER+STRICT'
      ? `${n}.author_agency_id = ANY(${agencies(level)})`
      : `(CASE ${n}.distribution
          WHEN 'all_agencies' THEN cardinality(${agencies(level)}) > 0
          WHEN 'agency_only' THEN ${n}.author_agency_id = ANY(${agencies(level)})
          WHEN 'sharing_group' THEN ${n}.sharing_group_id = ANY(${groups(level)})
          ELSE FALSE END)`;
  const sql = `(
    ${n}.author_id = :${u}
    OR (${n}.status IN ('draft', 'withdrawn') AND ${atMarking((level) => `${n}.author_agency_id = ANY(${agencies(level, true)})`)})
    OR (${n}.status = 'shared' AND ${n}.kind = 'best_practice')
    OR (${n}.status = 'shared' AND ${n}.kind = 'intelligence' AND ${n}.marking = 'RED'
          AND :${u} = ANY(${n}.red_recipient_ids)
          AND EXISTS (SELECT 1 FROM ${memberships} msr WHERE msr.clearance = 'RED'))
    OR (${n}.status = 'shared' AND ${n}.kind = 'intelligence' AND ${n}.marking <> 'RED'
          AND ${atMarking(reached)})
  )`;
  return { sql, params: { [u]: reader.id } };
}

/** What the change rules need to know about a note. */
export interface NoteForPolicy {
  authorId: string | null;
  authorAgencyId: string;
  marking: TlpLevel;
  distribution: NoteDistribution;
  sharingGroupId: string | null;
  isPublic: boolean;
  redRecipientIds: string[];
}

const isLeaderOf = (user: AuthUser, agencyId: string) =>
  user.memberships.some((ms) => ms.agencyId === agencyId && ms.role === 'leader');

/** The author agency's leader: widens, publishes, sees who read. */
export const isAuthorAgencyLeader = (user: AuthUser, note: Pick<NoteForPolicy, 'authorAgencyId'>): boolean =>
  isLeaderOf(user, note.authorAgencyId);

/**
 * The author or the author agency's leader edit and delete a note they can read (the read is
 * checked first, by loading the note through `noteVisibility`). An admin has no edit by role.
 */
export function canEditNote(user: AuthUser, note: NoteForPolicy): boolean {
  return (note.authorId !== null && note.authorId === user.id) || isLeaderOf(user, note.authorAgencyId);
}

const DISTRIBUTION_WIDTH: Record<NoteDistribution, number> = { agency_only: 0, sharing_group: 1, all_agencies: 2 };

/**
 * Whether a change reaches more readers than before: a lower marking, a wider distribution,
 * another sharing group, more RED recipients, or publishing to the public. Such a change needs
 * the author agency's leader. Returns the field at fault, or null when nothing widens.
 */
export function wideningField(before: NoteForPolicy, after: NoteForPolicy): string | null {
  if (tlpRank(after.marking) < tlpRank(before.marking)) return 'marking';
  if (DISTRIBUTION_WIDTH[after.distribution] > DISTRIBUTION_WIDTH[before.distribution]) return 'distribution';
  if (
    after.distribution === 'sharing_group' &&
    before.distribution === 'sharing_group' &&
    after.sharingGroupId !== before.sharingGroupId
  )
    return 'sharingGroupId';
  if (after.marking === 'RED' && after.redRecipientIds.some((id) => !before.redRecipientIds.includes(id)))
    return 'redRecipientIds';
  if (after.isPublic && !before.isPublic) return 'isPublic';
  return null;
}

/**
 * Who may look up the people a RED note may name (across agencies): whoever can write a RED
 * note, i.e. holds a RED clearance in at least one membership. Others are refused (403): the
 * route is no secret, the list of RED-cleared people is.
 */
export const canNameRedRecipients = (user: AuthUser): boolean => user.memberships.some((ms) => ms.clearance === 'RED');

/** Staff and leaders comment and endorse for their agencies; endorsing one's own agency's note is not "this helped us". */
export function endorsingAgencyIds(user: AuthUser, note: Pick<NoteForPolicy, 'authorAgencyId'>): string[] {
  return user.memberships
    .filter((ms) => (ms.role === 'leader' || ms.role === 'staff') && ms.agencyId !== note.authorAgencyId)
    .map((ms) => ms.agencyId);
}
