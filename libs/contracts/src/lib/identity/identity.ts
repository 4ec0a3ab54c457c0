import type { TwoFactorStatusDto } from './account';
// Identity and access: users, memberships, sessions and the audit log. No framework imports.
import type { AgencySummary } from '../agencies/agencies';

export const MEMBERSHIP_ROLES = ['leader', 'staff', 'analyst'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PLATFORM_ROLES = ['admin', 'moderator'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** TLP 2.0 markings, lowest to highest. A membership's clearance is the highest it may read. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

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
/**
 * Not a secret, readable by the page: "this browser may have a session". Set and cleared with
 * the session cookies, so that a signed-out visit does not probe `GET /api/auth/me` (a 401 the
 * browser logs as a console error) only to learn that nobody is signed in.
 */
export const SESSION_HINT_COOKIE = 'cumbre_session';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
