import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SessionDto } from '@cumbre/contracts';
import { describeError } from '../../core/errors/error-text';
import { COMMON } from '../../core/i18n/common.messages';
import { injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { AccountApi } from './data-access/account-api';
import { ACCOUNT_MESSAGES } from './account.messages';

/** "My sessions": where and when each one started; sign out one or all the others. */
@Component({
  selector: 'app-sessions-page',
  imports: [MatButtonModule, DatePipe],
  template: `
    <section>
      <h1>{{ t().sessionsTitle }}</h1>
      <p class="muted">{{ t().sessionsLead }}</p>
      @if (error()) {
        <p class="alert alert--error" role="alert">{{ error() }}</p>
      }
      @if (notice()) {
        <p class="alert alert--success" role="status">{{ notice() }}</p>
      }
      <table class="table" data-testid="sessions">
        <thead>
          <tr>
            <th scope="col">{{ t().started }}</th>
            <th scope="col">{{ t().lastUsed }}</th>
            <th scope="col">{{ t().address }}</th>
            <th scope="col">{{ t().device }}</th>
            <th scope="col">
              <span class="visually-hidden">{{ t().signOutOne }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (s of sessions(); track s.id) {
            <tr>
              <td>{{ s.createdAt | date: 'medium' }}</td>
              <td>{{ s.lastUsedAt | date: 'medium' }}</td>
              <td>{{ s.ip ?? t().unknown }}</td>
              <td>{{ s.userAgent ?? t().unknown }}</td>
              <td>
                @if (s.current) {
                  <strong>{{ t().current }}</strong>
                } @else {
                  <button mat-button type="button" (click)="revoke(s)">
                    {{ t().signOutOne }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if (hasOthers()) {
        <button mat-flat-button type="button" (click)="revokeOthers()">
          {{ t().signOutOthers }}
        </button>
      } @else if (loaded()) {
        <p>{{ t().noOthers }}</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsPage implements OnInit {
  private readonly api = inject(AccountApi);
  protected readonly t = injectMessages(ACCOUNT_MESSAGES);
  private readonly c = injectMessages(COMMON);

  protected readonly sessions = signal<SessionDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly error = signal('');
  protected readonly notice = signal('');
  protected readonly hasOthers = computed(() => this.sessions().some((s) => !s.current));

  constructor() {
    pageTitle(() => this.t().sessionsTitle);
  }

  ngOnInit(): Promise<void> {
    return this.run(async () => undefined);
  }

  protected revoke(session: SessionDto): Promise<void> {
    return this.run(() => this.api.revokeSession(session.id));
  }

  protected revokeOthers(): Promise<void> {
    return this.run(() => this.api.revokeOtherSessions());
  }

  /** Does the change, then shows the list as the server now has it. */
  private async run(change: () => Promise<unknown>): Promise<void> {
    this.error.set('');
    try {
      const acted = this.loaded();
      await change();
      this.sessions.set(await this.api.sessions());
      this.loaded.set(true);
      if (acted) this.notice.set(this.t().signedOut);
    } catch (error: unknown) {
      this.error.set(describeError(error, this.c())[0]);
    }
  }
}
