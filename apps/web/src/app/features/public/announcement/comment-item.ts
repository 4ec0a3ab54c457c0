import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  COMMENT_FLAG_NOTE_MAX_LENGTH,
  COMMENT_FLAG_REASONS,
  type CommentFlagReason,
  type PublicCommentDto,
} from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { PublicDatePipe } from '../ui/public-date';
import { PublicField } from '../ui/public-field';
import { COMMENT_MESSAGES } from './announcement.messages';

/**
 * One comment (or reply): its author, date and text (plain text, interpolated, so any markup in
 * it shows as characters), or the moderation placeholder; and the reader's report form.
 */
@Component({
  selector: 'app-comment-item',
  imports: [FormsModule, FormErrors, FillPipe, PublicDatePipe, PublicField],
  template: `
    @let c = comment();
    @if (c.withdrawn) {
      <p class="comment comment--withdrawn muted" data-testid="comment-withdrawn">
        <em>{{ t().withdrawn }}</em>
      </p>
    } @else {
      <article class="comment" [attr.id]="'comentario-' + c.id" data-testid="comment">
        <header class="comment__head">
          <strong class="comment__author">{{ c.authorName }}</strong>
          <time class="small muted" [attr.datetime]="c.createdAt">{{ c.createdAt | publicDate: true }}</time>
        </header>
        <p class="comment__text">{{ c.text }}</p>
        <div class="comment__actions">
          @if (canReply()) {
            <button
              type="button"
              class="link-button"
              [attr.aria-label]="t().replyTo | fill: { name: c.authorName ?? '' }"
              (click)="reply.emit(c)"
            >
              {{ t().reply }}
            </button>
          }
          @if (!reported()) {
            <button
              type="button"
              class="link-button"
              [attr.aria-expanded]="reporting()"
              (click)="reporting.set(!reporting())"
            >
              {{ t().report }}
            </button>
          }
        </div>
        @if (reported()) {
          <p class="small" role="status">{{ t().reported }}</p>
        } @else if (reporting()) {
          <form class="form flag-form" (ngSubmit)="sendReport()">
            <fieldset class="plain-fieldset">
              <legend>{{ t().reportTitle }}</legend>
              <app-public-field [label]="t().reason" [controlId]="'flag-reason-' + c.id">
                <select class="native-select" [id]="'flag-reason-' + c.id" name="reason" [(ngModel)]="reason">
                  @for (r of reasons; track r) {
                    <option [value]="r">{{ reasonLabel(r) }}</option>
                  }
                </select>
              </app-public-field>
              <app-public-field [label]="t().note" [controlId]="'flag-note-' + c.id">
                <input [id]="'flag-note-' + c.id" name="note" [(ngModel)]="note" [maxlength]="noteMax" />
              </app-public-field>
            </fieldset>
            <app-form-errors [action]="flag" />
            <div class="form-actions">
              <button class="button button--primary" type="submit" [disabled]="flag.busy()">
                {{ t().sendReport }}
              </button>
              <button class="button" type="button" (click)="reporting.set(false)">
                {{ t().cancel }}
              </button>
            </div>
          </form>
        }
      </article>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentItem {
  readonly comment = input.required<PublicCommentDto>();
  /** Top-level comments take replies; replies do not (one level). */
  readonly canReply = input(false);
  readonly reply = output<PublicCommentDto>();

  protected readonly t = injectMessages(COMMENT_MESSAGES);
  protected readonly reasons = COMMENT_FLAG_REASONS;
  protected readonly noteMax = COMMENT_FLAG_NOTE_MAX_LENGTH;
  protected readonly reporting = signal(false);
  protected readonly reported = signal(false);
  protected reason: CommentFlagReason = 'spam';
  protected note = '';
  protected readonly flag = new Action();
  private readonly api = inject(PublicApi);
  protected readonly reasonLabel = (r: CommentFlagReason) => this.t()[`reason_${r}`];
  protected readonly id = computed(() => this.comment().id);

  protected async sendReport(): Promise<void> {
    const note = this.note.trim();
    const done = await this.flag.run(async () => {
      await this.api.flag(this.id(), {
        reason: this.reason,
        ...(note ? { note } : {}),
      });
      return true;
    });
    if (done) {
      this.reported.set(true);
      this.reporting.set(false);
    }
  }
}
