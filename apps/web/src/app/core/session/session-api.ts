import { HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MeDto, SignInRequest } from '@cumbre/contracts';
import { ApiHttp } from '../api/http';
import { SILENT_AUTH_FAILURE } from '../api/http-context';

/**
 * The session's own calls. They live in core, not in features/auth, because the session store
 * (core) needs them and core never imports a feature.
 */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(ApiHttp);

  signIn(body: SignInRequest): Promise<MeDto> {
    return this.http.post('/api/auth/login', body);
  }

  /** A 401 here means "nobody is signed in": the interceptor leaves it to the caller. */
  me(): Promise<MeDto> {
    return this.http.get('/api/auth/me', {
      context: new HttpContext().set(SILENT_AUTH_FAILURE, true),
    });
  }

  signOut(): Promise<unknown> {
    return this.http.post('/api/auth/logout', null);
  }
}
