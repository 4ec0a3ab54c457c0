import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  POLL_ANSWERS,
  type PollAnswer,
  type PollAnswerRequest,
  type PollDto,
  type PollSlotDto,
} from '@cumbre/contracts';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { MeetingLabelPipe } from '../ui/meeting-labels';
import { formatMeetingTime, formatTimeOfDay, zoneLabel } from '@cumbre/scheduling';
import {
  answerRequest,
  buildPollGrid,
  isComplete,
  setDraft,
  type Drafts,
  type PollColumn,
  type PollRow,
} from './poll-grid.logic';
import { POLL_MESSAGES } from './poll.messages';

/** Slots × agencies with each answer and the tally; the viewer's own agencies' rows are editable. */
@Component({
  selector: 'app-poll-grid',
  imports: [MatButtonModule, FillPipe, MeetingLabelPipe],
  templateUrl: './poll-grid.html',
  styleUrl: './poll-grid.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PollGrid {
  readonly poll = input.required<PollDto>();
  readonly timeZone = input.required<string>();
  /** Agencies the viewer answers for. */
  readonly editableAgencyIds = input<readonly string[]>([]);
  readonly canPick = input(false);
  readonly busy = input(false);
  readonly save = output<PollAnswerRequest>();
  readonly pick = output<PollColumn>();

  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(POLL_MESSAGES);
  protected readonly answers = POLL_ANSWERS;
  protected readonly drafts = signal<Drafts>({});
  protected readonly grid = computed(() => buildPollGrid(this.poll(), this.editableAgencyIds(), this.drafts()));
  protected readonly editableRows = computed(() => this.grid().rows.filter((r) => r.editable));
  protected readonly zone = computed(() => {
    const first = this.poll().slots[0];
    return first ? zoneLabel(new Date(first.startsAt), this.timeZone(), this.i18n.lang()) : '';
  });

  /** "sáb 05/12/2026" in Spanish; "Sat, 5 Dec 2026" in English (the month in words, never 12/05). */
  protected slotDay(slot: PollSlotDto): string {
    const spanish = this.i18n.lang() === 'es';
    return new Intl.DateTimeFormat(spanish ? 'es-PE' : 'en-GB', {
      timeZone: this.timeZone(),
      weekday: 'short',
      day: spanish ? '2-digit' : 'numeric',
      month: spanish ? '2-digit' : 'short',
      year: 'numeric',
    }).format(new Date(slot.startsAt));
  }

  protected slotTime(slot: PollSlotDto): string {
    const lang = this.i18n.lang();
    return `${formatTimeOfDay(slot.startsAt, this.timeZone(), lang)}–${formatTimeOfDay(slot.endsAt, this.timeZone(), lang)}`;
  }

  protected slotLabel(slot: PollSlotDto): string {
    return formatMeetingTime({ startsAt: slot.startsAt, endsAt: slot.endsAt }, this.timeZone(), this.i18n.lang());
  }

  /** The column's name for screen readers, with its badge: the aria-label replaces the visible text. */
  protected headerLabel(col: PollColumn): string {
    const badge = col.chosen ? this.t().chosenBadge : col.best ? this.t().best : '';
    const label = this.slotLabel(col.slot);
    return badge ? `${label} (${badge})` : label;
  }

  protected cellLabel(row: PollRow, slot: PollSlotDto): string {
    return fill(this.t().answerFor, {
      agency: row.agency.shortName,
      slot: this.slotLabel(slot),
    });
  }

  protected choose(row: PollRow, slotId: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const answer = POLL_ANSWERS.find((a) => a === value);
    if (answer) this.drafts.set(setDraft(this.drafts(), row.agency.id, slotId, answer));
  }

  protected canSave(row: PollRow): boolean {
    return isComplete(row) && !this.busy();
  }

  protected saveRow(row: PollRow): void {
    this.save.emit(answerRequest(row));
  }

  /** Called by the panel once a save went through, so the row shows the server's answers. */
  clearDraft(agencyId: string): void {
    const next = { ...this.drafts() };
    delete next[agencyId];
    this.drafts.set(next);
  }

  protected symbol(answer: PollAnswer | null): string {
    return answer === 'yes' ? '✓' : answer === 'if_need_be' ? '(✓)' : answer === 'no' ? '✗' : '—';
  }
}
