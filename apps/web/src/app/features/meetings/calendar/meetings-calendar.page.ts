import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { MeetingSummaryDto } from '@cumbre/contracts';
import { describeError } from '../../../core/errors/error-text';
import { Loader } from '../../../core/api/loader';
import { COMMON } from '../../../core/i18n/common.messages';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import {
  addDays,
  addMonths,
  formatTimeOfDay,
  monthGrid,
  monthKey,
  monthOf,
  parseMonth,
  shiftMonth,
  weekdayIndex,
  type YearMonth,
} from '@cumbre/scheduling';
import { formatDayLong, formatMonthTitle, gridRange, meetingsByDay, weekdayNames } from './calendar-month';
import { MeetingLabelPipe } from '../ui/meeting-labels';
import { MeetingWhen } from '../ui/meeting-when';
import { MeetingsApi } from '../data-access/meetings-api';
import { LIST_MESSAGES } from '../ui/meetings.messages';
import { browserTimeZone, dayInZone } from '../ui/zoned-input';

const CHIPS_PER_DAY = 3;

/** The month view: meetings on their days (in each meeting's zone), usable from the keyboard. */
@Component({
  selector: 'app-meetings-calendar-page',
  imports: [RouterLink, MatButtonModule, FillPipe, MeetingLabelPipe, MeetingWhen, PageHead],
  templateUrl: './meetings-calendar.page.html',
  styleUrl: './meetings-calendar.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingsCalendarPage {
  /** Query parameter `?mes=2026-12`; the current month without it. */
  readonly mes = input<string | undefined>();

  private readonly api = inject(MeetingsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(LIST_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly chipsPerDay = CHIPS_PER_DAY;

  protected readonly today = dayInZone(new Date().toISOString(), browserTimeZone());
  protected readonly month = computed<YearMonth>(() => parseMonth(this.mes()) ?? monthOf(this.today));
  protected readonly weeks = computed(() => monthGrid(this.month()));
  protected readonly title = computed(() => formatMonthTitle(this.month(), this.i18n.locale()));
  protected readonly weekdays = computed(() => {
    const short = weekdayNames(this.i18n.locale(), 'short');
    return weekdayNames(this.i18n.locale(), 'long').map((long, i) => ({
      long,
      short: short[i],
    }));
  });
  protected readonly meetings = new Loader<MeetingSummaryDto[]>();
  protected readonly errorText = computed(() =>
    this.meetings.error() ? describeError(this.meetings.error(), this.c())[0] : '',
  );
  protected readonly byDay = computed(() => meetingsByDay(this.meetings.value() ?? []));
  /** The day whose meetings are listed below the grid; also the one day button in the tab order. */
  protected readonly selected = signal<string>(this.today);
  private pickBusyDay = false;
  protected readonly selectedMeetings = computed(() => this.byDay().get(this.selected()) ?? []);

  constructor() {
    pageTitle(() => this.t().calendarTitle);
    effect(() => {
      const month = this.month();
      const weeks = this.weeks();
      untracked(() => {
        const selected = this.selected();
        if (monthOf(selected).month !== month.month || monthOf(selected).year !== month.year) {
          const today = monthOf(this.today);
          const hasToday = today.year === month.year && today.month === month.month;
          this.selected.set(hasToday ? this.today : `${monthKey(month)}-01`);
          this.pickBusyDay = !hasToday;
        }
        const range = gridRange(weeks);
        void this.meetings
          .run(() => this.api.listAll({ from: range.from, to: range.to }))
          .then(() => this.selectFirstBusyDay(month));
      });
    });
  }

  protected dayLabel(date: string): string {
    const count = this.byDay().get(date)?.length ?? 0;
    const meetings =
      count === 0 ? this.t().dayNone : count === 1 ? this.t().dayMeetingsOne : fill(this.t().dayMeetings, { n: count });
    return `${formatDayLong(date, this.i18n.locale())}: ${meetings}`;
  }

  protected selectedTitle(): string {
    return fill(this.t().selectedDay, {
      day: formatDayLong(this.selected(), this.i18n.locale()),
    });
  }

  protected time(m: MeetingSummaryDto): string {
    return m.startsAt ? formatTimeOfDay(m.startsAt, m.timeZone, this.i18n.lang()) : '';
  }

  protected goToMonth(delta: number): void {
    void this.navigate(shiftMonth(this.month(), delta));
  }

  protected goToToday(): void {
    this.selected.set(this.today);
    void this.navigate(monthOf(this.today)).then(() => this.focus(this.today));
  }

  protected select(date: string): void {
    this.pickBusyDay = false;
    this.selected.set(date);
  }

  /** A month opened without today in it shows its first day with meetings, not an empty 1st. */
  private selectFirstBusyDay(month: YearMonth): void {
    if (!this.pickBusyDay) return;
    this.pickBusyDay = false;
    const first = [...this.byDay().keys()].filter((date) => monthKey(monthOf(date)) === monthKey(month)).sort()[0];
    if (first) this.selected.set(first);
  }

  /**
   * Arrow keys move a day or a week, Home/End to the week's ends, Page Up/Down a month. Each
   * press moves from the selected day, not from the button it reached: presses typed faster than
   * focus follows (or while another month loads) arrive on the old button and must still count.
   */
  protected onKey(event: KeyboardEvent, pressed: string): void {
    const date = this.selected() || pressed;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(date, -1),
      ArrowRight: () => addDays(date, 1),
      ArrowUp: () => addDays(date, -7),
      ArrowDown: () => addDays(date, 7),
      Home: () => addDays(date, -weekdayIndex(date)),
      End: () => addDays(date, 6 - weekdayIndex(date)),
      PageUp: () => addMonths(date, -1),
      PageDown: () => addMonths(date, 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.pickBusyDay = false;
    const target = move();
    this.selected.set(target);
    const month = monthOf(target);
    const current = this.month();
    if (month.year !== current.year || month.month !== current.month) {
      void this.navigate(month).then(() => this.focus(target));
    } else {
      this.focus(target);
    }
  }

  private navigate(month: YearMonth): Promise<boolean> {
    return this.router.navigate([], {
      queryParams: { mes: monthKey(month) },
      queryParamsHandling: 'merge',
    });
  }

  /** Focus on the day's button: at once when it is on screen, else once the month has rendered. */
  private focus(date: string): void {
    const button = () => this.host.nativeElement.querySelector<HTMLElement>(`button[data-date="${date}"]`);
    const now = button();
    if (now) now.focus();
    else setTimeout(() => button()?.focus());
  }
}
