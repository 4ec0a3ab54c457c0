import type { AuthUser } from './auth-user';

/**
 * The reader of a resource, as the read policies of every feature see it: a signed-in user
 * (possibly an admin) or the anonymous public.
 */
export type Viewer = { userId: string; isAdmin: boolean } | { anonymous: true };

export const ANONYMOUS: Viewer = { anonymous: true };

export function viewerOf(user: AuthUser | null | undefined): Viewer {
  return user ? { userId: user.id, isAdmin: user.platformRoles.includes('admin') } : ANONYMOUS;
}
