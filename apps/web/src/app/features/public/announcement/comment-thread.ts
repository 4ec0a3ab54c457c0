import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import type { CommentSubmittedDto, PublicCommentDto } from '@cumbre/contracts';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { COMMENT_MESSAGES } from './announcement.messages';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

/** Approved comments, oldest first, each with its replies (one level) and a reply form on demand. */
@Component({
  selector: 'app-comment-thread',
  imports: [CommentItem, CommentForm, FillPipe],
  template: `
    <ol class="comment-list">
      @for (c of comments(); track c.id) {
        <li>
          <app-comment-item [comment]="c" [canReply]="!c.withdrawn" (reply)="replyingTo.set($event)" />
          @if (c.replies.length) {
            <ol
              class="comment-list comment-list--replies"
              [attr.aria-label]="t().repliesOf | fill: { name: c.authorName ?? '' }"
            >
              @for (r of c.replies; track r.id) {
                <li><app-comment-item [comment]="r" /></li>
              }
            </ol>
          }
          @if (replyingTo()?.id === c.id) {
            <div class="comment-list--replies">
              <app-comment-form
                [slug]="slug()"
                [parentId]="c.id"
                [replyTo]="c.authorName"
                (posted)="posted.emit($event)"
                (cancelled)="replyingTo.set(null)"
              />
            </div>
          }
        </li>
      }
    </ol>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentThread {
  readonly slug = input.required<string>();
  readonly comments = input.required<PublicCommentDto[]>();
  readonly posted = output<CommentSubmittedDto>();
  protected readonly t = injectMessages(COMMENT_MESSAGES);
  protected readonly replyingTo = signal<PublicCommentDto | null>(null);
}
