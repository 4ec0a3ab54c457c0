import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NoteDto } from '@cumbre/contracts';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { NotesApi } from '../data-access/notes-api';
import { AttachmentsPanel } from '../ui/attachments-panel';
import { EDITOR_MESSAGES } from './editor.messages';
import { NoteForm } from './note-form';

/** The editor for an existing note, with its attachments (uploaded and removed right away). */
@Component({
  selector: 'app-note-edit-page',
  imports: [RouterLink, NoteForm, AttachmentsPanel, LoadState],
  template: `
    <p class="small">
      <a [routerLink]="['/app/biblioteca', id()]">‹ {{ t().back }}</a>
    </p>
    <h1>{{ t().editTitle }}</h1>
    <p class="lead">{{ t().editLead }}</p>
    <app-load-state [loader]="note" />
    @if (note.value(); as n) {
      <section class="panel">
        <app-note-form [note]="n" (reload)="load()" />
      </section>
      @if (n.permissions.uploadAttachment || n.attachments.length) {
        <section class="panel">
          <app-attachments-panel [note]="n" (changed)="load()" />
        </section>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteEditPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(NotesApi);
  protected readonly t = injectMessages(EDITOR_MESSAGES);
  protected readonly note = new Loader<NoteDto>();
  protected readonly load = loadFor(this.note, this.id, (id) => this.api.get(id));

  constructor() {
    pageTitle(() => this.note.value()?.title ?? this.t().editTitle);
  }
}
