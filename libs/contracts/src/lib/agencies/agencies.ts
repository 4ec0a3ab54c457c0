// Agencies and sharing groups: the shapes the API returns and the web app reads. No framework imports.
import type { MembershipRole } from '../identity/identity';

export const AGENCY_KINDS = ['national', 'regional', 'local', 'police', 'prosecutor', 'other'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** ISO 3166-2 codes of Peru's regions (the northern macro-region first). */
export const PERU_REGION_CODE_PATTERN = /^PE-[A-Z]{3}$/;

export interface AgencySummary {
  id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  isoCode: string | null;
}

export interface AgencyDto extends AgencySummary {
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Send it back with a change; a change based on an older version is refused (409). */
  version: number;
}

export interface SharingGroupDto {
  id: string;
  name: string;
  description: string;
  agencies: AgencySummary[];
  createdAt: string;
  updatedAt: string;
  /** Send it back with a change; a change based on an older version is refused (409). */
  version: number;
}

export interface CreateAgencyRequest {
  name: string;
  shortName: string;
  kind: AgencyKind;
  isoCode?: string | null;
  parentId?: string | null;
}
/** `version` is the one the change is based on; `null` clears `isoCode` or `parentId`. */
export type UpdateAgencyRequest = Partial<CreateAgencyRequest> & { version: number };

export interface CreateSharingGroupRequest {
  name: string;
  description?: string;
  agencyIds: string[];
}
/** `agencyIds`, when given, replaces the whole member set. */
export type UpdateSharingGroupRequest = Partial<CreateSharingGroupRequest> & { version: number };

/** ISO 3166-2 subdivision code: country, hyphen, one to three letters or digits (PE-PIU). */
export const ISO_3166_2_PATTERN = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

export const AGENCY_NAME_MAX_LENGTH = 200;
export const AGENCY_SHORT_NAME_MAX_LENGTH = 40;
export const SHARING_GROUP_NAME_MAX_LENGTH = 120;
export const SHARING_GROUP_DESCRIPTION_MAX_LENGTH = 2000;

/** One agency as the directory shows it to any signed-in user. */
export interface AgencyDirectoryEntry extends AgencyDto {
  parent: AgencySummary | null;
  /** Enabled users with a membership in this agency. */
  memberCount: number;
  /** Enabled users holding the `leader` role here (president, head, cabinet chief). */
  leaders: { userId: string; displayName: string }[];
  sharingGroups: { id: string; name: string }[];
}

/** `GET /api/agencies` query. `q` matches name, short name or ISO code, ignoring case and accents. */
export interface AgencyListQuery {
  kind?: AgencyKind;
  q?: string;
  limit?: number;
  offset?: number;
}

/** `GET /api/sharing-groups` query. `agencyId` keeps the groups that agency belongs to. */
export interface SharingGroupListQuery {
  q?: string;
  agencyId?: string;
  limit?: number;
  offset?: number;
}

/**
 * One enabled member of an agency, as `GET /api/agencies/:id/members` lists them to the agency's
 * own members and to admins (leaders first, then by name). Never carries an e-mail.
 */
export interface AgencyMemberDto {
  user: { id: string; displayName: string };
  role: MembershipRole;
}
