import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import type { TwoFactorEnrolmentDto, TwoFactorStatusDto } from '@cumbre/contracts';
import { Action } from '../../core/api/action';
import { httpStatus } from '../../core/api/api-error';
import { FormErrors } from '../../core/forms/form-errors';
import { FillPipe, injectMessages } from '../../core/i18n/translate';
import { NarrowPage } from '../../core/layout/narrow-page';
import { pageTitle } from '../../core/layout/page-title';
import { safeReturnUrl } from '../../core/session/return-url';
import { SessionStore } from '../../core/session/session.store';
import { AccountApi } from './data-access/account-api';
import { ACCOUNT_MESSAGES } from './account.messages';

/** Turning on two-step verification: QR code, first code, recovery codes shown once. */
@Component({
  selector: 'app-two-factor-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, FillPipe, FormErrors, NarrowPage],
  template: `
    <app-narrow-page [title]="t().twoFactorTitle" [lead]="t().twoFactorLead">
      @if (status()?.required && !status()?.enabled) {
        <p class="alert alert--error" role="alert" data-testid="two-factor-required">
          {{ t().requiredNotice }}
        </p>
      }
      <app-form-errors [action]="write" />

      @if (recoveryCodes(); as codes) {
        <h2>{{ t().codesTitle }}</h2>
        <p>{{ t().codesLead }}</p>
        <ul class="recovery-codes" data-testid="recovery-codes">
          @for (code of codes; track code) {
            <li>
              <code>{{ code }}</code>
            </li>
          }
        </ul>
        <button mat-flat-button type="button" data-testid="two-factor-done" (click)="finish()">
          {{ t().done }}
        </button>
      } @else if (enrolment(); as e) {
        <p>{{ t().scan }}</p>
        <img [src]="e.qrCodeDataUrl" [alt]="t().qrAlt" width="200" height="200" />
        <p>
          {{ t().manual }} <code data-testid="totp-secret">{{ e.secret }}</code>
        </p>
        <form [formGroup]="form" (ngSubmit)="confirm()" novalidate class="form">
          <mat-form-field>
            <mat-label>{{ t().firstCode }}</mat-label>
            <input
              matInput
              formControlName="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              required
            />
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="write.busy()">
            {{ t().confirm }}
          </button>
        </form>
      } @else if (status()?.enabled) {
        <p class="alert alert--success" role="status">{{ t().enabled }}</p>
        <p>
          {{ t().recoveryLeft | fill: { n: status()?.recoveryCodesLeft ?? 0 } }}
        </p>
      } @else if (status()) {
        <button mat-flat-button type="button" [disabled]="write.busy()" (click)="start()">
          {{ t().start }}
        </button>
      }
    </app-narrow-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TwoFactorPage implements OnInit {
  /** Query `volver`: where the user was going when enrolment was required of them. */
  readonly volver = input<string>();

  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly t = injectMessages(ACCOUNT_MESSAGES);

  protected readonly status = signal<TwoFactorStatusDto | null>(null);
  protected readonly enrolment = signal<TwoFactorEnrolmentDto | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly write = new Action({
    describe: (error) => (httpStatus(error) === 401 ? [this.t().wrongCode] : null),
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^\d{6}$/)]],
  });

  constructor() {
    pageTitle(() => this.t().twoFactorTitle);
  }

  async ngOnInit(): Promise<void> {
    await this.write.run(async () => this.status.set(await this.api.twoFactorStatus()));
  }

  protected start(): Promise<void> {
    return this.write.run(async () => this.enrolment.set(await this.api.startEnrolment())).then(() => undefined);
  }

  protected async confirm(): Promise<void> {
    if (this.form.invalid) {
      this.write.reset();
      this.write.extra.set([this.t().wrongCode]);
      return;
    }
    await this.write.run(async () => {
      const { recoveryCodes } = await this.api.confirmEnrolment(this.form.getRawValue().code);
      this.recoveryCodes.set(recoveryCodes);
      // It is on now: the notice that it is required no longer applies.
      this.status.update(
        (s) => s && { ...s, enabled: true, enrolmentOnly: false, recoveryCodesLeft: recoveryCodes.length },
      );
      // The session is no longer limited to enrolling: the rest of the app may load.
      this.session.signedInAs(await this.api.me());
    });
  }

  protected async finish(): Promise<void> {
    await this.router.navigateByUrl(safeReturnUrl(this.volver()));
  }
}
