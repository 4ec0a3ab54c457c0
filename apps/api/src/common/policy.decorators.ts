import { SetMetadata } from '@nestjs/common';
import type { ErrorCode, PlatformRole } from '@cumbre/contracts';

// The access policy of every route is declared with exactly one of these. The global guard
// refuses any route that declares none, and a test walks every route to prove it.
export const IS_PUBLIC_KEY = 'cumbre:public';
export const REQUIRED_ROLES_KEY = 'cumbre:roles';

/** Reachable without signing in. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Any signed-in, enabled user; finer rules (agency, role, clearance) live in the service query. */
export const Authenticated = () => SetMetadata(REQUIRED_ROLES_KEY, [] as PlatformRole[]);

/** Signed-in users holding at least one of these platform roles. */
export const Roles = (...roles: [PlatformRole, ...PlatformRole[]]) => SetMetadata(REQUIRED_ROLES_KEY, roles);

export const ROLE_REFUSAL_KEY = 'cumbre:role-refusal';

/**
 * The error code a signed-in caller without the `@Roles(...)` gets (403) on these routes, when
 * the area has its own word for it (`moderation.forbidden`); `auth.forbidden_role` otherwise.
 */
export const RoleRefusal = (code: ErrorCode) => SetMetadata(ROLE_REFUSAL_KEY, code);
