import { inject, Injectable } from '@angular/core';
import type { ChangePasswordRequest } from '@cumbre/contracts';
import { ApiHttp } from '../../../core/api/http';

/** The signed-in user's own account (sign-in and sign-out belong to core/session/session-api). */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(ApiHttp);

  changePassword(body: ChangePasswordRequest): Promise<unknown> {
    return this.http.post('/api/auth/password', body);
  }
}
