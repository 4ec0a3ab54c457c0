import type { TwoFactorStatusDto } from './account';
// Identity and access: the shapes the API returns and the web app reads. No framework imports.

export const AGENCY_KINDS = ['national', 'regional', 'local', 'police', 'prosecutor', 'other'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const MEMBERSHIP_ROLES = ['leader', 'staff', 'analyst'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PLATFORM_ROLES = ['admin', 'moderator'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** TLP 2.0 markings, lowest to highest. A membership's clearance is the highest it may read. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** ISO 3166-2 codes of Peru's regions (the northern macro-region first). */
export const PERU_REGION_CODE_PATTERN = /^PE-[A-Z]{3}$/;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

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

export interface MembershipDto {
  id: string;
  agency: AgencySummary;
  role: MembershipRole;
  clearance: TlpLevel;
}

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  platformRoles: PlatformRole[];
  disabled: boolean;
  memberships: MembershipDto[];
  createdAt: string;
  updatedAt: string;
  /** Send it back in `UpdateUserRequest.version`: a stale edit gets 409 instead of overwriting. */
  version: number;
}

/** The signed-in user, as `GET /api/auth/me` returns it. */
export interface MeDto {
  id: string;
  email: string;
  displayName: string;
  platformRoles: PlatformRole[];
  memberships: MembershipDto[];
  /** Present on sign-in and `GET /api/auth/me`. */
  twoFactor?: TwoFactorStatusDto;
}

export interface SignInRequest {
  email: string;
  password: string;
}

/** Returned to API clients that ask for bearer tokens (`POST /api/auth/token`). */
export interface TokenPairDto {
  tokenType: 'Bearer';
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
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

export interface CreateUserRequest {
  email: string;
  displayName: string;
  password: string;
  platformRoles?: PlatformRole[];
}

export interface UpdateUserRequest {
  displayName?: string;
  platformRoles?: PlatformRole[];
  disabled?: boolean;
  /** The `version` the change is based on; a change based on an older one is refused (409). */
  version: number;
}

export interface UserListQuery {
  /** Matches display name or e-mail, case-insensitively. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface CreateMembershipRequest {
  agencyId: string;
  role: MembershipRole;
  clearance?: TlpLevel;
}

export interface UpdateMembershipRequest {
  role?: MembershipRole;
  clearance?: TlpLevel;
}

export interface AuditEventDto {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  action?: string;
  actorUserId?: string;
  objectType?: string;
  objectId?: string;
  /** ISO 8601; inclusive. */
  from?: string;
  /** ISO 8601; exclusive. */
  to?: string;
  limit?: number;
  offset?: number;
}

/** Names of the cookies and header of the browser session (same origin as the API). */
export const ACCESS_TOKEN_COOKIE = 'cumbre_at';
export const REFRESH_TOKEN_COOKIE = 'cumbre_rt';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The error body every 4xx/5xx carries. `message` names the field or the rule that failed. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  requestId?: string;
}

// --- Agency directory and sharing groups (agencies module) ---

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
