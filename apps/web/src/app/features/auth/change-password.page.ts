import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthApi } from './data-access/auth-api';
import { Action } from '../../core/api/action';
import { errorCode } from '../../core/api/api-error';
import { FormErrors } from '../../core/forms/form-errors';
import { TextField } from '../../core/forms/text-field';
import { currentPasswordValidators, newPasswordValidators } from '../../core/forms/account-validators';
import { matchesSibling, revealErrors } from '../../core/forms/field-error';
import { COMMON } from '../../core/i18n/common.messages';
import { injectMessages } from '../../core/i18n/translate';
import { NarrowPage } from '../../core/layout/narrow-page';
import { pageTitle } from '../../core/layout/page-title';
import { AUTH_MESSAGES } from './auth.messages';

@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, NarrowPage, FormErrors, TextField, RouterLink],
  template: `
    <app-narrow-page [title]="t().changeTitle" [lead]="t().changeLead">
      <app-form-errors [action]="save" />
      @if (done()) {
        <p class="alert alert--success" role="status">{{ t().changed }}</p>
      }

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
        <app-text-field
          [control]="form.controls.currentPassword"
          [label]="t().currentPassword"
          type="password"
          autocomplete="current-password"
          required
        />
        <app-text-field
          [control]="form.controls.newPassword"
          [label]="t().newPassword"
          type="password"
          autocomplete="new-password"
          required
        />
        <app-text-field
          [control]="form.controls.confirm"
          [label]="t().confirmPassword"
          type="password"
          autocomplete="new-password"
          required
        />
        <button mat-flat-button type="submit" [disabled]="save.busy()">
          {{ save.busy() ? c().saving : t().changeSubmit }}
        </button>
      </form>
      <nav class="account-links" [attr.aria-label]="t().accountSecurity">
        <a routerLink="/app/cuenta/doble-factor">{{ t().twoFactorLink }}</a>
        ·
        <a routerLink="/app/cuenta/sesiones">{{ t().sessionsLink }}</a>
      </nav>
    </app-narrow-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly t = injectMessages(AUTH_MESSAGES);
  protected readonly c = injectMessages(COMMON);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', currentPasswordValidators()],
    newPassword: ['', newPasswordValidators()],
    confirm: ['', [Validators.required, matchesSibling('newPassword')]],
  });
  protected readonly save = new Action({
    describe: (error) => this.explain(error),
  });
  protected readonly done = signal(false);

  constructor() {
    pageTitle(() => this.t().changeTitle);
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  /** The two answers a person can fix get the page's own words; the rest the common ones. */
  private explain(error: unknown): string[] | null {
    switch (errorCode(error)) {
      case 'auth.wrong_current_password':
        return [this.t().wrongCurrent];
      case 'auth.password_too_common':
        return [this.t().tooCommon];
      default:
        return null;
    }
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    if (!revealErrors(this.form) || this.save.busy()) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    if (currentPassword === newPassword) {
      this.save.reset();
      this.save.extra.set([this.t().samePassword]);
      return;
    }
    await this.save.run(async () => {
      await this.api.changePassword({ currentPassword, newPassword });
      this.form.reset();
      this.done.set(true);
    });
  }
}
