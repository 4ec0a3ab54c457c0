import { ApiError } from '../common/api-error';
import { SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { AuthUser } from '../common/auth-user';
import type { PolicyTargets } from '../common/access-policy';

export const ALLOWED_DURING_ENROLMENT_KEY = 'cumbre:allowed-during-two-factor-enrolment';

/**
 * Reachable by a session limited to enrolling a second factor (a user whose clearance requires
 * two-factor sign-in, before they set it up): who am I, enrol, sign out, my sessions.
 */
export const AllowedDuringTwoFactorEnrolment = () => SetMetadata(ALLOWED_DURING_ENROLMENT_KEY, true);

/** 403 for a limited session on any other route (called by the global guard). */
export function assertEnrolmentScope(user: AuthUser, reflector: Reflector, targets: PolicyTargets): void {
  if (!user.twoFactorEnrolmentOnly) return;
  if (reflector.getAllAndOverride<boolean>(ALLOWED_DURING_ENROLMENT_KEY, targets) === true) return;
  throw new ApiError(
    'auth.two_factor_enrolment_required',
    'your clearance requires two-factor sign-in: set it up first (POST /api/auth/two-factor/enrolment)',
  );
}

/** On public routes a limited session counts as signed out, unless the route allows it. */
export function isLimitedOutside(user: AuthUser | null | undefined, reflector: Reflector, targets: PolicyTargets) {
  return (
    user?.twoFactorEnrolmentOnly === true &&
    reflector.getAllAndOverride<boolean>(ALLOWED_DURING_ENROLMENT_KEY, targets) !== true
  );
}
