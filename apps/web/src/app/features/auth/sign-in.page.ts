import { afterNextRender, ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { isTwoFactorChallenge } from '@cumbre/contracts';
import type { MeDto, TwoFactorChallengeDto } from '@cumbre/contracts';
import { Action } from '../../core/api/action';
import { errorCode, httpStatus } from '../../core/api/api-error';
import { FormErrors } from '../../core/forms/form-errors';
import { TextField } from '../../core/forms/text-field';
import { currentPasswordValidators, emailValidators } from '../../core/forms/account-validators';
import { fieldError, revealErrors } from '../../core/forms/field-error';
import { COMMON } from '../../core/i18n/common.messages';
import { injectMessages } from '../../core/i18n/translate';
import { NarrowPage } from '../../core/layout/narrow-page';
import { pageTitle } from '../../core/layout/page-title';
import { enrolmentUrl, safeReturnUrl } from '../../core/session/return-url';
import { SessionStore } from '../../core/session/session.store';
import { AccountApi } from '../account/data-access/account-api';
import { AUTH_MESSAGES } from './auth.messages';

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    RouterLink,
    NarrowPage,
    FormErrors,
    TextField,
  ],
  template: `
    <app-narrow-page [title]="t().signInTitle" [lead]="t().signInLead">
      <app-form-errors [action]="passwordStep" testId="sign-in-error" />
      <app-form-errors [action]="codeStep" testId="sign-in-error" />

      @if (challenge()) {
        <form [formGroup]="codeForm" (ngSubmit)="submitCode()" novalidate class="form" data-testid="second-step">
          <p>{{ useRecovery() ? t().recoveryLead : t().codeLead }}</p>
          <mat-form-field>
            <mat-label>{{ useRecovery() ? t().recoveryCode : t().code }}</mat-label>
            <input
              matInput
              formControlName="code"
              [attr.inputmode]="useRecovery() ? null : 'numeric'"
              autocomplete="one-time-code"
              required
            />
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="codeStep.busy()">
            {{ codeStep.busy() ? t().submitting : t().verify }}
          </button>
          <button mat-button type="button" (click)="toggleRecovery()">
            {{ useRecovery() ? t().useApp : t().useRecovery }}
          </button>
        </form>
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          <!-- Rendered on the server, the form waits for the app: typing or pressing Ingresar
               before it is ready would be lost or would submit the page natively. -->
          <fieldset class="plain-fieldset" [disabled]="!ready()">
            <app-text-field
              [control]="form.controls.email"
              [label]="t().email"
              type="email"
              autocomplete="username"
              required
            />

            <mat-form-field>
              <mat-label>{{ t().password }}</mat-label>
              <input
                matInput
                formControlName="password"
                [type]="showPassword() ? 'text' : 'password'"
                autocomplete="current-password"
                required
              />
              <button
                mat-button
                matSuffix
                type="button"
                class="suffix-button"
                [attr.aria-label]="(showPassword() ? t().hide : t().show) + ' — ' + t().showPassword"
                [attr.aria-pressed]="showPassword()"
                (click)="showPassword.set(!showPassword())"
              >
                {{ showPassword() ? t().hide : t().show }}
              </button>
              <mat-error>{{ passwordError() }}</mat-error>
            </mat-form-field>

            <button mat-flat-button type="submit" [disabled]="passwordStep.busy()">
              {{ passwordStep.busy() ? t().submitting : t().submit }}
            </button>
          </fieldset>
        </form>
        <p>
          <a routerLink="/contrasena/olvide">{{ t().forgot }}</a>
        </p>
      }
    </app-narrow-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  /** Where to go after signing in (`?volver=/app/...`). */
  readonly volver = input<string>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly t = injectMessages(AUTH_MESSAGES);
  private readonly c = injectMessages(COMMON);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', emailValidators()],
    password: ['', currentPasswordValidators()],
  });
  // The server answers a wrong password and an unknown account alike (401), and so does the page.
  protected readonly passwordStep = new Action({
    describe: (error) => (refused(error) ? [this.t().wrongCredentials] : null),
  });
  protected readonly codeStep = new Action({
    describe: (error) => (refused(error) ? [this.t().wrongCode] : null),
  });
  protected readonly showPassword = signal(false);
  /** False on the server and until the browser's app has taken over the form. */
  protected readonly ready = signal(false);
  /** Set when the password was right and the second step is needed. */
  protected readonly challenge = signal<TwoFactorChallengeDto | null>(null);
  protected readonly useRecovery = signal(false);
  protected readonly codeForm = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(20)]],
  });
  private readonly account = inject(AccountApi);

  constructor() {
    afterNextRender(() => this.ready.set(true));
    pageTitle(() => this.t().signInTitle);
  }

  protected passwordError(): string {
    return fieldError(this.form.controls.password, this.c());
  }

  protected async submit(): Promise<void> {
    if (!revealErrors(this.form)) return;
    this.codeStep.reset();
    await this.passwordStep.run(async () => {
      const { email, password } = this.form.getRawValue();
      const answer = await this.session.signIn({
        email: email.trim(),
        password,
      });
      if (isTwoFactorChallenge(answer)) this.challenge.set(answer);
      else await this.enter(answer);
    });
  }

  protected toggleRecovery(): void {
    this.useRecovery.set(!this.useRecovery());
    this.codeForm.reset();
    this.codeStep.reset();
  }

  protected async submitCode(): Promise<void> {
    const challenge = this.challenge();
    if (!challenge || !revealErrors(this.codeForm)) return;
    const code = this.codeForm.getRawValue().code.trim();
    await this.codeStep.run(
      async () => {
        const me = await this.account.secondFactor({
          challengeToken: challenge.challengeToken,
          ...(this.useRecovery() ? { recoveryCode: code } : { code }),
        });
        this.session.signedInAs(me);
        await this.enter(me);
      },
      {
        handle: (error) => {
          // The challenge expired: start again from the password (the message still shows).
          if (httpStatus(error) === 401 && errorCode(error) === 'auth.totp_required') this.challenge.set(null);
          return false;
        },
      },
    );
  }

  private async enter(me: MeDto): Promise<void> {
    // A user who must enrol a second factor is taken there first, and then where they were going.
    const target = safeReturnUrl(this.volver());
    await this.router.navigateByUrl(me.twoFactor?.enrolmentOnly ? enrolmentUrl(target) : target);
  }
}

const refused = (error: unknown) => {
  const status = httpStatus(error);
  return status === 401 || status === 400;
};
