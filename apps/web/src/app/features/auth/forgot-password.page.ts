import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { Action } from '../../core/api/action';
import { TextField } from '../../core/forms/text-field';
import { emailValidators } from '../../core/forms/account-validators';
import { revealErrors } from '../../core/forms/field-error';
import { injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from '../account/data-access/account-api';
import { AUTH_MESSAGES } from './auth.messages';
import { OneStepForm } from './ui/one-step-form';

/** Asks for a password-reset link; the answer never says whether the account exists. */
@Component({
  selector: 'app-forgot-password-page',
  imports: [OneStepForm, TextField],
  template: `
    <app-one-step-form
      [title]="t().forgotTitle"
      [lead]="t().forgotLead"
      [form]="form"
      [action]="write"
      [submitLabel]="t().forgotSubmit"
      [done]="sent()"
      [doneText]="t().forgotSent"
      doneTestId="reset-sent"
      (submitted)="submit()"
    >
      <app-text-field
        [control]="form.controls.email"
        [label]="t().email"
        type="email"
        autocomplete="username"
        required
      />
    </app-one-step-form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(AUTH_MESSAGES);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', emailValidators()],
  });
  protected readonly write = new Action();
  protected readonly sent = signal(false);

  constructor() {
    pageTitle(() => this.t().forgotTitle);
  }

  protected async submit(): Promise<void> {
    if (!revealErrors(this.form)) return;
    await this.write.run(async () => {
      await this.api.requestPasswordReset({
        email: this.form.getRawValue().email.trim(),
      });
      this.sent.set(true);
    });
  }
}
