import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { AgencySummary, NoteDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { loadFor } from '../../../core/api/load-for';
import { errorText } from '../../../core/errors/error-signal';
import { FormErrors } from '../../../core/forms/form-errors';
import { COMMON } from '../../../core/i18n/common.messages';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { pageTitle } from '../../../core/layout/page-title';
import { NotesApi } from '../data-access/notes-api';
import { AttachmentsPanel } from '../ui/attachments-panel';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { NoteLabelPipe } from '../ui/note-labels';
import { placeText } from '../ui/places';
import { TlpBanner } from '../ui/tlp-banner';
import { NoteComments } from './note-comments';
import { NoteHistory } from './note-history';
import { NoteReaders } from './note-readers';
import { NOTE_MESSAGES } from './note.messages';

/**
 * One note: its TLP banner (intelligence), body, tags, places, attachments, "esto nos ayudó",
 * comments, history with diffs and, for the head of its agency, who read it. A note the reader
 * may not read is a 404 from the API, worded as "not found" like any missing note.
 */
@Component({
  selector: 'app-note-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    FillPipe,
    FormErrors,
    AppDatePipe,
    NoteLabelPipe,
    TlpBanner,
    AttachmentsPanel,
    NoteComments,
    NoteHistory,
    NoteReaders,
  ],
  templateUrl: './note-detail.page.html',
  styleUrl: './note-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteDetailPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly api = inject(NotesApi);
  private readonly router = inject(Router);
  private readonly confirm = inject(Confirm);
  protected readonly t = injectMessages(NOTE_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly note = new Loader<NoteDto>();
  protected readonly loadError = errorText(() => this.note.error());
  protected readonly refresh = loadFor(this.note, this.id, (id) => this.api.get(id));
  protected readonly placeText = placeText;
  protected readonly endorse = new Action();
  protected readonly removal = new Action();

  protected readonly helpedText = computed(() => {
    const n = this.note.value()?.endorsementCount ?? 0;
    if (n === 0) return this.t().helpedNone;
    return n === 1 ? this.t().helpedCountOne : fill(this.t().helpedCount, { n });
  });

  constructor() {
    pageTitle(() => this.note.value()?.title ?? '');
  }

  protected endorsedAs(note: NoteDto, agency: AgencySummary): boolean {
    return note.endorsedBy.some((a) => a.id === agency.id);
  }

  protected endorseLabel(note: NoteDto, agency: AgencySummary): string {
    if (this.endorsedAs(note, agency)) return fill(this.t().unhelped, { agency: agency.shortName });
    return note.permissions.endorseAs.length > 1
      ? fill(this.t().helpedAs, { agency: agency.shortName })
      : this.t().helped;
  }

  protected async toggleEndorsement(note: NoteDto, agency: AgencySummary): Promise<void> {
    const withdraw = this.endorsedAs(note, agency);
    const result = await this.endorse.run(
      () => (withdraw ? this.api.unendorse(note.id, agency.id) : this.api.endorse(note.id, agency.id)),
      { done: withdraw ? this.t().unendorsed : this.t().endorsed },
    );
    if (result) {
      this.note.value.update((n) =>
        n && n.id === note.id ? { ...n, endorsementCount: result.count, endorsedBy: result.agencies } : n,
      );
    }
  }

  protected async remove(note: NoteDto): Promise<void> {
    const ok = await this.confirm.ask({
      title: this.t().deleteTitle,
      message: this.t().deleteMessage,
      confirm: this.t().delete,
      danger: true,
      testId: 'delete-note',
    });
    if (!ok) return;
    const done = await this.removal.run(
      async () => {
        await this.api.remove(note.id);
        return true;
      },
      { done: this.t().deleted },
    );
    if (done) void this.router.navigate(['/app/biblioteca']);
  }
}
