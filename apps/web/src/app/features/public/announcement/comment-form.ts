import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  COMMENT_EMAIL_MAX_LENGTH,
  COMMENT_NAME_MAX_LENGTH,
  COMMENT_TEXT_MAX_LENGTH,
  type CommentSubmittedDto,
} from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { fieldError, revealErrors } from '../../../core/forms/field-error';
import { FormErrors } from '../../../core/forms/form-errors';
import { COMMON } from '../../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { PublicField } from '../ui/public-field';
import { COMMENT_MESSAGES } from './announcement.messages';

/**
 * A reader's comment or reply: name, e-mail (never published) and text, plus a honeypot field
 * hidden from people. After posting it says whether the comment waits for moderation.
 */
@Component({
  selector: 'app-comment-form',
  imports: [ReactiveFormsModule, FormErrors, FillPipe, PublicField],
  template: `
    @if (submitted(); as done) {
      <div class="alert alert--success" role="status" data-testid="comment-submitted">
        <p>{{ done.status === 'pending' ? t().pending : t().approved }}</p>
        @if (done.confirmationSent) {
          <p>{{ t().confirmationSent }}</p>
        }
        <button type="button" class="button" (click)="again()">
          {{ t().writeAnother }}
        </button>
      </div>
    } @else {
      <form
        class="form comment-form"
        [formGroup]="form"
        (ngSubmit)="send()"
        novalidate
        [attr.aria-labelledby]="headingId()"
      >
        <h3 [id]="headingId()">
          {{ replyTo() ? (t().replyFormTitle | fill: { name: replyTo()! }) : t().formTitle }}
        </h3>
        <p class="small">{{ t().required }} {{ t().privacy }}</p>
        <p class="small muted">{{ t().moderation }}</p>
        @if (!ready()) {
          <p class="small" data-testid="comment-form-loading">{{ t().needsScript }}</p>
        }

        <!-- Disabled until the page is interactive: what a reader types into the server's HTML
             before hydration would not reach the form and be lost. -->
        <fieldset class="plain-fieldset comment-form__fields" [disabled]="!ready()">
          <app-public-field
            [label]="t().name"
            [controlId]="id('name')"
            required
            [error]="err('name')"
            [errorId]="id('name-err')"
          >
            <input
              [id]="id('name')"
              formControlName="name"
              autocomplete="name"
              required
              [maxlength]="nameMax"
              [attr.aria-invalid]="err('name') ? true : null"
              [attr.aria-describedby]="err('name') ? id('name-err') : null"
            />
          </app-public-field>

          <app-public-field
            [label]="t().email"
            [controlId]="id('email')"
            required
            [hint]="t().emailHint"
            [hintId]="id('email-hint')"
            [error]="err('email')"
          >
            <input
              [id]="id('email')"
              type="email"
              formControlName="email"
              autocomplete="email"
              required
              [maxlength]="emailMax"
              [attr.aria-invalid]="err('email') ? true : null"
              [attr.aria-describedby]="id('email-hint')"
            />
          </app-public-field>

          <app-public-field
            [label]="t().text"
            [controlId]="id('text')"
            required
            [hint]="t().textHint | fill: { left: left() }"
            [hintId]="id('text-hint')"
            [error]="err('text')"
          >
            <textarea
              [id]="id('text')"
              formControlName="text"
              rows="5"
              required
              [maxlength]="textMax"
              [attr.aria-invalid]="err('text') ? true : null"
              [attr.aria-describedby]="id('text-hint')"
            ></textarea>
          </app-public-field>

          <!-- The honeypot: people never see it; a bot that fills it is refused. -->
          <div class="honeypot" aria-hidden="true">
            <label>
              {{ t().website }}
              <input formControlName="website" tabindex="-1" autocomplete="off" />
            </label>
          </div>

          <label class="check">
            <input type="checkbox" formControlName="notifyReplies" />
            <span>{{ t().notify }}</span>
          </label>

          <app-form-errors [action]="write" testId="comment-errors" />

          <div class="form-actions">
            <button class="button button--primary" type="submit" [disabled]="write.busy()">
              {{ write.busy() ? t().sending : t().send }}
            </button>
            @if (replyTo()) {
              <button class="button" type="button" (click)="cancelled.emit()">
                {{ t().cancelReply }}
              </button>
            }
          </div>
        </fieldset>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentForm {
  readonly slug = input.required<string>();
  /** A reply: the top-level comment it answers and its author's name. */
  readonly parentId = input<string | null>(null);
  readonly replyTo = input<string | null>(null);
  /** The comment is on the page now (an approved author): reload the thread. */
  readonly posted = output<CommentSubmittedDto>();
  readonly cancelled = output<void>();

  protected readonly t = injectMessages(COMMENT_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly nameMax = COMMENT_NAME_MAX_LENGTH;
  protected readonly emailMax = COMMENT_EMAIL_MAX_LENGTH;
  protected readonly textMax = COMMENT_TEXT_MAX_LENGTH;
  protected readonly submitted = signal<CommentSubmittedDto | null>(null);
  /** True once the browser runs the form (after hydration). */
  protected readonly ready = signal(false);
  protected readonly write = new Action({
    labels: () => ({
      name: this.t().name,
      email: this.t().email,
      text: this.t().text,
    }),
  });

  private readonly api = inject(PublicApi);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(COMMENT_NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(COMMENT_EMAIL_MAX_LENGTH)]],
    text: ['', [Validators.required, Validators.maxLength(COMMENT_TEXT_MAX_LENGTH)]],
    website: [''],
    notifyReplies: [false],
  });
  private readonly text = toSignal(this.form.controls.text.valueChanges, {
    initialValue: '',
  });
  protected readonly left = computed(() => COMMENT_TEXT_MAX_LENGTH - this.text().length);
  /** Ids unique per form: the page shows the main form and a reply form at once. */
  protected readonly headingId = computed(() => this.id('title'));

  constructor() {
    afterNextRender(() => this.ready.set(true));
  }

  protected id(part: string): string {
    return `comment-${this.parentId() ?? 'new'}-${part}`;
  }

  protected err(name: 'name' | 'email' | 'text'): string {
    const control = this.form.controls[name];
    return control.touched ? fieldError(control, this.c()) : '';
  }

  protected async send(): Promise<void> {
    if (!revealErrors(this.form)) return;
    const v = this.form.getRawValue();
    const result = await this.write.run(() =>
      this.api.comment(this.slug(), {
        name: v.name.trim(),
        email: v.email.trim(),
        text: v.text,
        parentId: this.parentId(),
        notifyReplies: v.notifyReplies,
        website: v.website,
      }),
    );
    if (!result) return;
    this.submitted.set(result);
    this.form.controls.text.reset('');
    this.posted.emit(result);
  }

  protected again(): void {
    this.submitted.set(null);
  }
}
