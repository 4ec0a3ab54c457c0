import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ConflictDto, MeetingDto } from '@cumbre/contracts';
import { clashesMatter } from '@cumbre/scheduling';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { COMMON } from '../../../core/i18n/common.messages';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { SessionStore } from '../../../core/session/session.store';
import { actionPlanOfMeeting } from '../../agenda';
import { ConflictList } from '../ui/conflict-list';
import { DETAIL_MESSAGES } from './detail.messages';
import { InvitationsPanel } from './invitations-panel';
import { MeetingLabelPipe } from '../ui/meeting-labels';
import { MeetingStatusControls } from './meeting-status';
import { MeetingStatusBadge } from '../ui/meeting-status-badge';
import { MeetingWhen } from '../ui/meeting-when';
import { MeetingsApi } from '../data-access/meetings-api';
import { PollPanel } from '../poll/poll-panel';
import { RsvpForm } from './rsvp-form';

/** One meeting: details, status, conflicts, invitations, my agencies' answers and the date poll. */
@Component({
  selector: 'app-meeting-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    FillPipe,
    MeetingLabelPipe,
    MeetingWhen,
    MeetingStatusBadge,
    MeetingStatusControls,
    ConflictList,
    InvitationsPanel,
    RsvpForm,
    PollPanel,
    LoadState,
  ],
  templateUrl: './meeting-detail.page.html',
  styleUrl: './meeting-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingDetailPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly api = inject(MeetingsApi);
  protected readonly t = injectMessages(DETAIL_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly meeting = new Loader<MeetingDto>();
  /** Its commitments in the action plan, once the meeting is under way or over. */
  protected readonly planLink = actionPlanOfMeeting;
  protected readonly conflicts = signal<ConflictDto[]>([]);
  protected readonly place = computed(() => {
    const venue = this.meeting.value()?.venue;
    return venue ? [venue.name, venue.address, venue.city].filter(Boolean).join(', ') : '';
  });
  private readonly session = inject(SessionStore);
  /**
   * The agencies the viewer answers for on this page. With several memberships the agency
   * switcher decides: only the current agency answers (the page says so and how to change it).
   */
  protected readonly actFor = computed<string[]>(() => {
    const ids = this.meeting.value()?.can.rsvpFor ?? [];
    if (!this.session.hasSeveralAgencies()) return ids;
    const current = this.session.currentAgency()?.id;
    return ids.filter((id) => id === current);
  });
  /** "Actúas por …" when the viewer has several agencies and one of theirs is invited. */
  protected readonly actingNote = computed(() => {
    const m = this.meeting.value();
    const current = this.session.currentAgency();
    if (!m || !current || !this.session.hasSeveralAgencies()) return '';
    if (!m.can.rsvpFor.length && !m.can.runPoll) return '';
    return this.actFor().length
      ? fill(this.t().actingFor, { agency: current.name })
      : fill(this.t().actingForNotInvited, { agency: current.name });
  });

  constructor() {
    pageTitle(() => this.meeting.value()?.title ?? '');
    effect(() => {
      const id = this.id();
      untracked(() => void this.reload(id));
    });
  }

  protected refresh(): void {
    void this.reload(this.id());
  }

  private async reload(id: string): Promise<void> {
    await this.meeting.run(() => this.api.get(id));
    const m = this.meeting.value();
    // Clashes warn about a meeting still to be held; after it, they are history.
    if (m?.id === id && m.startsAt && clashesMatter(m, new Date())) {
      this.conflicts.set(await this.api.conflicts(id).catch(() => []));
    } else {
      this.conflicts.set([]);
    }
  }
}
