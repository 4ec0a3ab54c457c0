// The rules a note's marking, distribution, group and recipients must satisfy, for a new note and
// for an edit alike: each broken rule is a 4xx with its own code and the field at fault.
import type { EntityManager } from 'typeorm';
import type { NoteDistribution, NoteKind, TlpLevel } from '@cumbre/contracts';
import { isSharingGroupMember } from '../agencies/agency.queries';
import { ApiError } from '../common/api-error';
import type { AuthUser } from '../common/auth-user';
import { redClearedUserIds } from '../users/user.queries';
import { tlpRank } from './note-access.policy';

/** Who may read a note, as the request asks for it (before the rules). */
export interface AccessAsked {
  marking?: TlpLevel;
  distribution?: NoteDistribution;
  sharingGroupId?: string | null;
  redRecipientIds?: string[];
  isPublic?: boolean;
}

/** Who may read a note, complete. */
export interface AccessSettings {
  marking: TlpLevel;
  distribution: NoteDistribution;
  sharingGroupId: string | null;
  redRecipientIds: string[];
  isPublic: boolean;
}

const bad = (
  code: 'note.best_practice_unmarked' | 'note.marking_required' | 'note.intelligence_never_public',
  field: string,
) => new ApiError(code, `${field}: ${code}`, { field });

/**
 * The settings a note ends with: `asked` over `current` (null for a new note). Best practices
 * are CLEAR for all agencies; leaving the group distribution drops the group and leaving RED
 * drops the recipients, unless the request names them (which is then refused below).
 */
export function resolveAccess(kind: NoteKind, asked: AccessAsked, current: AccessSettings | null): AccessSettings {
  if (kind === 'best_practice') {
    if (asked.marking !== undefined && asked.marking !== 'CLEAR') throw bad('note.best_practice_unmarked', 'marking');
    if (asked.distribution !== undefined && asked.distribution !== 'all_agencies')
      throw bad('note.best_practice_unmarked', 'distribution');
    if (asked.sharingGroupId) throw bad('note.best_practice_unmarked', 'sharingGroupId');
    if (asked.redRecipientIds?.length) throw bad('note.best_practice_unmarked', 'redRecipientIds');
    return {
      marking: 'CLEAR',
      distribution: 'all_agencies',
      sharingGroupId: null,
      redRecipientIds: [],
      isPublic: asked.isPublic ?? current?.isPublic ?? false,
    };
  }
  if (asked.isPublic) throw bad('note.intelligence_never_public', 'isPublic');
  const marking = asked.marking ?? current?.marking;
  if (!marking) throw bad('note.marking_required', 'marking');
  const distribution = asked.distribution ?? current?.distribution;
  if (!distribution) throw bad('note.marking_required', 'distribution');
  const sharingGroupId =
    asked.sharingGroupId !== undefined
      ? asked.sharingGroupId
      : distribution === 'sharing_group'
        ? (current?.sharingGroupId ?? null)
        : null;
  const redRecipientIds =
    asked.redRecipientIds !== undefined
      ? asked.redRecipientIds
      : marking === 'RED'
        ? (current?.redRecipientIds ?? [])
        : [];
  return { marking, distribution, sharingGroupId, redRecipientIds, isPublic: false };
}

/**
 * The checks that need the database: the group holds the author agency, RED recipients exist
 * and hold a RED clearance, and the writer's clearance in the author agency covers the marking.
 */
export async function checkAccess(
  manager: EntityManager,
  settings: AccessSettings,
  authorAgencyId: string,
  writer: AuthUser,
): Promise<void> {
  const { marking, distribution, sharingGroupId, redRecipientIds } = settings;
  if ((distribution === 'sharing_group') !== (sharingGroupId !== null)) {
    throw new ApiError('note.sharing_group_required', 'sharingGroupId goes with the sharing_group distribution only', {
      field: 'sharingGroupId',
    });
  }
  if (sharingGroupId && !(await isSharingGroupMember(manager, sharingGroupId, authorAgencyId))) {
    throw new ApiError('note.sharing_group_not_joined', "the author's agency is not in that sharing group", {
      field: 'sharingGroupId',
    });
  }
  if (marking === 'RED' && redRecipientIds.length === 0) {
    throw new ApiError('note.red_needs_recipients', 'RED needs named recipients', { field: 'redRecipientIds' });
  }
  if (marking !== 'RED' && redRecipientIds.length > 0) {
    throw new ApiError('note.recipients_only_for_red', 'named recipients are for RED only', {
      field: 'redRecipientIds',
    });
  }
  if (redRecipientIds.length > 0) {
    const cleared = new Set(await redClearedUserIds(manager, redRecipientIds));
    const ids = redRecipientIds.filter((id) => !cleared.has(id));
    if (ids.length > 0) {
      throw new ApiError('note.recipient_not_cleared', 'recipients without a RED clearance', {
        field: 'redRecipientIds',
        params: { ids },
      });
    }
  }
  const membership = writer.memberships.find((ms) => ms.agencyId === authorAgencyId);
  if (membership && tlpRank(membership.clearance) < tlpRank(marking)) {
    throw new ApiError('note.marking_above_clearance', 'the marking is above your clearance', {
      field: 'marking',
      params: { clearance: membership.clearance },
    });
  }
}
