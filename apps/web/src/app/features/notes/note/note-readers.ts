import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { NoteReadEventDto } from '@cumbre/contracts';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { COMMON } from '../../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { NotesApi } from '../data-access/notes-api';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { READERS_MESSAGES } from './note.messages';

/** "Quién lo leyó": the read audit of one note, for the head of its author agency. */
@Component({
  selector: 'app-note-readers',
  imports: [FillPipe, AppDatePipe, LoadState],
  template: `
    <section class="panel" aria-labelledby="readers-title" data-testid="note-readers">
      <h2 id="readers-title">{{ t().title }}</h2>
      <p class="muted small">{{ t().lead }}</p>
      <app-load-state [loader]="events" />
      @if (events.value(); as list) {
        @if (list.length) {
          <p class="small">
            {{ people() === 1 ? t().readersOne : (t().readers | fill: { n: people() }) }}
          </p>
          <div class="table-scroll">
            <table class="readers">
              <thead>
                <tr>
                  <th scope="col">{{ t().reader }}</th>
                  <th scope="col">{{ t().action }}</th>
                  <th scope="col">{{ t().when }}</th>
                  <th scope="col">{{ t().from }}</th>
                </tr>
              </thead>
              <tbody>
                @for (e of list; track $index) {
                  <tr>
                    <td>{{ e.reader?.displayName ?? t().unknown }}</td>
                    <td>{{ actionLabel(e) }}</td>
                    <td>{{ e.at | appDate: 'datetime' }}</td>
                    <td class="mono">{{ e.ip ?? c().none }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="muted">{{ t().none }}</p>
        }
      }
    </section>
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    .readers {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.875rem;
    }
    .readers th,
    .readers td {
      text-align: start;
      padding: 0.375rem 0.5rem;
      border-bottom: 1px solid var(--border);
      vertical-align: top;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteReaders {
  readonly noteId = input.required<string>();

  private readonly api = inject(NotesApi);
  protected readonly t = injectMessages(READERS_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly events = new Loader<NoteReadEventDto[]>();
  protected readonly people = computed(() => new Set((this.events.value() ?? []).map((e) => e.reader?.id ?? '?')).size);

  constructor() {
    loadFor(this.events, this.noteId, (id) => this.api.readers(id));
  }

  protected actionLabel(e: NoteReadEventDto): string {
    return this.t()[`action.${e.action}`];
  }
}
