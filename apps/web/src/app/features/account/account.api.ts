import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
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

/** The account endpoints: second sign-in step, two-factor enrolment, sessions, password reset. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  secondFactor(body: TwoFactorVerifyRequest): Promise<MeDto> {
    return firstValueFrom(
      this.http.post<MeDto>('/api/auth/login/two-factor', body),
    );
  }

  me(): Promise<MeDto> {
    return firstValueFrom(this.http.get<MeDto>('/api/auth/me'));
  }

  twoFactorStatus(): Promise<TwoFactorStatusDto> {
    return firstValueFrom(
      this.http.get<TwoFactorStatusDto>('/api/auth/two-factor'),
    );
  }

  startEnrolment(): Promise<TwoFactorEnrolmentDto> {
    return firstValueFrom(
      this.http.post<TwoFactorEnrolmentDto>(
        '/api/auth/two-factor/enrolment',
        {},
      ),
    );
  }

  confirmEnrolment(code: string): Promise<RecoveryCodesDto> {
    return firstValueFrom(
      this.http.post<RecoveryCodesDto>('/api/auth/two-factor/confirm', {
        code,
      }),
    );
  }

  sessions(): Promise<SessionDto[]> {
    return firstValueFrom(this.http.get<SessionDto[]>('/api/auth/sessions'));
  }

  revokeSession(id: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(`/api/auth/sessions/${encodeURIComponent(id)}`),
    );
  }

  revokeOtherSessions(): Promise<unknown> {
    return firstValueFrom(
      this.http.delete('/api/auth/sessions', {
        params: new HttpParams().set('scope', 'others'),
      }),
    );
  }

  requestPasswordReset(body: PasswordResetRequest): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/password-reset', body));
  }

  confirmPasswordReset(body: PasswordResetConfirmRequest): Promise<unknown> {
    return firstValueFrom(
      this.http.post('/api/auth/password-reset/confirm', body),
    );
  }
}
