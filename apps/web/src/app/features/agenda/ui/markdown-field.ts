import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { AgendaApi } from '../data-access/agenda-api';
import { AGENDA_MESSAGES } from './agenda.messages';
import { injectMessages } from '../../../core/i18n/translate';

let nextId = 0;

/**
 * A Markdown textarea with a preview rendered by the server (POST /api/markdown/preview): the one
 * renderer and sanitiser of the app, so the preview is exactly what readers will see.
 */
@Component({
  selector: 'app-markdown-field',
  imports: [ReactiveFormsModule, MatButtonModule],
  template: `
    <label class="field" [for]="id">{{ label() }}</label>
    <textarea
      class="input"
      [id]="id"
      rows="4"
      [formControl]="control()"
      [attr.maxlength]="maxLength()"
      [attr.data-testid]="testId() || null"
    ></textarea>
    <div class="md-actions">
      <button mat-button type="button" (click)="toggle()" [attr.aria-expanded]="html() !== null">
        {{ html() === null ? t().preview : t().hidePreview }}
      </button>
    </div>
    @if (html(); as h) {
      <div class="md-preview markdown" aria-live="polite" [innerHTML]="h"></div>
    } @else if (html() === '') {
      <p class="muted">{{ t().previewEmpty }}</p>
    }
  `,
  styleUrl: './controls.css',
  // Own rules after the shared controls.
  host: { class: 'md-field' },
  styles: `
    :host {
      display: block;
    }
    .md-actions {
      display: flex;
      justify-content: flex-end;
    }
    .md-preview {
      border: 1px dashed var(--border);
      border-radius: var(--radius);
      padding: 0.5rem 0.75rem;
      background: var(--bg);
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly maxLength = input<number | null>(null);
  readonly testId = input('');
  private readonly api = inject(AgendaApi);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly id = `md-field-${nextId++}`;
  /** null: preview closed. */
  protected readonly html = signal<string | null>(null);

  async toggle(): Promise<void> {
    if (this.html() !== null) {
      this.html.set(null);
      return;
    }
    const markdown = this.control().value;
    if (!markdown.trim()) {
      this.html.set('');
      return;
    }
    try {
      this.html.set((await this.api.preview(markdown)).html);
    } catch {
      this.html.set('');
    }
  }
}
