import type { Reflector } from '@nestjs/core';
import type { PlatformRole } from '@cumbre/contracts';
import { IS_PUBLIC_KEY, REQUIRED_ROLES_KEY } from './policy.decorators';

/** The handler, then its controller class. */
export type PolicyTargets = Parameters<Reflector['getAllAndOverride']>[1];

/** What a route declares: public, any signed-in user (roles = []), or some platform roles. */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed-in'; roles: PlatformRole[] };

/**
 * The route's declared policy: the handler's own if it declares one, else its controller's.
 * Null when neither declares one, or when one level declares both public and roles: such a
 * route is refused, never guessed at.
 */
export function readAccessPolicy(reflector: Reflector, targets: PolicyTargets): AccessPolicy | null {
  for (const target of targets) {
    const isPublic = reflector.get<boolean | undefined>(IS_PUBLIC_KEY, target) === true;
    const roles = reflector.get<PlatformRole[] | undefined>(REQUIRED_ROLES_KEY, target);
    if (isPublic && roles !== undefined) return null;
    if (isPublic) return { kind: 'public' };
    if (Array.isArray(roles)) return { kind: 'signed-in', roles };
  }
  return null;
}
