import { isPlatformServer } from '@angular/common';
import { inject, PLATFORM_ID } from '@angular/core';
import { CanActivateChildFn, CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { SIGN_IN_PATH } from './auth.interceptor';
import { ENROLMENT_PAGES, enrolmentUrl } from './return-url';
import { SessionStore } from './session.store';

/** The staff area: signed-in users only; others go to sign in and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded().catch(() => null);
  return me
    ? true
    : router.createUrlTree([SIGN_IN_PATH], {
        queryParams: { volver: state.url },
      });
};

/**
 * A session limited to enrolling a second factor (clearance AMBER or higher, no second factor
 * yet) can use the enrolment, sessions and password pages only: the API refuses it everything
 * else. Any other staff page takes the user to enrolment, which brings them back afterwards.
 */
export const enrolmentGuard: CanActivateChildFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded().catch(() => null);
  if (!session.enrolmentOnly()) return true;
  const path = state.url.split(/[?#]/)[0];
  return ENROLMENT_PAGES.includes(path) ? true : router.parseUrl(enrolmentUrl(state.url));
};

/** Admin screens. The API enforces the same rule; this only keeps the menu honest. */
export const adminGuard: CanMatchFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded().catch(() => null);
  return session.isAdmin() ? true : router.createUrlTree(['/app']);
};

/** The moderation queue (moderators and admins). The API enforces the same rule. */
export const moderatorGuard: CanMatchFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded().catch(() => null);
  return session.isModerator() || session.isAdmin() ? true : router.createUrlTree(['/app']);
};

/**
 * The sign-in page is pointless when already signed in. The server renders the form without
 * asking (it has no session to check, and the form must not wait for one); the browser checks.
 */
export const signedOutGuard: CanActivateFn = async () => {
  if (isPlatformServer(inject(PLATFORM_ID))) return true;
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded().catch(() => null);
  return me ? router.createUrlTree(['/app']) : true;
};
