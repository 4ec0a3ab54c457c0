import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  ACTION_ITEM_TEXT_MAX_LENGTH,
  AGENDA_NOTES_MAX_LENGTH,
  DECISION_TEXT_MAX_LENGTH,
  type AgencySummary,
  type AgendaDto,
  type AgendaItemDto,
} from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { Selection } from '../../../core/forms/selection';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { AgendaApi } from '../data-access/agenda-api';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { AgendaDayPipe } from '../ui/agenda-day.pipe';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { MarkdownField } from '../../../core/forms/markdown-field';
import { PlainField } from '../ui/plain-field';
import { ActionItemHistory } from './action-item-history';
import { injectActionItemAccess } from './action-item-access';
import { HistoryToggle } from './history-toggle';

/** An item's minutes: discussion notes, decisions (with endorsing agencies) and action items. */
@Component({
  selector: 'app-item-outcomes',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormErrors,
    FillPipe,
    AgendaLabelPipe,
    AgendaDayPipe,
    MarkdownField,
    PlainField,
    ActionItemHistory,
    HistoryToggle,
  ],
  templateUrl: './item-outcomes.html',
  styleUrls: ['../ui/controls.css', './item-outcomes.css', '../ui/markdown.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemOutcomes implements OnInit {
  readonly meetingId = input.required<string>();
  readonly agenda = input.required<AgendaDto>();
  readonly item = input.required<AgendaItemDto>();
  readonly participants = input.required<readonly AgencySummary[]>();
  /** The meeting's convener, who may update any action item besides its owner agency. */
  readonly convenerId = input<string | null>(null);
  readonly changed = output<AgendaDto>();

  private readonly api = inject(AgendaApi);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly notesMax = AGENDA_NOTES_MAX_LENGTH;
  /** Action items whose history is shown. */
  protected readonly historyOpen = new Selection<string>();
  protected readonly write = new Action({
    labels: () => ({
      notes: this.t().notes,
      text: this.t().decisionText,
      what: this.t().what,
      ownerAgencyId: this.t().ownerAgency,
      dueDate: this.t().dueDate,
    }),
  });
  protected readonly decisionMax = DECISION_TEXT_MAX_LENGTH;
  protected readonly actionMax = ACTION_ITEM_TEXT_MAX_LENGTH;
  protected readonly notes = new FormControl('', { nonNullable: true });
  protected readonly decision = signal('');
  protected readonly endorsers = new Selection<string>();
  protected readonly what = signal('');
  protected readonly owner = signal('');
  protected readonly due = signal('');
  protected readonly canComment = injectActionItemAccess(() => this.convenerId());
  private notesVersion = 0;

  ngOnInit(): void {
    this.notes.setValue(this.item().minutes?.notes ?? '');
    this.notesVersion = this.item().minutes?.version ?? 0;
  }

  protected agencyNames(agencies: readonly AgencySummary[]): string {
    return agencies.map((a) => a.shortName || a.name).join(', ');
  }

  async saveNotes(): Promise<void> {
    const agenda = await this.write.run(
      () =>
        this.api.saveNotes(this.meetingId(), this.item().id, {
          version: this.notesVersion,
          notes: this.notes.value,
        }),
      { done: this.t().notesSaved },
    );
    if (!agenda) return;
    this.notesVersion = agenda.items.find((i) => i.id === this.item().id)?.minutes?.version ?? this.notesVersion;
    this.changed.emit(agenda);
  }

  async addDecision(): Promise<void> {
    const text = this.decision().trim();
    if (!text) return;
    const agenda = await this.write.run(
      () =>
        this.api.addDecision(this.meetingId(), this.item().id, {
          text,
          endorsedAgencyIds: this.endorsers.values(),
        }),
      { done: this.t().decisionAdded },
    );
    if (!agenda) return;
    this.decision.set('');
    this.endorsers.set();
    this.changed.emit(agenda);
  }

  async addActionItem(): Promise<void> {
    const what = this.what().trim();
    if (!what || !this.owner() || !this.due()) return;
    const agenda = await this.write.run(
      () =>
        this.api.addActionItem(this.meetingId(), this.item().id, {
          what,
          ownerAgencyId: this.owner(),
          dueDate: this.due(),
        }),
      { done: this.t().actionItemAdded },
    );
    if (!agenda) return;
    this.what.set('');
    this.due.set('');
    this.changed.emit(agenda);
  }
}
