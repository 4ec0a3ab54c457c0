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
}

export interface SharingGroupDto {
  id: string;
  name: string;
  description: string;
  agencies: AgencySummary[];
  createdAt: string;
  updatedAt: string;
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
}

/** The signed-in user, as `GET /api/auth/me` returns it. */
export interface MeDto {
  id: string;
  email: string;
  displayName: string;
  platformRoles: PlatformRole[];
  memberships: MembershipDto[];
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
export type UpdateAgencyRequest = Partial<CreateAgencyRequest>;

export interface CreateSharingGroupRequest {
  name: string;
  description?: string;
  agencyIds: string[];
}
export type UpdateSharingGroupRequest = Partial<CreateSharingGroupRequest>;

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
