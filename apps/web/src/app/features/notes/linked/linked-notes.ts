import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { NoteSearchHitDto, NoteSummaryDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { FormErrors } from '../../../core/forms/form-errors';
import { COMMON } from '../../../core/i18n/common.messages';
import { defineMessages, injectMessages } from '../../../core/i18n/translate';
import { NotesApi } from '../data-access/notes-api';
import { NoteLabelPipe } from '../ui/note-labels';
import { TlpChip } from '../ui/tlp-banner';

const MESSAGES = defineMessages({
  es: {
    title: 'Notas de la biblioteca',
    none: 'Ninguna nota de la biblioteca vinculada (o ninguno que puedas leer).',
    find: 'Buscar una nota para vincular',
    link: 'Vincular',
    unlink: 'Desvincular',
    linked: 'Nota vinculada.',
    unlinked: 'Nota desvinculada.',
    noHits: 'Ninguna nota coincide.',
  },
  en: {
    title: 'Library notes',
    none: 'No library note linked (or none you may read).',
    find: 'Find a note to link',
    link: 'Link',
    unlink: 'Unlink',
    linked: 'Note linked.',
    unlinked: 'Note unlinked.',
    noHits: 'No note matches.',
  },
});

/**
 * The notes linked to an agenda item, as far as the reader may read them (the API leaves out
 * the others, so an item shows different notes to different readers), and, for whoever edits
 * the agenda, linking a note they can read and unlinking one. Lent to the agenda through
 * features/notes/index.ts.
 */
@Component({
  selector: 'app-linked-notes',
  imports: [FormsModule, MatButtonModule, RouterLink, FormErrors, LoadState, NoteLabelPipe, TlpChip],
  template: `
    <section class="linked-notes" data-testid="linked-notes">
      <h3 class="linked-notes__title">{{ t().title }}</h3>
      <app-load-state [loader]="notes" />
      <ul class="linked-notes__list">
        @for (n of notes.value() ?? []; track n.id) {
          <li>
            <a [routerLink]="['/app/biblioteca', n.id]">{{ n.title }}</a>
            <span class="muted small">{{ n.kind | noteLabel: 'kind' }}</span>
            @if (n.kind === 'intelligence') {
              <app-tlp-chip [marking]="n.marking" />
            }
            @if (canLink()) {
              <button mat-button type="button" [disabled]="write.busy()" (click)="unlink(n)">
                {{ t().unlink }}
              </button>
            }
          </li>
        } @empty {
          @if (!notes.loading()) {
            <li class="muted small">{{ t().none }}</li>
          }
        }
      </ul>
      @if (canLink()) {
        <app-form-errors [action]="write" />
        <form class="linked-notes__find" (ngSubmit)="find()">
          <label>
            {{ t().find }}
            <input type="search" name="q" [(ngModel)]="query" />
          </label>
          <button mat-stroked-button type="submit">{{ c().search }}</button>
        </form>
        @if (hits(); as list) {
          <ul class="linked-notes__list">
            @for (h of list; track h.id) {
              <li>
                <span>{{ h.title }}</span>
                @if (h.kind === 'intelligence') {
                  <app-tlp-chip [marking]="h.marking" />
                }
                <button mat-button type="button" [disabled]="write.busy()" (click)="link(h)">
                  {{ t().link }}
                </button>
              </li>
            } @empty {
              <li class="muted small">{{ t().noHits }}</li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .linked-notes__title {
      font-size: 0.9375rem;
      margin: 0.5rem 0 0.25rem;
    }
    .linked-notes__list {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .linked-notes__list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      overflow-wrap: anywhere;
    }
    .linked-notes__find {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .linked-notes__find label {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
    }
    .linked-notes__find input {
      font: inherit;
      padding: 0.25rem 0.5rem;
      min-height: 2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkedNotes {
  readonly meetingId = input.required<string>();
  readonly itemId = input.required<string>();
  /** Whoever edits the agenda may link and unlink. */
  readonly canLink = input(false);

  private readonly api = inject(NotesApi);
  protected readonly t = injectMessages(MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly notes = new Loader<NoteSummaryDto[]>();
  protected readonly write = new Action();
  protected readonly hits = signal<NoteSearchHitDto[] | null>(null);
  protected query = '';

  constructor() {
    loadFor(
      this.notes,
      () => ({ meetingId: this.meetingId(), itemId: this.itemId() }),
      ({ meetingId, itemId }) => this.api.agendaItemNotes(meetingId, itemId),
    );
  }

  protected async find(): Promise<void> {
    const q = this.query.trim();
    if (!q) return;
    const found = await this.write.run(() => this.api.search({ q, limit: 5 }));
    this.hits.set(found?.items ?? null);
  }

  protected async link(note: NoteSearchHitDto): Promise<void> {
    const list = await this.write.run(() => this.api.linkToAgendaItem(this.meetingId(), this.itemId(), note.id), {
      done: this.t().linked,
    });
    if (list) {
      this.notes.value.set(list);
      this.hits.set(null);
    }
  }

  protected async unlink(note: NoteSummaryDto): Promise<void> {
    const done = await this.write.run(
      async () => {
        await this.api.unlinkFromAgendaItem(this.meetingId(), this.itemId(), note.id);
        return true;
      },
      { done: this.t().unlinked },
    );
    if (done) this.notes.value.update((list) => (list ?? []).filter((n) => n.id !== note.id));
  }
}
