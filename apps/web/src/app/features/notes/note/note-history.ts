import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { NoteHistoryDto } from '@cumbre/contracts';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { COMMON } from '../../../core/i18n/common.messages';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { NotesApi } from '../data-access/notes-api';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { HISTORY_MESSAGES } from './note.messages';
import { diffFields, editorsBetween, orderedPair, revisionFields } from './revision-diff.logic';

/**
 * The revisions of a note, oldest first, and the diff of any two of them with who made the
 * changes. The API keeps every version; the comparison is done here, field by field.
 */
@Component({
  selector: 'app-note-history',
  imports: [FormsModule, FillPipe, AppDatePipe, LoadState],
  template: `
    <section class="panel" aria-labelledby="history-title" data-testid="note-history">
      <h2 id="history-title">{{ t().title }}</h2>
      <p class="muted small">{{ t().lead }}</p>
      <app-load-state [loader]="history" />
      @if (history.value(); as revisions) {
        <ol class="revisions" reversed>
          @for (r of revisionsNewestFirst(); track r.version) {
            <li>
              <strong>{{ t().version | fill: { n: r.version } }}</strong>
              <span class="muted small">
                {{
                  t().by
                    | fill
                      : {
                          name: r.editedBy?.displayName ?? t().unknown,
                          when: (r.editedAt | appDate: 'datetime'),
                        }
                }}
              </span>
            </li>
          }
        </ol>
        @if (revisions.length < 2) {
          <p class="muted">{{ t().onlyOne }}</p>
        } @else {
          <div class="compare">
            @for (end of ends; track end.testId) {
              <label>
                {{ t()[end.label] }}
                <select
                  [ngModel]="end.version()"
                  (ngModelChange)="end.version.set(+$event)"
                  [attr.data-testid]="end.testId"
                >
                  @for (r of revisions; track r.version) {
                    <option [value]="r.version">
                      {{ t().version | fill: { n: r.version } }}
                    </option>
                  }
                </select>
              </label>
            }
          </div>
          <div class="diff" data-testid="note-diff" aria-live="polite">
            @if (changed().length) {
              <p class="small">{{ who() }}</p>
              @for (f of changed(); track f.field) {
                <h3 class="diff__field">{{ fieldLabel(f.field) }}</h3>
                <p class="diff__text">
                  @for (p of f.parts; track $index) {
                    @switch (p.kind) {
                      @case ('added') {
                        <ins [attr.title]="t().added">{{ p.text }}</ins>
                      }
                      @case ('removed') {
                        <del [attr.title]="t().removed">{{ p.text }}</del>
                      }
                      @default {
                        <span>{{ p.text }}</span>
                      }
                    }
                  }
                </p>
              }
            } @else {
              <p class="muted">{{ t().noChanges }}</p>
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    .revisions {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.25rem;
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
    }
    .compare {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-bottom: 0.5rem;
    }
    .compare label {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .compare select {
      font: inherit;
      padding: 0.25rem;
      min-height: 2rem;
    }
    .diff__field {
      font-size: 0.875rem;
      color: var(--muted);
      margin: 0.75rem 0 0.25rem;
    }
    .diff__text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0;
      font-family: var(--font-mono);
      font-size: 0.875rem;
      background: var(--bg);
      border-radius: 6px;
      padding: 0.5rem;
    }
    ins {
      background: #d7f5dd;
      color: #0f3d1c;
      text-decoration: underline;
    }
    del {
      background: #fde0de;
      color: #6b1410;
      text-decoration: line-through;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteHistory {
  readonly noteId = input.required<string>();
  /** The note's current version: a change reloads the history. */
  readonly version = input.required<number>();

  private readonly api = inject(NotesApi);
  protected readonly t = injectMessages(HISTORY_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly history = new Loader<NoteHistoryDto>();
  private readonly lastEdit = computed(() => {
    const revisions = this.history.value() ?? [];
    const last = revisions[revisions.length - 1]?.version ?? 0;
    return [revisions[revisions.length - 2]?.version ?? last, last] as const;
  });

  /** The pair compared; after each read, by default, what the last edit changed. */
  protected readonly from = linkedSignal(() => this.lastEdit()[0]);
  protected readonly to = linkedSignal(() => this.lastEdit()[1]);
  protected readonly ends = [
    { label: 'from', version: this.from, testId: 'diff-from' },
    { label: 'to', version: this.to, testId: 'diff-to' },
  ] as const;

  protected readonly revisionsNewestFirst = computed(() => [...(this.history.value() ?? [])].reverse());

  private readonly pair = computed(() => orderedPair(this.from(), this.to()));

  protected readonly changed = computed(() => {
    const revisions = this.history.value() ?? [];
    const [a, b] = this.pair();
    const before = revisions.find((r) => r.version === a);
    const after = revisions.find((r) => r.version === b);
    if (!before || !after || a === b) return [];
    const words = { yes: this.c().yes, no: this.c().no };
    return diffFields(revisionFields(before, words), revisionFields(after, words)).filter((f) => f.changed);
  });

  protected readonly who = computed(() => {
    const [a, b] = this.pair();
    const people = editorsBetween(this.history.value() ?? [], a, b, this.t().unknown);
    return fill(this.t().changedBy, { from: a, to: b, people: people.join(', ') });
  });

  constructor() {
    loadFor(
      this.history,
      () => ({ id: this.noteId(), version: this.version() }),
      ({ id }) => this.api.history(id),
    );
  }

  protected fieldLabel(field: string): string {
    const key = `field.${field}` as keyof ReturnType<typeof this.t>;
    return this.t()[key] ?? field;
  }
}
