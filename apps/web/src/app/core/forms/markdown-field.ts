import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { errorText } from '../errors/error-signal';
import { Loader } from '../api/loader';
import { MarkdownApi } from '../api/markdown-api';
import { FillPipe, injectMessages } from '../i18n/translate';
import { FieldBase } from './field-base';
import { MARKDOWN_MESSAGES } from './markdown.messages';

/**
 * A Markdown text with a "Vista previa" tab. The preview is the server's rendering
 * (`POST /api/markdown/preview`, the app's one sanitiser), shown with [innerHTML]: what the
 * author sees is exactly what readers will get, scripts and all made inert the same way. The
 * one Markdown editor of the app: notes, announcements and the agenda's texts. On FieldBase like
 * the other fields (control, label, test id — `md-input` when none is given —, first error).
 */
@Component({
  selector: 'app-markdown-field',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, FillPipe],
  template: `
    <div class="md-field">
      <div class="md-tabs" role="group" [attr.aria-label]="t().modes | fill: { field: label() }">
        <button type="button" class="md-tab" [attr.aria-pressed]="!previewing()" (click)="previewing.set(false)">
          {{ t().write }}
        </button>
        <button
          type="button"
          class="md-tab"
          data-testid="md-preview-tab"
          [attr.aria-pressed]="previewing()"
          (click)="showPreview()"
        >
          {{ t().preview }}
        </button>
      </div>
      @if (previewing()) {
        @if (previewError()) {
          <p class="alert alert--error" role="alert">{{ previewError() }}</p>
        } @else if (rendered.loading()) {
          <p class="muted" role="status">{{ c().loading }}</p>
        } @else {
          <div
            class="note-body md-preview"
            data-testid="md-preview"
            aria-live="polite"
            [innerHTML]="rendered.value() ?? ''"
          ></div>
          @if (!control().value.trim()) {
            <p class="muted">{{ t().previewEmpty }}</p>
          }
        }
      } @else {
        <mat-form-field class="md-input">
          <mat-label>{{ label() }}</mat-label>
          <textarea
            matInput
            [formControl]="control()"
            [rows]="rows()"
            [attr.maxlength]="max()"
            [attr.data-testid]="testId() || 'md-input'"
          ></textarea>
          <mat-hint>{{ t().markdownHint }}</mat-hint>
          <mat-hint align="end">{{ count() }}</mat-hint>
          <mat-error>{{ error() }}</mat-error>
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    .md-tabs {
      display: flex;
      gap: 0.25rem;
      margin-bottom: 0.5rem;
    }
    .md-tab {
      border: 1px solid var(--border);
      background: var(--surface);
      border-radius: 6px;
      padding: 0.25rem 0.75rem;
      cursor: pointer;
      font: inherit;
    }
    .md-tab[aria-pressed='true'] {
      background: var(--brand);
      color: #fff;
      border-color: var(--brand);
    }
    .md-input {
      width: 100%;
    }
    .md-preview {
      min-height: 8rem;
      border: 1px dashed var(--border);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
      background: var(--surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownField extends FieldBase {
  readonly max = input.required<number>();
  readonly rows = input(12);

  private readonly api = inject(MarkdownApi);
  protected readonly t = injectMessages(MARKDOWN_MESSAGES);
  protected readonly previewing = signal(false);
  protected readonly rendered = new Loader<string>();
  protected readonly previewError = errorText(() => this.rendered.error());

  /** "12 / 20000" (FieldBase marks the view for check on every change of the value). */
  protected count(): string {
    return `${this.control().value.length} / ${this.max()}`;
  }

  protected showPreview(): void {
    this.previewing.set(true);
    const markdown = this.control().value;
    void this.rendered.run(async () => (markdown.trim() ? (await this.api.preview(markdown)).html : ''));
  }
}
