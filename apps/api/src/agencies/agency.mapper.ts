import type {
  AgencyDirectoryEntry,
  AgencyDto,
  AgencyMemberDto,
  AgencySummary,
  MembershipRole,
  SharingGroupDto,
} from '@cumbre/contracts';
import type { AgencyEntity } from './entities/agency.entity';
import type { SharingGroupEntity } from './entities/sharing-group.entity';

export function mapAgencySummary(
  agency: Pick<AgencyEntity, 'id' | 'name' | 'shortName' | 'kind' | 'isoCode'>,
): AgencySummary {
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    kind: agency.kind,
    isoCode: agency.isoCode,
  };
}

export function mapAgency(agency: AgencyEntity): AgencyDto {
  return {
    ...mapAgencySummary(agency),
    parentId: agency.parentId,
    createdAt: agency.createdAt.toISOString(),
    updatedAt: agency.updatedAt.toISOString(),
    version: agency.version,
  };
}

/** What the directory adds to an agency, read by aggregate queries beside the agency itself. */
export interface AgencyDirectoryFacts {
  memberCount: number;
  leaders: { userId: string; displayName: string }[];
  sharingGroups: { id: string; name: string }[];
}

export const NO_DIRECTORY_FACTS: AgencyDirectoryFacts = { memberCount: 0, leaders: [], sharingGroups: [] };

/** `agency.parent` must have been joined when the agency has a parent. */
export function mapAgencyDirectoryEntry(agency: AgencyEntity, facts: AgencyDirectoryFacts): AgencyDirectoryEntry {
  return {
    ...mapAgency(agency),
    parent: agency.parent ? mapAgencySummary(agency.parent) : null,
    memberCount: facts.memberCount,
    leaders: facts.leaders.map((l) => ({ userId: l.userId, displayName: l.displayName })),
    sharingGroups: facts.sharingGroups.map((g) => ({ id: g.id, name: g.name })),
  };
}

/** One member as the member-list query reads it (the query selects no e-mail to begin with). */
export interface AgencyMemberRow {
  userId: string;
  displayName: string;
  role: MembershipRole;
}

export function mapAgencyMember(row: AgencyMemberRow): AgencyMemberDto {
  return { user: { id: row.userId, displayName: row.displayName }, role: row.role };
}

/** `group.agencies` must have been joined; members are listed by name. */
export function mapSharingGroup(group: SharingGroupEntity): SharingGroupDto {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    agencies: [...(group.agencies ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'es') || a.id.localeCompare(b.id))
      .map(mapAgencySummary),
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
    version: group.version,
  };
}
