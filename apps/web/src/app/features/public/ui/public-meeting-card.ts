import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_PATHS, type PublicMeetingDto } from '@cumbre/contracts';
import { formatMeetingTime } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';
import { injectMessages } from '../../../core/i18n/translate';
import { MEETING_CARD_MESSAGES } from './public-ui.messages';

/** "dd/mm/aaaa 09:00–13:00 hora de Lima (UTC−5)": the meeting's own zone, always named. */
export function publicMeetingTime(m: PublicMeetingDto, lang: 'es' | 'en'): string {
  return m.startsAt ? formatMeetingTime({ startsAt: m.startsAt, endsAt: m.endsAt }, m.timeZone, lang) : '';
}

export function meetingPlace(m: PublicMeetingDto): string {
  return [m.venue.name, m.venue.address, m.venue.city].filter(Boolean).join(', ');
}

/** One public meeting in a list: title, time in its zone, place, host, status, its .ics. */
@Component({
  selector: 'app-public-meeting-card',
  imports: [RouterLink],
  template: `
    @let m = meeting();
    <article class="card meeting-card" data-testid="public-meeting">
      <h3 class="card-title">
        <a [routerLink]="path()">{{ m.title }}</a>
      </h3>
      @if (m.status === 'cancelled') {
        <p>
          <span class="badge badge--accent">{{ t().cancelled }}</span>
        </p>
      } @else if (m.status === 'in_progress') {
        <p>
          <span class="badge">{{ t().inProgress }}</span>
        </p>
      } @else if (m.status === 'concluded') {
        <p>
          <span class="badge" data-testid="public-meeting-held">{{ t().held }}</span>
        </p>
      }
      @if (time()) {
        <p class="meeting-card__time">{{ time() }}</p>
      } @else {
        <p class="muted">{{ t().noDate }}</p>
      }
      @if (place()) {
        <p class="small">{{ place() }}</p>
      }
      <p class="small muted">{{ t().host }}: {{ m.hostAgency.name }}</p>
      <p class="small">
        <a [href]="m.icsUrl">{{ t().ics }}</a>
        @if (m.agendaPublished) {
          ·
          <a [routerLink]="path()" data-testid="public-meeting-agenda">{{
            m.minutesPublished ? t().agendaAndDecisions : t().agenda
          }}</a>
        }
      </p>
    </article>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicMeetingCard {
  readonly meeting = input.required<PublicMeetingDto>();
  protected readonly t = injectMessages(MEETING_CARD_MESSAGES);
  private readonly i18n = inject(I18n);
  protected readonly time = computed(() => publicMeetingTime(this.meeting(), this.i18n.lang()));
  protected readonly place = computed(() => meetingPlace(this.meeting()));
  protected readonly path = computed(() => PUBLIC_PATHS.meeting(this.meeting().id));
}
