import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { NOTE_COMMENT_MAX_LENGTH, type NoteCommentDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { FormErrors } from '../../../core/forms/form-errors';
import { revealErrors } from '../../../core/forms/field-error';
import { injectMessages } from '../../../core/i18n/translate';
import { namedOptions, SelectField } from '../../../core/forms/select-field';
import { TextField } from '../../../core/forms/text-field';
import { SessionStore } from '../../../core/session/session.store';
import { NotesApi } from '../data-access/notes-api';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMENTS_MESSAGES } from './note.messages';

/** Comments on a note: internal to its readers, Markdown rendered by the server. */
@Component({
  selector: 'app-note-comments',
  imports: [ReactiveFormsModule, MatButtonModule, SelectField, TextField, FormErrors, AppDatePipe, LoadState],
  template: `
    <section class="panel" aria-labelledby="comments-title" data-testid="note-comments">
      <h2 id="comments-title">{{ t().title }}</h2>
      <p class="muted small">{{ t().lead }}</p>
      <app-load-state [loader]="comments" />
      <ul class="comments">
        @for (cm of comments.value() ?? []; track cm.id) {
          <li class="comment">
            <p class="small comment__who">
              <strong>{{ cm.author?.displayName ?? t().unknown }}</strong>
              @if (cm.authorAgency) {
                · {{ cm.authorAgency.shortName }}
              }
              · <span class="muted">{{ cm.createdAt | appDate: 'datetime' }}</span>
            </p>
            <div class="note-body" [innerHTML]="cm.bodyHtml"></div>
          </li>
        } @empty {
          @if (!comments.loading()) {
            <li class="muted">{{ t().none }}</li>
          }
        }
      </ul>
      @if (canComment()) {
        <form class="form" [formGroup]="form" (ngSubmit)="send()" novalidate>
          <app-form-errors [action]="write" />
          @if (agencies().length > 1) {
            <app-select-field [control]="form.controls.agencyId" [label]="t().as" [options]="agencyOptions()" />
          }
          <app-text-field
            [control]="form.controls.body"
            [label]="t().label"
            [rows]="3"
            [limit]="bodyMax"
            testId="comment-body"
          />
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="write.busy()">
              {{ t().send }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .comments {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .comment {
      border-inline-start: 3px solid var(--border);
      padding-inline-start: 0.75rem;
    }
    .comment__who {
      margin: 0 0 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteComments {
  readonly noteId = input.required<string>();
  readonly canComment = input.required<boolean>();

  private readonly api = inject(NotesApi);
  private readonly session = inject(SessionStore);
  protected readonly t = injectMessages(COMMENTS_MESSAGES);
  protected readonly comments = new Loader<NoteCommentDto[]>();
  protected readonly write = new Action();
  protected readonly agencies = computed(() => this.session.memberships().map((m) => m.agency));
  protected readonly agencyOptions = computed(() => namedOptions(this.agencies()));

  protected readonly bodyMax = NOTE_COMMENT_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    agencyId: [this.session.currentAgency()?.id ?? ''],
    body: ['', [Validators.required, Validators.maxLength(NOTE_COMMENT_MAX_LENGTH)]],
  });

  constructor() {
    loadFor(this.comments, this.noteId, (id) => this.api.comments(id));
  }

  protected async send(): Promise<void> {
    if (!revealErrors(this.form)) return;
    const { agencyId, body } = this.form.getRawValue();
    const id = this.noteId();
    const saved = await this.write.run(
      () =>
        this.api.comment(id, {
          body: body.trim(),
          ...(agencyId ? { agencyId } : {}),
        }),
      { done: this.t().sent },
    );
    if (saved) {
      this.form.controls.body.reset('');
      this.comments.value.update((list) => [...(list ?? []), saved]);
    }
  }
}
