import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  PUBLIC_PATHS,
  type CommentHoldReason,
  type ModerationAction,
  type ModerationCommentDto,
  type ModerationQueueDto,
} from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { FormErrors } from '../../../core/forms/form-errors';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { ModerationApi, type ModerationQueueName } from '../data-access/moderation-api';
import { ModerationCount } from '../data-access/moderation-count';
import { MODERATION_MESSAGES } from './moderation.messages';

/** `/app/moderacion?cola=reportados`: the pending or the reported comments, oldest first. */
@Component({
  selector: 'app-moderation-queue-page',
  imports: [RouterLink, MatButtonModule, PageHead, FormErrors, LoadState, FillPipe, AppDatePipe],
  templateUrl: './moderation-queue.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationQueuePage {
  /** `?cola=reportados` shows the reported comments. */
  readonly cola = input<string>();
  protected readonly t = injectMessages(MODERATION_MESSAGES);
  protected readonly queueName = computed<ModerationQueueName>(() =>
    this.cola() === 'reportados' ? 'flagged' : 'pending',
  );
  protected readonly queue = new Loader<ModerationQueueDto>();
  protected readonly decide = new Action({ reload: () => this.reload() });
  protected readonly counts = inject(ModerationCount).value;
  protected readonly announcementPath = PUBLIC_PATHS.announcement;
  /** The ways to turn a comment down; each asks first. */
  protected readonly refusals = ['reject', 'spam'] as const satisfies readonly ModerationAction[];
  private readonly api = inject(ModerationApi);
  private readonly count = inject(ModerationCount);
  private readonly confirm = inject(Confirm);

  constructor() {
    pageTitle(() => this.t().title);
    effect(() => {
      this.queueName();
      untracked(() => void this.reload());
    });
  }

  protected reasonLabel(reason: CommentHoldReason): string {
    return this.t()[`reason_${reason}`];
  }

  protected async act(c: ModerationCommentDto, action: ModerationAction): Promise<void> {
    if (action !== 'approve') {
      const ok = await this.confirm.ask({
        title: fill(action === 'spam' ? this.t().confirmSpam : this.t().confirmReject, {
          name: c.authorName,
        }),
        message: this.t().confirmRejectBody,
        confirm: action === 'spam' ? this.t().spam : this.t().reject,
        danger: true,
        testId: 'confirm-moderation',
      });
      if (!ok) return;
    }
    const done = await this.decide.run(() => this.api.decide(c.id, { action, version: c.version }), {
      done: action === 'approve' ? this.t().approved : action === 'spam' ? this.t().spammed : this.t().rejected,
    });
    if (done) await this.reload();
  }

  protected async block(c: ModerationCommentDto, target: 'email' | 'ip'): Promise<void> {
    const ok = await this.confirm.ask({
      title:
        target === 'email'
          ? fill(this.t().confirmBlockEmail, { email: c.authorEmail })
          : fill(this.t().confirmBlockIp, { name: c.authorName }),
      message: this.t().confirmBlockBody,
      confirm: this.t().block,
      danger: true,
      testId: 'confirm-block',
    });
    if (!ok) return;
    const done = await this.decide.run(() => this.api.block({ commentId: c.id, target }), { done: this.t().blocked });
    if (done) await this.reload();
  }

  private async reload(): Promise<void> {
    const name = this.queueName();
    await Promise.all([this.queue.run(() => this.api.queue(name)), this.count.refresh()]);
  }
}
