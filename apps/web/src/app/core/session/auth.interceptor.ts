import {
  HttpContextToken,
  HttpErrorResponse,
  HttpInterceptorFn,
  HttpRequest,
  HttpXsrfTokenExtractor,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { AUTH_RETRIED, SILENT_AUTH_FAILURE } from '../api/http-context';
import { SessionStore } from './session.store';
import { TokenRefresher } from './token-refresher';

/** Requests whose 401 means "wrong credentials" or "no session", never "access token expired". */
const NO_REFRESH = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout'];

export const SIGN_IN_PATH = '/ingresar';

/** The request was already replayed once for a missing XSRF cookie. */
const XSRF_RETRIED = new HttpContextToken<boolean>(() => false);

function isApi(req: HttpRequest<unknown>): boolean {
  return req.url.startsWith('/api/');
}

/**
 * The access token is short-lived. On a 401 the interceptor refreshes the session once and
 * replays the request; when the refresh fails too, the user is sent to sign in.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const refresher = inject(TokenRefresher);
  const session = inject(SessionStore);
  const router = inject(Router);
  const xsrf = inject(HttpXsrfTokenExtractor);

  return next(req).pipe(
    catchError((error: unknown) => {
      // Public pages set no cookie (they are cached and shared): a change sent before the
      // browser holds the XSRF cookie is refused, and that answer hands the cookie out. Once.
      if (
        error instanceof HttpErrorResponse &&
        error.status === 403 &&
        (error.error as { code?: unknown } | null)?.code === 'auth.csrf_failed' &&
        isApi(req) &&
        !req.context.get(XSRF_RETRIED)
      ) {
        const token = xsrf.getToken();
        if (token) {
          return next(
            req.clone({
              context: req.context.set(XSRF_RETRIED, true),
              setHeaders: { 'X-XSRF-TOKEN': token },
            }),
          );
        }
      }
      const expired =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isApi(req) &&
        !NO_REFRESH.some((path) => req.url.startsWith(path)) &&
        !req.context.get(AUTH_RETRIED);
      if (!expired) return throwError(() => error);

      return refresher.refresh().pipe(
        catchError(() => {
          session.clear();
          if (!req.context.get(SILENT_AUTH_FAILURE)) {
            const back = router.url.startsWith(SIGN_IN_PATH) ? undefined : router.url;
            void router.navigate([SIGN_IN_PATH], {
              queryParams: back ? { volver: back } : {},
            });
          }
          return throwError(() => error);
        }),
        switchMap(() => {
          // The refresh may have rotated the CSRF cookie too: send the current one.
          const token = xsrf.getToken();
          const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
          const retry = req.clone({
            context: req.context.set(AUTH_RETRIED, true),
            setHeaders: unsafe && token ? { 'X-XSRF-TOKEN': token } : {},
          });
          return next(retry);
        }),
      );
    }),
  );
};
