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

/**
 * Every action the audit log records: the API writes no other (its `AuditRecord.action` is this
 * type) and the admin's audit page words each one, in Spanish and English (a web spec holds it
 * to that). Events stored before an action was renamed keep their old code.
 */
export const AUDIT_ACTIONS = [
  // Identity, access and accounts
  'auth.sign_in_succeeded',
  'auth.sign_in_failed',
  'auth.second_factor_succeeded',
  'auth.second_factor_failed',
  'auth.two_factor_enabled',
  'auth.signed_out',
  'auth.sessions_revoked',
  'auth.password_changed',
  'auth.password_change_failed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.permission_denied',
  'auth.refresh_token_reused',
  'auth.csrf_failed',
  'agency.created',
  'agency.updated',
  'membership.created',
  'membership.updated',
  'membership.deleted',
  'sharing_group.created',
  'sharing_group.updated',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'calendar.feed_rotated',
  'calendar.feed_revoked',
  // Meetings
  'meeting.created',
  'meeting.updated',
  'meeting.status_changed',
  'meeting.invited',
  'meeting.uninvited',
  'meeting.rsvp',
  'meeting.poll_created',
  'meeting.poll_answered',
  'meeting.poll_picked',
  // Agenda, minutes and action plan
  'agenda.item_created',
  'agenda.item_proposed',
  'agenda.item_updated',
  'agenda.item_moved',
  'agenda.item_deleted',
  'agenda.item_accepted',
  'agenda.item_rejected',
  'agenda.published',
  'agenda.secretary_set',
  'agenda.minutes_saved',
  'agenda.decision_recorded',
  'agenda.action_item_created',
  'agenda.action_item_updated',
  'agenda.minutes_published',
  // Library
  'note.created',
  'note.updated',
  'note.deleted',
  'note.access_changed',
  'note.read',
  'note.list',
  'note.search',
  'note.download',
  'note.export',
  'note.commented',
  'note.comment_removed',
  'note.attachment_added',
  'note.attachment_removed',
  'note.endorsed',
  'note.endorsement_withdrawn',
  'note.linked',
  'note.unlinked',
  // Public site
  'announcement.created',
  'announcement.updated',
  'announcement.status_changed',
  'announcement.published_on_schedule',
  'announcement.cover_set',
  'announcement.cover_removed',
  'comment.submitted',
  'comment.approved',
  'comment.rejected',
  'comment.spam',
  'comment.flagged',
  'comment.author_blocked',
  'comment.author_unblocked',
  'comment.word_blocked',
  'comment.word_unblocked',
  // The platform
  'demo.seeded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit event is about (`objectType`). */
export const AUDIT_OBJECT_TYPES = [
  'account',
  'user',
  'agency',
  'membership',
  'sharing_group',
  'route',
  'meeting',
  'agenda_item',
  'decision',
  'action_item',
  'note',
  'announcement',
  'comment',
  'comment_block',
  'comment_blocked_word',
  'database',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

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
