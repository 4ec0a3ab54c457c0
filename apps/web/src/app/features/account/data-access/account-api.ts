import { inject, Injectable } from '@angular/core';
import type {
  MeDto,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  RecoveryCodesDto,
  SessionDto,
  TwoFactorEnrolmentDto,
  TwoFactorStatusDto,
  TwoFactorVerifyRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

/** The account endpoints: second sign-in step, two-factor enrolment, sessions, password reset. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(ApiHttp);

  secondFactor(body: TwoFactorVerifyRequest): Promise<MeDto> {
    return this.http.post<MeDto>('/api/auth/login/two-factor', body);
  }

  me(): Promise<MeDto> {
    return this.http.get<MeDto>('/api/auth/me');
  }

  twoFactorStatus(): Promise<TwoFactorStatusDto> {
    return this.http.get<TwoFactorStatusDto>('/api/auth/two-factor');
  }

  startEnrolment(): Promise<TwoFactorEnrolmentDto> {
    return this.http.post<TwoFactorEnrolmentDto>('/api/auth/two-factor/enrolment', {});
  }

  confirmEnrolment(code: string): Promise<RecoveryCodesDto> {
    return this.http.post<RecoveryCodesDto>('/api/auth/two-factor/confirm', { code });
  }

  sessions(): Promise<SessionDto[]> {
    return this.http.get<SessionDto[]>('/api/auth/sessions');
  }

  revokeSession(id: string): Promise<unknown> {
    return this.http.delete(apiPath('auth', 'sessions', id));
  }

  revokeOtherSessions(): Promise<unknown> {
    return this.http.delete('/api/auth/sessions', { query: { scope: 'others' } });
  }

  requestPasswordReset(body: PasswordResetRequest): Promise<unknown> {
    return this.http.post('/api/auth/password-reset', body);
  }

  confirmPasswordReset(body: PasswordResetConfirmRequest): Promise<unknown> {
    return this.http.post('/api/auth/password-reset/confirm', body);
  }
}
