import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SessionDto } from '@cumbre/contracts';
import { Action } from '../../core/api/action';
import { LoadState } from '../../core/api/load-state';
import { Loader } from '../../core/api/loader';
import { FormErrors } from '../../core/forms/form-errors';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from './data-access/account-api';
import { ACCOUNT_MESSAGES } from './account.messages';
import { describeDevice } from './device';

/** "My sessions": where and when each one started; sign out one or all the others. */
@Component({
  selector: 'app-sessions-page',
  imports: [MatButtonModule, AppDatePipe, LoadState, FormErrors],
  template: `
    <section>
      <h1>{{ t().sessionsTitle }}</h1>
      <p class="muted">{{ t().sessionsLead }}</p>
      <app-load-state [loader]="sessions" />
      <app-form-errors [action]="write" />
      @if (sessions.value(); as list) {
        <table class="data-table" data-testid="sessions">
          <thead>
            <tr>
              <th scope="col">{{ t().device }}</th>
              <th scope="col">{{ t().started }}</th>
              <th scope="col">{{ t().lastUsed }}</th>
              <th scope="col">{{ t().address }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ t().signOutOne }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (s of list; track s.id) {
              <tr>
                <th scope="row" [attr.data-label]="t().device" [attr.title]="s.userAgent">
                  {{ s.userAgent ? device(s.userAgent) : t().unknown }}
                </th>
                <td [attr.data-label]="t().started">{{ s.createdAt | appDate: 'datetime' }}</td>
                <td [attr.data-label]="t().lastUsed">{{ s.lastUsedAt | appDate: 'datetime' }}</td>
                <td [attr.data-label]="t().address">{{ s.ip ?? t().unknown }}</td>
                <td class="cell-actions">
                  @if (s.current) {
                    <strong>{{ t().current }}</strong>
                  } @else {
                    <button mat-button type="button" [disabled]="write.busy()" (click)="revoke(s)">
                      {{ t().signOutOne }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
        @if (hasOthers()) {
          <button
            mat-flat-button
            type="button"
            class="sign-out-others"
            [disabled]="write.busy()"
            (click)="revokeOthers()"
          >
            {{ t().signOutOthers }}
          </button>
        } @else {
          <p>{{ t().noOthers }}</p>
        }
      }
    </section>
  `,
  styles: '.sign-out-others { margin-top: 1rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsPage implements OnInit {
  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(ACCOUNT_MESSAGES);

  protected readonly sessions = new Loader<SessionDto[]>();
  protected readonly write = new Action();
  protected readonly hasOthers = computed(() => (this.sessions.value() ?? []).some((s) => !s.current));
  protected readonly device = describeDevice;

  constructor() {
    pageTitle(() => this.t().sessionsTitle);
  }

  ngOnInit(): Promise<void> {
    return this.load();
  }

  protected revoke(session: SessionDto): Promise<void> {
    return this.signOut(() => this.api.revokeSession(session.id));
  }

  protected revokeOthers(): Promise<void> {
    return this.signOut(() => this.api.revokeOtherSessions());
  }

  /** Signs out, then shows the list as the server now has it. */
  private async signOut(change: () => Promise<unknown>): Promise<void> {
    await this.write.run(change, { done: this.t().signedOut });
    await this.load();
  }

  private load(): Promise<void> {
    return this.sessions.run(() => this.api.sessions());
  }
}
