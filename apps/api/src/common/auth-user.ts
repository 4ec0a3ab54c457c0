import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { MembershipRole, PlatformRole, TlpLevel } from '@cumbre/contracts';

/** Who is calling, as the JWT strategy loads it on every request (fresh from the database). */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  platformRoles: PlatformRole[];
  memberships: { agencyId: string; role: MembershipRole; clearance: TlpLevel }[];
  /** The sign-in session (refresh-token family) the access token belongs to. */
  sessionId?: string;
  /** The session was started without a required second factor: it may only enrol one. */
  twoFactorEnrolmentOnly?: boolean;
}

/**
 * The caller of a `@Public()` route when they sent valid credentials, else null (public routes
 * that show more to signed-in users).
 */
export const OptionalUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | null => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser | null }>().user ?? null;
});

/** Where the request came from, for the audit log. */
export interface RequestOrigin {
  ip: string | null;
  requestId: string | null;
}

/** The signed-in user of a route that is not `@Public()`. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});

/** The caller's IP and request id. */
export const Origin = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestOrigin => {
  const req = ctx.switchToHttp().getRequest<{ ip?: string; id?: string }>();
  return { ip: req.ip ?? null, requestId: req.id ?? null };
});
