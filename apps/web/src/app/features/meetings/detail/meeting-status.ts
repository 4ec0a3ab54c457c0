import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MEETING_REASON_MAX_LENGTH,
  MEETING_STATUS_MOVES,
  type ConflictDto,
  type MeetingStatus,
} from '@cumbre/contracts';
import { awaitsConclusion, formatMeetingTime } from '@cumbre/scheduling';
import { FormErrors } from '../../../core/forms/form-errors';
import { fieldError } from '../../../core/forms/field-error';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { CONFIRM_MESSAGES, moveConfirm } from '../ui/confirm-texts';
import { ConflictList, conflictsOf } from '../ui/conflict-list';
import { MEETING_LABELS } from '../ui/meeting-labels';
import { MeetingPanel } from './meeting-panel';

/** The status moves the caller may make; cancelling asks for a reason, scheduling over a clash asks to confirm. */
@Component({
  selector: 'app-meeting-status',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ConflictList, FormErrors],
  template: `
    @if (endedHint(); as hint) {
      <p class="alert alert--notice" data-testid="status-ended">{{ hint }}</p>
    }
    <app-form-errors [action]="write" />
    @if (conflicts(); as list) {
      <div class="alert alert--error" role="alert" data-testid="status-conflicts">
        <p>{{ t().conflictsLead }}</p>
        <app-conflict-list [conflicts]="list" />
        <button mat-flat-button type="button" [disabled]="busy()" (click)="move(pendingMove() ?? 'scheduled', true)">
          {{ t().scheduleAnyway }}
        </button>
      </div>
    }
    @if (cancelling()) {
      <form class="form" (submit)="$event.preventDefault(); confirmCancel()" novalidate data-testid="cancel-form">
        <mat-form-field>
          <mat-label>{{ t().cancelReason }}</mat-label>
          <textarea #reasonInput matInput [formControl]="reason" rows="2" required [maxlength]="reasonMax"></textarea>
          <mat-hint>{{ t().cancelReasonHint }}</mat-hint>
          <mat-error>{{ reasonError() }}</mat-error>
        </mat-form-field>
        <div class="form-actions">
          <button mat-flat-button type="submit" class="danger" [disabled]="busy()">
            {{ t().confirmCancel }}
          </button>
          <button mat-button type="button" (click)="keepMeeting()">
            {{ t().keep }}
          </button>
        </div>
      </form>
    } @else if (moves().length) {
      <div class="form-actions" role="group" [attr.aria-label]="t().statusTitle">
        @for (s of moves(); track s) {
          <button
            mat-stroked-button
            type="button"
            [class.button--danger]="s === 'cancelled'"
            [disabled]="busy()"
            [attr.data-testid]="'move-' + s"
            (click)="s === 'cancelled' ? startCancel() : ask(s)"
          >
            {{ label(s) }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--danger);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingStatusControls extends MeetingPanel {
  private readonly confirm = inject(Confirm);
  private readonly i18n = inject(I18n);
  private readonly asks = injectMessages(CONFIRM_MESSAGES);
  protected readonly labels = injectMessages(MEETING_LABELS);
  protected readonly reasonMax = MEETING_REASON_MAX_LENGTH;
  protected readonly moves = computed(() => {
    const m = this.meeting();
    if (!m.can.edit) return [];
    // Without a date a meeting cannot be scheduled or held; the poll or the edit form sets one.
    return MEETING_STATUS_MOVES[m.status].filter((s) => m.startsAt || (s !== 'scheduled' && s !== 'in_progress'));
  });
  /** To the convener: the meeting has ended by the clock and still waits to be concluded. */
  protected readonly endedHint = computed(() => {
    const m = this.meeting();
    if (!m.can.edit || !awaitsConclusion(m, new Date())) return null;
    const key = m.status === 'scheduled' ? 'ended.scheduled' : 'ended.in_progress';
    return fill(this.t()[key], {
      end: formatMeetingTime(m.endsAt as string, m.timeZone, this.i18n.lang()),
    });
  });
  protected readonly cancelling = signal(false);
  protected readonly conflicts = signal<ConflictDto[] | null>(null);
  protected readonly pendingMove = signal<MeetingStatus | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MEETING_REASON_MAX_LENGTH)],
  });

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly reasonInput = viewChild<ElementRef<HTMLTextAreaElement>>('reasonInput');

  /** The button pressed goes away with the form that replaces it: focus follows to the reason. */
  protected startCancel(): void {
    this.cancelling.set(true);
    setTimeout(() => this.reasonInput()?.nativeElement.focus());
  }

  protected keepMeeting(): void {
    this.cancelling.set(false);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[data-testid=move-cancelled]')?.focus());
  }

  protected label(status: MeetingStatus): string {
    return this.t()[`move.${status}`];
  }

  protected reasonError(): string {
    return fieldError(this.reason, this.c());
  }

  protected confirmCancel(): Promise<void> {
    this.reason.markAsTouched();
    if (this.reason.invalid || !this.reason.value.trim()) {
      this.reason.setErrors({ required: true });
      setTimeout(() => this.reasonInput()?.nativeElement.focus());
      return Promise.resolve();
    }
    return this.ask('cancelled');
  }

  /** Every move is asked in the shared dialog, saying who will be told. */
  protected async ask(status: MeetingStatus): Promise<void> {
    if (this.busy()) return;
    const question = moveConfirm(this.meeting(), status, this.asks(), this.i18n.lang(), this.reason.value.trim());
    if (await this.confirm.ask(question)) await this.move(status);
  }

  protected async move(status: MeetingStatus, confirmConflicts = false): Promise<void> {
    if (this.busy()) return;
    const meeting = this.meeting();
    this.pendingMove.set(status);
    await this.change(
      async () => {
        await this.api.changeStatus(meeting.id, {
          status,
          version: meeting.version,
          ...(status === 'cancelled' ? { reason: this.reason.value.trim() } : {}),
          ...(confirmConflicts ? { confirmConflicts: true } : {}),
        });
        this.conflicts.set(null);
        this.cancelling.set(false);
      },
      {
        done: fill(this.t().statusChanged, {
          status: this.labels()[`status.${status}`],
        }),
        // A clash asks to schedule anyway rather than showing an error.
        handle: (error) => {
          this.conflicts.set(conflictsOf(error));
          return this.conflicts() !== null;
        },
      },
    );
  }
}
