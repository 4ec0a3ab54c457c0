import type { Reflector } from '@nestjs/core';
import type { PlatformRole } from '@cumbre/contracts';
import { IS_PUBLIC_KEY, REQUIRED_ROLES_KEY } from './policy.decorators';

/** The handler, then its controller class. */
export type PolicyTargets = Parameters<Reflector['getAllAndOverride']>[1];

/** What a route declares: public, any signed-in user (roles = []), or some platform roles. */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed-in'; roles: PlatformRole[] };

/**
 * The route's declared policy, or null when it declares none or contradictory ones (both
 * public and roles): such a route is refused, never guessed at.
 */
export function readAccessPolicy(reflector: Reflector, targets: PolicyTargets): AccessPolicy | null {
  const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) === true;
  const roles = reflector.getAllAndOverride<PlatformRole[] | undefined>(REQUIRED_ROLES_KEY, targets);
  if (isPublic && roles === undefined) return { kind: 'public' };
  if (!isPublic && Array.isArray(roles)) return { kind: 'signed-in', roles };
  return null;
}
