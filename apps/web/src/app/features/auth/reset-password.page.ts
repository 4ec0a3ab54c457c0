import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Action } from '../../core/api/action';
import { errorCode } from '../../core/api/api-error';
import { TextField } from '../../core/forms/text-field';
import { newPasswordValidators } from '../../core/forms/account-validators';
import { revealErrors } from '../../core/forms/field-error';
import { injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from '../account/data-access/account-api';
import { AUTH_MESSAGES } from './auth.messages';
import { OneStepForm } from './ui/one-step-form';

/** The page the e-mailed link opens (`?token=`): choose a new password. */
@Component({
  selector: 'app-reset-password-page',
  imports: [RouterLink, OneStepForm, TextField],
  template: `
    <app-one-step-form
      [title]="t().resetTitle"
      [lead]="t().changeLead"
      [form]="form"
      [action]="write"
      [submitLabel]="t().resetSubmit"
      [done]="done()"
      [doneText]="t().resetDone"
      doneTestId="reset-done"
      (submitted)="submit()"
    >
      @if (invalidLink()) {
        <p notice>
          <a routerLink="/contrasena/olvide">{{ t().forgot }}</a>
        </p>
      }
      <app-text-field
        [control]="form.controls.newPassword"
        [label]="t().newPassword"
        type="password"
        autocomplete="new-password"
        required
      />
    </app-one-step-form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  readonly token = input<string>();

  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(AUTH_MESSAGES);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', newPasswordValidators()],
  });
  protected readonly write = new Action({
    describe: (error) => (isBadLink(error) ? [this.t().resetInvalid] : null),
  });
  protected readonly done = signal(false);
  /** An unknown, used or expired link: offer to ask for a new one. */
  protected readonly invalidLink = computed(() => isBadLink(this.write.error()));

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

const isBadLink = (error: unknown) => errorCode(error) === 'auth.reset_token_invalid';
