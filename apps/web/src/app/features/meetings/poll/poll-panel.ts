import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  POLL_MAX_SLOTS,
  type AgencySummary,
  type ConflictDto,
  type MeetingDto,
  type PollAnswerRequest,
  type PollDto,
} from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { errorCode, httpStatus, toApiError } from '../../../core/api/api-error';
import { describeError, errorItems } from '../../../core/errors/error-text';
import { FormButtons } from '../../../core/forms/form-buttons';
import { FormErrors } from '../../../core/forms/form-errors';
import { DateField, TimeField } from '../../../core/forms/date-time-fields';
import { normalizeTime } from '../../../core/forms/time-input';
import { COMMON } from '../../../core/i18n/common.messages';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { Notifier } from '../../../core/layout/notifier';
import { CONFIRM_MESSAGES, pickConfirm } from '../ui/confirm-texts';
import { addDays, formatMeetingTime, zoneCity } from '@cumbre/scheduling';
import { MeetingsApi } from '../data-access/meetings-api';
import { PollGrid } from './poll-grid';
import type { PollColumn } from './poll-grid.logic';
import { POLL_MESSAGES } from './poll.messages';
import { browserTimeZone, dayInZone, wallTimeToUtc } from '../ui/zoned-input';

/** What the server said when a pick needed confirming. */
interface PickRetry {
  conflicts: ConflictDto[];
  refusedBy: AgencySummary[];
}

/** "9:00" typed and not yet tidied counts as 09:00; what is no time stays as typed (and fails). */
const time = (text: string | null) => normalizeTime(text ?? '') ?? text ?? '';

type SlotGroup = FormGroup<{
  date: FormControl<string>;
  start: FormControl<string>;
  end: FormControl<string>;
}>;

/** The date poll of a meeting: proposing slots, answering, the grid, and picking a slot. */
@Component({
  selector: 'app-poll-panel',
  imports: [ReactiveFormsModule, MatButtonModule, DateField, TimeField, FillPipe, PollGrid, FormErrors, FormButtons],
  templateUrl: './poll-panel.html',
  styleUrls: ['../ui/fieldset.css', './poll-panel.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PollPanel {
  readonly meeting = input.required<MeetingDto>();
  readonly changed = output<void>();
  /** The agencies the viewer answers for here (the agency switcher's choice); all theirs when null. */
  readonly actFor = input<readonly string[] | null>(null);

  private readonly api = inject(MeetingsApi);
  private readonly notifier = inject(Notifier);
  private readonly confirm = inject(Confirm);
  private readonly asks = injectMessages(CONFIRM_MESSAGES);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly gridRef = viewChild(PollGrid);
  protected readonly t = injectMessages(POLL_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly maxSlots = POLL_MAX_SLOTS;

  protected readonly poll = signal<PollDto | null>(null);
  protected readonly loaded = signal(false);
  protected readonly write = new Action({ labels: () => this.labels() });
  protected readonly busy = this.write.busy;
  /** Why the poll could not be read (a 404 only means there is none yet). */
  protected readonly loadError = signal<unknown>(null);
  protected readonly loadErrors = computed(() => (this.loadError() ? describeError(this.loadError(), this.c()) : []));
  protected readonly proposing = signal(false);
  protected readonly zoneName = computed(() => zoneCity(this.meeting().timeZone));
  protected readonly canPick = computed(() => {
    const poll = this.poll();
    return this.meeting().can.runPoll && !!poll && !poll.chosenSlotId;
  });
  protected readonly answerFor = computed(() => this.actFor() ?? this.meeting().can.rsvpFor);
  protected readonly chosenText = computed(() => {
    const poll = this.poll();
    const slot = poll?.slots.find((s) => s.id === poll.chosenSlotId);
    return slot ? this.inMeetingZone({ startsAt: slot.startsAt, endsAt: slot.endsAt }) : '';
  });
  protected readonly deadlineText = computed(() => {
    const poll = this.poll();
    return poll ? this.inMeetingZone(poll.deadline) : '';
  });
  protected readonly deadlinePassed = computed(() => {
    const poll = this.poll();
    return !!poll && new Date(poll.deadline).getTime() <= Date.now();
  });
  protected readonly pendingNames = computed(() => (this.poll()?.pending ?? []).map((a) => a.shortName).join(', '));

  protected readonly slots = new FormArray<SlotGroup>([]);
  protected readonly deadline = this.fb.group({ date: [''], time: ['23:59'] });
  protected readonly slotErrors = signal<Record<number, string>>({});
  protected readonly deadlineError = signal('');

  constructor() {
    effect(() => {
      // Any reload of the meeting (a pick, new invitations) can change the poll: read it again.
      const id = this.meeting().id;
      untracked(() => void this.load(id));
    });
  }

  protected startProposing(): void {
    const tomorrow = addDays(dayInZone(new Date().toISOString(), this.meeting().timeZone || browserTimeZone()), 1);
    this.slots.clear();
    this.addSlot(addDays(tomorrow, 7));
    this.addSlot(addDays(tomorrow, 8));
    this.deadline.reset({ date: addDays(tomorrow, 2), time: '23:59' });
    this.slotErrors.set({});
    this.deadlineError.set('');
    this.write.reset();
    this.proposing.set(true);
  }

  protected addSlot(date = ''): void {
    if (this.slots.length >= POLL_MAX_SLOTS) return;
    const last = this.slots.at(this.slots.length - 1)?.getRawValue();
    this.slots.push(
      this.fb.group({
        date: [date || (last?.date ? addDays(last.date, 1) : '')],
        start: [last?.start ?? '09:00'],
        end: [last?.end ?? '13:00'],
      }),
    );
  }

  protected removeSlot(index: number): void {
    if (this.slots.length > 1) this.slots.removeAt(index);
  }

  protected async createPoll(): Promise<void> {
    if (this.busy()) return;
    const zone = this.meeting().timeZone;
    const problems: Record<number, string> = {};
    const slots = this.slots.controls.map((group, i) => {
      const v = group.getRawValue();
      const startsAt = wallTimeToUtc(v.date, time(v.start), zone);
      const endsAt = wallTimeToUtc(v.date, time(v.end), zone);
      if (!startsAt || !endsAt) problems[i] = this.t().incomplete;
      else if (endsAt <= startsAt) problems[i] = this.t().endBeforeStart;
      return { startsAt: startsAt ?? '', endsAt: endsAt ?? '' };
    });
    const d = this.deadline.getRawValue();
    const deadline = wallTimeToUtc(d.date, time(d.time), zone);
    this.slotErrors.set(problems);
    this.deadlineError.set(deadline ? '' : this.c().required);
    if (Object.keys(problems).length || !deadline) return;
    await this.act(async () => {
      this.poll.set(await this.api.createPoll(this.meeting().id, { deadline, slots }));
      this.proposing.set(false);
      this.notifier.done(this.t().created);
    }, true);
  }

  protected async saveAnswers(request: PollAnswerRequest): Promise<void> {
    await this.act(async () => {
      this.poll.set(await this.api.answerPoll(this.meeting().id, request));
      this.gridRef()?.clearDraft(request.agencyId);
      this.notifier.done(this.t().saved);
    });
  }

  /**
   * Every pick is asked in the shared dialog: who will be told, who said no, who has not
   * answered and whether answers may still come. A clash the server finds is asked again.
   */
  protected async requestPick(col: PollColumn, retry?: PickRetry): Promise<void> {
    const conflicts = retry?.conflicts ?? [];
    const refusedBy = retry?.refusedBy ?? col.slot.refusedBy;
    if (this.busy()) return;
    const poll = this.poll();
    const question = pickConfirm(
      this.meeting(),
      {
        slot: this.slotTitle(col),
        refusedBy,
        pending: poll?.pending ?? [],
        deadline: poll && !this.deadlinePassed() ? this.deadlineText() : null,
        conflicts,
      },
      this.asks(),
      this.i18n.lang(),
    );
    if (!(await this.confirm.ask(question))) return;
    await this.pick(col, col.needsConfirm || !!retry);
  }

  private async pick(col: PollColumn, confirm: boolean): Promise<void> {
    let again: PickRetry | null = null;
    await this.write.run(
      async () => {
        await this.api.pickSlot(this.meeting().id, {
          slotId: col.slot.id,
          ...(confirm ? { confirm: true } : {}),
        });
        this.changed.emit();
      },
      {
        done: this.t().picked,
        // Agencies said no, or the slot clashes: ask again, naming the clashes.
        handle: (error) => {
          if (errorCode(error) !== 'poll.pick_needs_confirm') return false;
          const body = toApiError(error)?.body ?? {};
          const conflicts = body['conflicts'];
          const refusedBy = body['refusedBy'];
          again = {
            conflicts: Array.isArray(conflicts) ? (conflicts as ConflictDto[]) : [],
            refusedBy: Array.isArray(refusedBy) ? (refusedBy as AgencySummary[]) : col.slot.refusedBy,
          };
          return true;
        },
      },
    );
    // `again` is set inside the callback; TypeScript cannot see that.
    const retry = again as PickRetry | null;
    if (retry) await this.requestPick(col, retry);
  }

  protected slotTitle(col: PollColumn): string {
    return this.inMeetingZone({
      startsAt: col.slot.startsAt,
      endsAt: col.slot.endsAt,
    });
  }

  /** A slot or the deadline in the meeting's time zone, in the reader's language. */
  private inMeetingZone(when: Parameters<typeof formatMeetingTime>[0]): string {
    return formatMeetingTime(when, this.meeting().timeZone, this.i18n.lang());
  }

  protected slotLabel(index: number): string {
    return fill(this.t().slot, { n: index + 1 });
  }

  /** The deadline's own problem (a field's format error shows under the field). */
  protected deadlineFieldError(): string {
    return this.deadlineError();
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    // No poll yet: nothing to ask (a 404 would only log an error in the console).
    if (!this.meeting().hasPoll) {
      this.poll.set(null);
      this.loaded.set(true);
      return;
    }
    try {
      this.poll.set(await this.api.getPoll(id));
    } catch (error: unknown) {
      this.poll.set(null);
      if (httpStatus(error) !== 404) this.loadError.set(error);
    } finally {
      this.loaded.set(true);
    }
  }

  private async act(change: () => Promise<void>, creating = false): Promise<void> {
    await this.write.run(change, {
      handle: creating ? (error) => this.placeErrors(error) : undefined,
    });
  }

  private labels(): Record<string, string> {
    return { deadline: this.t().deadline };
  }

  /** "slots[1].startsAt is in the past" goes under option 2, the deadline's under the deadline. */
  private placeErrors(error: unknown): boolean {
    const items = errorItems(error, this.c(), this.labels());
    if (!items.length) return false;
    const rest: string[] = [];
    const problems: Record<number, string> = { ...this.slotErrors() };
    for (const item of items) {
      const slot = /^slots\[(\d+)\]/.exec(item.field ?? '');
      if (slot) problems[Number(slot[1])] = item.short;
      else if (item.field === 'deadline') this.deadlineError.set(item.short);
      else rest.push(item.full);
    }
    this.slotErrors.set(problems);
    this.write.extra.set(rest);
    return true;
  }
}
