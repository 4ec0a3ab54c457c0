import { ChangeDetectionStrategy, Component, computed, inject, PLATFORM_ID } from '@angular/core';
import { isPlatformBrowser, NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { HomeAwaitingDto, HomeConveningDto, HomeMeetingDto } from '@cumbre/contracts';
import { awaitsConclusion, formatMeetingTime } from '@cumbre/scheduling';
import { Loader } from '../../core/api/loader';
import { errorText } from '../../core/errors/error-signal';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { EnumLabelPipe } from '../../core/i18n/enum-label.pipe';
import { I18n } from '../../core/i18n/i18n.service';
import { CountPipe, countText, fill, FillPipe, injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { SessionStore } from '../../core/session/session.store';
import { actionPlanOf } from '../agenda';
import { NOTIFICATION_TEXT, notificationText } from '../notifications';
import type { HomeDto } from '@cumbre/contracts';
import { HomeApi } from './data-access/home-api';
import { HOME_MESSAGES } from './home.messages';
import { agencyList, daysAway, isHomeEmpty, relativeDays } from './home.logic';

/**
 * Where a leader or staff member starts the day: what waits for an answer, what their agency
 * owes, what comes next, what was just held, what they convene.
 */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, NgTemplateOutlet, FillPipe, CountPipe, EnumLabelPipe, AppDatePipe],
  templateUrl: './home.page.html',
  styleUrl: './home.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(HomeApi);
  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(HOME_MESSAGES);
  private readonly words = injectMessages(NOTIFICATION_TEXT);
  protected readonly home = new Loader<HomeDto>();
  protected readonly loadError = errorText(() => this.home.error());
  protected readonly currentId = computed(() => this.session.currentAgency()?.id ?? null);
  protected readonly empty = computed(() => {
    const home = this.home.value();
    return !!home && isHomeEmpty(home);
  });
  /** Leaders and staff can convene; an analyst only waits to be invited. */
  protected readonly canConvene = computed(
    () => this.session.isAdmin() || this.session.memberships().some((m) => m.role === 'leader' || m.role === 'staff'),
  );
  protected readonly notifications = computed(() =>
    (this.home.value()?.notifications.items ?? []).map((n) => ({
      n,
      ...notificationText(n, this.words(), this.i18n.locale()),
    })),
  );
  protected readonly unreadText = computed(() => {
    const n = this.home.value()?.notifications.unread ?? 0;
    if (!n) return '';
    return countText(n, this.t().notificationsUnreadOne, this.t().notificationsUnread);
  });

  constructor() {
    pageTitle(() => this.t().title);
    if (isPlatformBrowser(inject(PLATFORM_ID))) this.load();
  }

  protected load(): void {
    void this.home.run(() => this.api.get());
  }

  /** "05/12/2026 09:00–13:00 hora de Lima (UTC−5)". */
  protected when(m: HomeMeetingDto): string {
    return m.startsAt && m.endsAt
      ? formatMeetingTime({ startsAt: m.startsAt, endsAt: m.endsAt }, m.timeZone, this.i18n.lang())
      : this.t().undated;
  }

  /** "en 3 días", counted on the meeting's own calendar. */
  protected relative(instant: string | null, zone: string): string {
    return instant ? relativeDays(daysAway(instant, zone, new Date()), this.i18n.lang()) : '';
  }

  protected deadlineLine(a: HomeAwaitingDto): string {
    const zone = a.meeting.timeZone;
    if (!a.deadline) return this.t().invitationUndated;
    const when = formatMeetingTime(a.deadline, zone, this.i18n.lang());
    const relative = this.relative(a.deadline, zone);
    return fill(a.kind === 'poll' ? this.t().pollDeadline : this.t().invitationStarts, { when, relative });
  }

  /** Ended by the clock, still scheduled or under way: it waits on the convener to conclude it. */
  protected ended(m: HomeMeetingDto): boolean {
    return awaitsConclusion(m, new Date());
  }

  protected invitedLine(c: HomeConveningDto): string {
    if (!c.invitedCount) return this.t().noInvitations;
    return countText(c.invitedCount, this.t().invitedCountOne, this.t().invitedCount);
  }

  protected pendingPollLine(c: HomeConveningDto): string {
    const when = c.pollDeadline ? formatMeetingTime(c.pollDeadline, c.meeting.timeZone, this.i18n.lang()) : '';
    return fill(this.t().pendingPoll, {
      agencies: agencyList(c.pendingPoll),
      when,
    });
  }

  protected readonly agencyList = agencyList;
  protected readonly planLink = actionPlanOf;

  protected rsvpLine(m: HomeMeetingDto): string {
    return m.myRsvp ? fill(this.t().yourAnswer, { rsvp: this.t()[`rsvp.${m.myRsvp}`] }) : '';
  }
}
