import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingDto } from '@cumbre/contracts';
import { formatMeetingTime, timeLang } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';
import { injectMessages } from '../../../core/i18n/translate';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';

/**
 * The top of a meeting's printed document (the agenda, the minutes): back to the agenda and
 * *Imprimir*, which do not print, then the host, the title, the time in the meeting's zone
 * (named) and the place.
 */
@Component({
  selector: 'app-print-head',
  imports: [RouterLink],
  template: `
    <nav class="no-print print-tools">
      <a [routerLink]="['/app/reuniones', meetingId(), 'agenda']">‹ {{ t().title }}</a>
      <button type="button" (click)="print()" data-testid="print-now">
        {{ t().printNow }}
      </button>
    </nav>
    @if (meeting(); as m) {
      <header class="doc-head">
        <p class="kicker">{{ m.hostAgency.name }}</p>
        <h1 data-testid="print-title">{{ m.title }}</h1>
        <p>{{ when() }}</p>
        @if (place()) {
          <p>{{ place() }}</p>
        }
      </header>
    }
  `,
  styleUrl: './print-head.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintHead {
  readonly meetingId = input.required<string>();
  /** Null while it loads. */
  readonly meeting = input.required<MeetingDto | null>();

  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly when = computed(() => {
    const m = this.meeting();
    return m
      ? formatMeetingTime({ startsAt: m.startsAt, endsAt: m.endsAt }, m.timeZone, timeLang(this.i18n.lang()))
      : '';
  });
  protected readonly place = computed(() => {
    const venue = this.meeting()?.venue;
    return venue ? [venue.name, venue.address, venue.city].filter(Boolean).join(', ') : '';
  });

  protected print(): void {
    window.print();
  }
}
