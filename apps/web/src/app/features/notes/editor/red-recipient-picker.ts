import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AgencySummary, NoteRecipientDto } from '@cumbre/contracts';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { NotesApi } from '../data-access/notes-api';
import { EDITOR_MESSAGES } from './editor.messages';

/** A named RED recipient as the editor shows it (agencies when the API said them). */
export interface RecipientChoice {
  id: string;
  displayName: string;
  agencies?: AgencySummary[];
}

/** Wait this long after the last keystroke before asking the API. */
export const RECIPIENT_SEARCH_DELAY_MS = 250;
const MIN_QUERY = 2;

/**
 * Picks the people a TLP:RED note names, from any agency: search by name (the API lists
 * RED-cleared people only, and only to a RED-cleared writer), chosen people shown as chips.
 */
@Component({
  selector: 'app-red-recipient-picker',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, FillPipe],
  template: `
    <fieldset class="plain recipient-picker">
      <legend>{{ t().recipients }}</legend>
      <p class="muted small">{{ t().recipientsHint }}</p>
      <ul class="chips" data-testid="recipient-chips" [attr.aria-label]="t().recipients">
        @for (p of chosen(); track p.id) {
          <li class="chip" data-testid="recipient-chip">
            <span
              >{{ p.displayName }}
              @if (agencyText(p); as a) {
                <span class="muted"> · {{ a }}</span>
              }
            </span>
            <button
              type="button"
              class="chip__remove"
              [attr.aria-label]="t().removeRecipient | fill: { name: p.displayName }"
              (click)="remove(p.id)"
            >
              ×
            </button>
          </li>
        } @empty {
          <li class="muted small">{{ t().noRecipientsYet }}</li>
        }
      </ul>
      <mat-form-field>
        <mat-label>{{ t().recipientSearch }}</mat-label>
        <input
          matInput
          type="search"
          autocomplete="off"
          data-testid="recipient-search"
          [value]="query()"
          (input)="typed($any($event.target).value)"
        />
        <mat-hint>{{ t().recipientSearchHint }}</mat-hint>
      </mat-form-field>
      <div aria-live="polite">
        @switch (state()) {
          @case ('loading') {
            <p class="muted small">{{ t().recipientSearching }}</p>
          }
          @case ('error') {
            <p class="alert alert--error" role="alert">{{ t().recipientSearchFailed }}</p>
          }
          @case ('done') {
            @if (!results().length) {
              <p class="muted small">{{ t().recipientNoMatch }}</p>
            }
          }
        }
      </div>
      <ul class="recipient-results" data-testid="recipient-results">
        @for (p of results(); track p.id) {
          <li>
            <button mat-stroked-button type="button" [disabled]="isChosen(p.id)" (click)="add(p)">
              {{ p.displayName }} · {{ agencyText(p) }}
            </button>
          </li>
        }
      </ul>
    </fieldset>
  `,
  styles: `
    .chips,
    .recipient-results {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      border: 1px solid var(--border);
      border-radius: 999px;
      padding: 0.125rem 0.25rem 0.125rem 0.75rem;
    }
    .chip__remove {
      border: 0;
      background: none;
      cursor: pointer;
      font-size: 1.1rem;
      line-height: 1;
      padding: 0.25rem 0.5rem;
      border-radius: 999px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RedRecipientPicker {
  readonly chosen = input<RecipientChoice[]>([]);
  readonly chosenChange = output<RecipientChoice[]>();

  private readonly api = inject(NotesApi);
  protected readonly t = injectMessages(EDITOR_MESSAGES);
  protected readonly query = signal('');
  protected readonly results = signal<NoteRecipientDto[]>([]);
  protected readonly state = signal<'idle' | 'loading' | 'done' | 'error'>('idle');
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the answer to the latest query is shown. */
  private asked = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected typed(value: string): void {
    this.query.set(value);
    clearTimeout(this.timer);
    const q = value.trim();
    if (q.length < MIN_QUERY) {
      this.asked++;
      this.results.set([]);
      this.state.set('idle');
      return;
    }
    this.timer = setTimeout(() => void this.search(q), RECIPIENT_SEARCH_DELAY_MS);
  }

  private async search(q: string): Promise<void> {
    const ticket = ++this.asked;
    this.state.set('loading');
    try {
      const found = await this.api.recipients({ q });
      if (ticket !== this.asked) return;
      this.results.set(found);
      this.state.set('done');
    } catch {
      if (ticket !== this.asked) return;
      this.results.set([]);
      this.state.set('error');
    }
  }

  protected isChosen(id: string): boolean {
    return this.chosen().some((p) => p.id === id);
  }

  protected agencyText(p: RecipientChoice): string {
    return (p.agencies ?? []).map((a) => a.shortName || a.name).join(', ');
  }

  protected add(p: NoteRecipientDto): void {
    if (!this.isChosen(p.id)) this.chosenChange.emit([...this.chosen(), p]);
    this.asked++;
    this.query.set('');
    this.results.set([]);
    this.state.set('idle');
  }

  protected remove(id: string): void {
    this.chosenChange.emit(this.chosen().filter((p) => p.id !== id));
  }
}
