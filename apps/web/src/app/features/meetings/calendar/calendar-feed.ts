import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CalendarFeedDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { Notifier } from '../../../core/layout/notifier';
import { CONFIRM_MESSAGES } from '../ui/confirm-texts';
import { MeetingsApi } from '../data-access/meetings-api';
import { LIST_MESSAGES } from '../ui/meetings.messages';

/** Create, rotate, revoke and copy the personal calendar-feed URL (its secret is shown once). */
@Component({
  selector: 'app-calendar-feed',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, FillPipe, AppDatePipe, FormErrors],
  template: `
    <section class="panel" aria-labelledby="feed-title" data-testid="calendar-feed">
      <h2 id="feed-title">{{ t().feedTitle }}</h2>
      <p class="muted">{{ t().feedLead }}</p>
      <app-form-errors [action]="write" />
      @if (feed()?.url; as url) {
        <div class="feed-url">
          <mat-form-field>
            <mat-label>{{ t().feedUrl }}</mat-label>
            <input matInput readonly [value]="url" (focus)="$any($event.target).select()" data-testid="feed-url" />
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="copy(url)">
            {{ t().feedCopy }}
          </button>
        </div>
      } @else if (feed()?.active) {
        <p>
          {{ t().feedActive | fill: { date: (feed()?.createdAt | appDate) } }}
        </p>
      } @else if (feed()) {
        <p>{{ t().feedNone }}</p>
      }
      <div class="form-actions">
        @if (feed()?.active) {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="rotate(true)">
            {{ t().feedRotate }}
          </button>
          <button mat-stroked-button type="button" class="button--danger" [disabled]="busy()" (click)="revoke()">
            {{ t().feedRevoke }}
          </button>
        } @else {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="rotate(false)">
            {{ t().feedCreate }}
          </button>
        }
      </div>
    </section>
  `,
  styles: `
    .feed-url {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .feed-url mat-form-field {
      flex: 1 1 20rem;
    }
    .feed-url input {
      font-family: var(--font-mono);
      font-size: 0.8125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeed {
  private readonly api = inject(MeetingsApi);
  private readonly notifier = inject(Notifier);
  private readonly confirm = inject(Confirm);
  private readonly asks = injectMessages(CONFIRM_MESSAGES);
  protected readonly t = injectMessages(LIST_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly feed = signal<CalendarFeedDto | null>(null);
  protected readonly write = new Action();
  protected readonly busy = this.write.busy;

  constructor() {
    this.api
      .calendarFeed()
      .then((feed) => this.feed.set(feed))
      .catch(() => this.feed.set({ url: null, createdAt: null, active: false }));
  }

  protected async rotate(replacing: boolean): Promise<void> {
    const a = this.asks();
    if (
      replacing &&
      !(await this.confirm.ask({
        title: a.rotateTitle,
        message: a.rotateBody,
        confirm: a.rotateYes,
        cancel: a.no,
        danger: true,
        testId: 'feed-confirm',
      }))
    )
      return;
    await this.write.run(async () => this.feed.set(await this.api.rotateCalendarFeed()), {
      done: replacing ? this.t().feedRotated : this.t().feedCreated,
    });
  }

  protected async revoke(): Promise<void> {
    const a = this.asks();
    const sure = await this.confirm.ask({
      title: a.revokeTitle,
      message: a.revokeBody,
      confirm: a.revokeYes,
      cancel: a.no,
      danger: true,
      testId: 'feed-confirm',
    });
    if (!sure) return;
    await this.write.run(async () => this.feed.set(await this.api.revokeCalendarFeed()), {
      done: this.t().feedRevoked,
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.notifier.done(this.t().feedCopied);
    } catch {
      // No clipboard permission (an insecure origin): the field is selectable for a manual copy.
    }
  }
}
