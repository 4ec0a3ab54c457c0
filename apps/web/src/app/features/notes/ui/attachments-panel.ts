import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NOTE_ATTACHMENT_MAX_BYTES, type NoteAttachmentDto, type NoteDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { FilePicker } from '../../../core/forms/file-picker';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { NotesApi } from '../data-access/notes-api';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { ATTACHMENT_MESSAGES } from './attachments.messages';
import { fileSize } from './file-size';

/**
 * A note's attachments as download links (the API checks access again on every download and
 * serves them as attachments), and, for those who may, the upload of PDFs, images and office
 * documents up to 20 MB: the API decides the type by content, this only saves a pointless upload.
 */
@Component({
  selector: 'app-attachments-panel',
  imports: [MatButtonModule, FillPipe, FormErrors, AppDatePipe, FilePicker],
  template: `
    <section class="attachments" aria-labelledby="attachments-title" data-testid="note-attachments">
      <h2 id="attachments-title" class="notes-heading">{{ t().title }}</h2>
      <ul class="attachment-list">
        @for (a of attachments(); track a.id) {
          <li>
            <a
              [href]="api.attachmentUrl(noteId(), a.id)"
              download
              [attr.aria-label]="t().download | fill: { name: a.fileName }"
              >{{ a.fileName }}</a
            >
            <span class="muted small">
              {{ size(a.sizeBytes) }}
              @if (a.uploadedBy) {
                · {{ a.uploadedBy.displayName }}
              }
              · {{ a.uploadedAt | appDate: 'datetime' }}
            </span>
            @if (editable()) {
              <button mat-button type="button" class="button--danger" [disabled]="write.busy()" (click)="remove(a)">
                {{ t().remove }}
              </button>
            }
          </li>
        } @empty {
          <li class="muted">{{ t().none }}</li>
        }
      </ul>
      @if (editable()) {
        <app-form-errors [action]="write" [messages]="ownError() ? [ownError()] : []" />
        <div class="upload">
          <app-file-picker
            [label]="t().choose"
            testId="attachment-input"
            accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.doc,.xls,.ppt"
            [disabled]="write.busy()"
            (picked)="upload($event[0])"
          />
          <p class="muted small">{{ t().hint }}</p>
          @if (write.busy()) {
            <p class="muted small" role="status">{{ t().uploading }}</p>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .attachment-list {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .attachment-list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      overflow-wrap: anywhere;
    }
    .upload p {
      margin: 0.25rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentsPanel {
  /** The note whose files these are; its permissions say whether the reader may add and remove. */
  readonly note = input.required<NoteDto>();
  protected readonly noteId = computed(() => this.note().id);
  protected readonly attachments = computed(() => this.note().attachments);
  protected readonly editable = computed(() => this.note().permissions.uploadAttachment);
  /** After an upload or a removal: the page reloads the note. */
  readonly changed = output<void>();

  protected readonly api = inject(NotesApi);
  private readonly confirm = inject(Confirm);
  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(ATTACHMENT_MESSAGES);
  protected readonly write = new Action();
  protected readonly ownError = signal('');

  protected size(bytes: number): string {
    return fileSize(bytes, this.i18n.locale());
  }

  protected async upload(file: File | undefined): Promise<void> {
    this.ownError.set('');
    if (!file) return;
    if (file.size > NOTE_ATTACHMENT_MAX_BYTES) {
      this.ownError.set(
        fill(this.t().tooBig, {
          name: file.name,
          max: this.size(NOTE_ATTACHMENT_MAX_BYTES),
        }),
      );
      return;
    }
    const done = await this.write.run(() => this.api.upload(this.noteId(), file), {
      done: fill(this.t().uploaded, { name: file.name }),
    });
    if (done) this.changed.emit();
  }

  protected async remove(a: NoteAttachmentDto): Promise<void> {
    const ok = await this.confirm.ask({
      title: fill(this.t().removeTitle, { name: a.fileName }),
      message: this.t().removeMessage,
      confirm: this.t().remove,
      danger: true,
      testId: 'remove-attachment',
    });
    if (!ok) return;
    await this.write.run(() => this.api.removeAttachment(this.noteId(), a.id), {
      done: this.t().removed,
    });
    this.changed.emit();
  }
}
