import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cumbre/contracts';
import { httpStatus } from '../../core/api/api-error';
import { describeError } from '../../core/errors/error-text';
import { fieldError, revealErrors } from '../../core/forms/field-error';
import { COMMON } from '../../core/i18n/common.messages';
import { injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from '../account/data-access/account-api';
import { AUTH_MESSAGES } from './auth.messages';

/** The page the e-mailed link opens (`?token=`): choose a new password. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    RouterLink,
  ],
  template: `
    <section class="narrow">
      <h1>{{ t().resetTitle }}</h1>
      @if (done()) {
        <p class="alert alert--success" role="status" data-testid="reset-done">
          {{ t().resetDone }}
        </p>
        <p>
          <a routerLink="/ingresar">{{ t().backToSignIn }}</a>
        </p>
      } @else {
        <p class="muted">{{ t().changeLead }}</p>
        @if (error()) {
          <p class="alert alert--error" role="alert">{{ error() }}</p>
          @if (invalidLink()) {
            <p>
              <a routerLink="/contrasena/olvide">{{ t().forgot }}</a>
            </p>
          }
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          <mat-form-field appearance="outline">
            <mat-label>{{ t().newPassword }}</mat-label>
            <input
              matInput
              formControlName="newPassword"
              type="password"
              autocomplete="new-password"
              required
            />
            <mat-error>{{ passwordError() }}</mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ t().resetSubmit }}
          </button>
        </form>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  readonly token = input<string>();

  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(AUTH_MESSAGES);
  private readonly c = injectMessages(COMMON);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
  });
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal('');
  protected readonly invalidLink = signal(false);

  constructor() {
    pageTitle(() => this.t().resetTitle);
  }

  protected passwordError(): string {
    return fieldError(this.form.controls.newPassword, this.c());
  }

  protected async submit(): Promise<void> {
    if (!revealErrors(this.form) || this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    this.invalidLink.set(false);
    try {
      await this.api.confirmPasswordReset({
        token: this.token() ?? '',
        newPassword: this.form.getRawValue().newPassword,
      });
      this.done.set(true);
    } catch (error: unknown) {
      const message = JSON.stringify(
        (error as { error?: { message?: unknown } }).error?.message ?? '',
      );
      const badToken = httpStatus(error) === 400 && message.includes('token');
      this.invalidLink.set(badToken);
      this.error.set(
        badToken ? this.t().resetInvalid : describeError(error, this.c())[0],
      );
    } finally {
      this.busy.set(false);
    }
  }
}
