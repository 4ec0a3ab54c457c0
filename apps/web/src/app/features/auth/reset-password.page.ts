import {
  ChangeDetectionStrategy,
  Component,
  computed,
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
import { RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cumbre/contracts';
import { Action } from '../../core/api/action';
import { errorCode } from '../../core/api/api-error';
import { FormErrors } from '../../core/forms/form-errors';
import { TextField } from '../../core/forms/text-field';
import { revealErrors } from '../../core/forms/field-error';
import { injectMessages } from '../../core/i18n/translate';
import { NarrowPage } from '../../core/layout/narrow-page';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from '../account/data-access/account-api';
import { AUTH_MESSAGES } from './auth.messages';
import { AuthDone } from './ui/auth-done';

/** The page the e-mailed link opens (`?token=`): choose a new password. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    RouterLink,
    NarrowPage,
    AuthDone,
    FormErrors,
    TextField,
  ],
  template: `
    <app-narrow-page
      [title]="t().resetTitle"
      [lead]="done() ? '' : t().changeLead"
    >
      @if (done()) {
        <app-auth-done [text]="t().resetDone" testId="reset-done" />
      } @else {
        <app-form-errors [action]="write" />
        @if (invalidLink()) {
          <p>
            <a routerLink="/contrasena/olvide">{{ t().forgot }}</a>
          </p>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          <app-text-field
            [control]="form.controls.newPassword"
            [label]="t().newPassword"
            type="password"
            autocomplete="new-password"
            required
          />
          <button mat-flat-button type="submit" [disabled]="write.busy()">
            {{ t().resetSubmit }}
          </button>
        </form>
      }
    </app-narrow-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  readonly token = input<string>();

  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(AUTH_MESSAGES);
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
  protected readonly write = new Action({
    describe: (error) => (isBadLink(error) ? [this.t().resetInvalid] : null),
  });
  protected readonly done = signal(false);
  /** An unknown, used or expired link: offer to ask for a new one. */
  protected readonly invalidLink = computed(() =>
    isBadLink(this.write.error()),
  );

  constructor() {
    pageTitle(() => this.t().resetTitle);
  }

  protected async submit(): Promise<void> {
    if (!revealErrors(this.form)) return;
    await this.write.run(async () => {
      await this.api.confirmPasswordReset({
        token: this.token() ?? '',
        newPassword: this.form.getRawValue().newPassword,
      });
      this.done.set(true);
    });
  }
}

const isBadLink = (error: unknown) =>
  errorCode(error) === 'auth.reset_token_invalid';
