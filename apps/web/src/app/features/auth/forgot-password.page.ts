import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Action } from '../../core/api/action';
import { FormErrors } from '../../core/forms/form-errors';
import { TextField } from '../../core/forms/text-field';
import { revealErrors } from '../../core/forms/field-error';
import { injectMessages } from '../../core/i18n/translate';
import { NarrowPage } from '../../core/layout/narrow-page';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from '../account/data-access/account-api';
import { AUTH_MESSAGES } from './auth.messages';
import { AuthDone } from './ui/auth-done';

/** Asks for a password-reset link; the answer never says whether the account exists. */
@Component({
  selector: 'app-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    NarrowPage,
    AuthDone,
    FormErrors,
    TextField,
  ],
  template: `
    <app-narrow-page
      [title]="t().forgotTitle"
      [lead]="sent() ? '' : t().forgotLead"
    >
      @if (sent()) {
        <app-auth-done [text]="t().forgotSent" testId="reset-sent" />
      } @else {
        <app-form-errors [action]="write" />
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          <app-text-field
            [control]="form.controls.email"
            [label]="t().email"
            type="email"
            autocomplete="username"
            required
          />
          <button mat-flat-button type="submit" [disabled]="write.busy()">
            {{ t().forgotSubmit }}
          </button>
        </form>
      }
    </app-narrow-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(AUTH_MESSAGES);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
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
