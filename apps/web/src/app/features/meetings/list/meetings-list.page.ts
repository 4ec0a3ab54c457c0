import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  MEETING_STATUSES,
  type AgencyDirectoryEntry,
  type MeetingStatus,
  type MeetingSummaryDto,
  type Page,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { COMMON } from '../../../core/i18n/common.messages';
import { I18n } from '../../../core/i18n/i18n.service';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { Pager } from '../../../core/layout/pager';
import { SessionStore } from '../../../core/session/session.store';
import { CalendarFeed } from '../calendar/calendar-feed';
import { formatDayLong, groupByDay } from '../calendar/calendar-month';
import { MEETING_LABELS, MeetingLabelPipe } from '../ui/meeting-labels';
import { enumOptions, namedOptions, SelectField } from '../../../core/forms/select-field';
import { MeetingStatusBadge } from '../ui/meeting-status-badge';
import { MeetingWhen } from '../ui/meeting-when';
import { MeetingsApi } from '../data-access/meetings-api';
import { LIST_MESSAGES } from '../ui/meetings.messages';

/** "Mis reuniones": upcoming or past, filtered, as an agenda grouped by day. */
@Component({
  selector: 'app-meetings-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    SelectField,
    FillPipe,
    Pager,
    MeetingLabelPipe,
    MeetingWhen,
    MeetingStatusBadge,
    CalendarFeed,
    PageHead,
    LoadState,
  ],
  templateUrl: './meetings-list.page.html',
  styleUrl: './meetings-list.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingsListPage {
  /** Query parameter `?cuando=pasadas` selects the past tab. */
  readonly cuando = input<string | undefined>();

  private readonly api = inject(MeetingsApi);
  private readonly directory = inject(AgenciesApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  protected readonly t = injectMessages(LIST_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly statusOptions = enumOptions(MEETING_STATUSES, MEETING_LABELS, 'status');
  protected readonly pageSize = 20;

  protected readonly when = computed(() => (this.cuando() === 'pasadas' ? 'past' : 'upcoming'));
  protected readonly offset = signal(0);
  protected readonly meetings = new Loader<Page<MeetingSummaryDto>>();
  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();
  protected readonly agencyOptions = computed(() => namedOptions(this.agencies.value()?.items ?? []));
  protected readonly groups = computed(() => groupByDay(this.meetings.value()?.items ?? []));
  protected readonly canCreate = computed(
    () => this.session.isAdmin() || this.session.memberships().some((m) => m.role === 'leader' || m.role === 'staff'),
  );

  protected readonly filters = inject(NonNullableFormBuilder).group({
    status: ['' as MeetingStatus | ''],
    agencyId: [''],
  });
  protected readonly filterValues = toSignal(this.filters.valueChanges, {
    initialValue: this.filters.getRawValue(),
  });

  constructor() {
    pageTitle(() => this.t().title);
    void this.agencies.run(() => this.directory.list({ limit: 500 }));
    this.filters.valueChanges.subscribe(() => this.offset.set(0));
    effect(() => {
      const when = this.when();
      const { status, agencyId } = this.filterValues();
      const offset = this.offset();
      untracked(
        () =>
          void this.meetings.run(() =>
            this.api.list({
              when,
              status: status || undefined,
              agencyId: agencyId || undefined,
              limit: this.pageSize,
              offset,
            }),
          ),
      );
    });
  }

  protected dayLabel(date: string | null): string {
    return date ? formatDayLong(date, this.i18n.locale()) : this.t().noDate;
  }

  protected goTo(offset: number): void {
    this.offset.set(offset);
  }

  protected place(m: MeetingSummaryDto): string {
    return [m.venue.name, m.venue.city].filter(Boolean).join(', ');
  }
}
