import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
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
import { Router } from '@angular/router';
import type {
  TwoFactorEnrolmentDto,
  TwoFactorStatusDto,
} from '@cumbre/contracts';
import { httpStatus } from '../../core/api/api-error';
import { describeError } from '../../core/errors/error-text';
import { COMMON } from '../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { SessionStore } from '../../core/session/session.store';
import { AccountApi } from './data-access/account-api';
import { ACCOUNT_MESSAGES } from './account.messages';

/** Turning on two-step verification: QR code, first code, recovery codes shown once. */
@Component({
  selector: 'app-two-factor-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    FillPipe,
  ],
  template: `
    <section class="narrow">
      <h1>{{ t().twoFactorTitle }}</h1>
      <p class="muted">{{ t().twoFactorLead }}</p>

      @if (status()?.required && !status()?.enabled) {
        <p
          class="alert alert--error"
          role="alert"
          data-testid="two-factor-required"
        >
          {{ t().requiredNotice }}
        </p>
      }
      @if (error()) {
        <p class="alert alert--error" role="alert">{{ error() }}</p>
      }

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
        <button mat-flat-button type="button" (click)="finish()">
          {{ t().done }}
        </button>
      } @else if (enrolment(); as e) {
        <p>{{ t().scan }}</p>
        <img
          [src]="e.qrCodeDataUrl"
          [alt]="t().qrAlt"
          width="200"
          height="200"
        />
        <p>
          {{ t().manual }} <code data-testid="totp-secret">{{ e.secret }}</code>
        </p>
        <form [formGroup]="form" (ngSubmit)="confirm()" novalidate class="form">
          <mat-form-field appearance="outline">
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
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ t().confirm }}
          </button>
        </form>
      } @else if (status()?.enabled) {
        <p class="alert alert--success" role="status">{{ t().enabled }}</p>
        <p>
          {{ t().recoveryLeft | fill: { n: status()?.recoveryCodesLeft ?? 0 } }}
        </p>
      } @else if (status()) {
        <button
          mat-flat-button
          type="button"
          [disabled]="busy()"
          (click)="start()"
        >
          {{ t().start }}
        </button>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TwoFactorPage implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly t = injectMessages(ACCOUNT_MESSAGES);
  private readonly c = injectMessages(COMMON);

  protected readonly status = signal<TwoFactorStatusDto | null>(null);
  protected readonly enrolment = signal<TwoFactorEnrolmentDto | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^\d{6}$/)]],
  });

  constructor() {
    pageTitle(() => this.t().twoFactorTitle);
  }

  async ngOnInit(): Promise<void> {
    await this.run(async () =>
      this.status.set(await this.api.twoFactorStatus()),
    );
  }

  protected start(): Promise<void> {
    return this.run(async () =>
      this.enrolment.set(await this.api.startEnrolment()),
    );
  }

  protected async confirm(): Promise<void> {
    if (this.form.invalid) {
      this.error.set(this.t().wrongCode);
      return;
    }
    await this.run(async () => {
      const { recoveryCodes } = await this.api.confirmEnrolment(
        this.form.getRawValue().code,
      );
      this.recoveryCodes.set(recoveryCodes);
      // The session is no longer limited to enrolling: the rest of the app may load.
      this.session.signedInAs(await this.api.me());
    });
  }

  protected async finish(): Promise<void> {
    await this.router.navigateByUrl('/app');
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    try {
      await work();
    } catch (error: unknown) {
      this.error.set(
        httpStatus(error) === 401
          ? this.t().wrongCode
          : describeError(error, this.c())[0],
      );
    } finally {
      this.busy.set(false);
    }
  }
}
