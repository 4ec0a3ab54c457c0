import {
  HttpClient,
  HttpContext,
  HttpErrorResponse,
  HttpXsrfTokenExtractor,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { me } from '../../../testing/fixtures';
import { SILENT_AUTH_FAILURE } from '../api/http-context';
import { authInterceptor } from './auth.interceptor';
import { SessionStore } from './session.store';

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };
const BODY_401 = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Unauthorized',
};

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  let xsrfToken: string | null;

  beforeEach(() => {
    xsrfToken = 'token-before';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: HttpXsrfTokenExtractor,
          useValue: { getToken: () => xsrfToken },
        },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  it('refreshes the session once and replays the request', async () => {
    const result = firstValueFrom(http.get<string[]>('/api/agencies'));
    backend.expectOne('/api/agencies').flush(BODY_401, UNAUTHORIZED);
    backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(null);
    backend.expectOne('/api/agencies').flush(['ok']);
    expect(await result).toEqual(['ok']);
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('sends one refresh for several requests that fail together', async () => {
    const a = firstValueFrom(http.get('/api/a'));
    const b = firstValueFrom(http.get('/api/b'));
    backend.expectOne('/api/a').flush(BODY_401, UNAUTHORIZED);
    backend.expectOne('/api/b').flush(BODY_401, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(null);
    backend.expectOne('/api/a').flush('A');
    backend.expectOne('/api/b').flush('B');
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
  });

  it('replays an unsafe request with the CSRF token current after the refresh', async () => {
    const result = firstValueFrom(http.post('/api/agencies', { name: 'x' }));
    backend.expectOne({ method: 'POST', url: '/api/agencies' }).flush(BODY_401, UNAUTHORIZED);
    xsrfToken = 'token-after';
    backend.expectOne('/api/auth/refresh').flush(null);
    const retry = backend.expectOne({ method: 'POST', url: '/api/agencies' });
    expect(retry.request.headers.get('X-XSRF-TOKEN')).toBe('token-after');
    retry.flush({ id: '1' });
    expect(await result).toEqual({ id: '1' });
  });

  it('replays once, with the cookie the refusal handed out, a change sent before the XSRF cookie existed', async () => {
    xsrfToken = null;
    const result = firstValueFrom(http.post('/api/auth/login', { email: 'a@b.pe' }));
    xsrfToken = 'token-from-refusal';
    backend
      .expectOne({ method: 'POST', url: '/api/auth/login' })
      .flush(
        { statusCode: 403, code: 'auth.csrf_failed', message: 'CSRF check failed' },
        { status: 403, statusText: 'Forbidden' },
      );
    const retry = backend.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(retry.request.headers.get('X-XSRF-TOKEN')).toBe('token-from-refusal');
    retry.flush(
      { statusCode: 403, code: 'auth.csrf_failed', message: 'CSRF check failed' },
      { status: 403, statusText: 'Forbidden' },
    );
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(403);
  });

  it('sends the user to sign in, and forgets them, when the refresh fails', async () => {
    const session = TestBed.inject(SessionStore);
    const signingIn = session.signIn({
      email: 'a@b.pe',
      password: 'x'.repeat(12),
    });
    backend.expectOne('/api/auth/login').flush(me());
    await signingIn;

    const result = firstValueFrom(http.get('/api/users'));
    backend.expectOne('/api/users').flush(BODY_401, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(BODY_401, UNAUTHORIZED);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(401);
    expect(session.me()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/ingresar'], {
      queryParams: { volver: '/' },
    });
  });

  it('does not redirect for a request that expects "not signed in" as an answer', async () => {
    const context = new HttpContext().set(SILENT_AUTH_FAILURE, true);
    const result = firstValueFrom(http.get('/api/auth/me', { context }));
    backend.expectOne('/api/auth/me').flush(BODY_401, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(BODY_401, UNAUTHORIZED);
    await expect(result).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('leaves a wrong password alone: no refresh after a failed sign-in', async () => {
    const result = firstValueFrom(http.post('/api/auth/login', {}));
    backend.expectOne('/api/auth/login').flush(BODY_401, UNAUTHORIZED);
    await expect(result).rejects.toBeInstanceOf(HttpErrorResponse);
    backend.expectNone('/api/auth/refresh');
  });

  it('gives up after one retry when the replay is refused too', async () => {
    const result = firstValueFrom(http.get('/api/audit'));
    backend.expectOne('/api/audit').flush(BODY_401, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(null);
    backend.expectOne('/api/audit').flush(BODY_401, UNAUTHORIZED);
    await expect(result).rejects.toBeInstanceOf(HttpErrorResponse);
    backend.expectNone('/api/auth/refresh');
  });

  it('passes other errors through untouched', async () => {
    const result = firstValueFrom(http.get('/api/agencies/x'));
    backend.expectOne('/api/agencies/x').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    const error = (await result.catch((e: unknown) => e)) as HttpErrorResponse;
    expect(error.status).toBe(404);
    backend.expectNone('/api/auth/refresh');
  });
});
