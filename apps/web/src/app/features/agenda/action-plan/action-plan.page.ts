import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  ACTION_ITEM_STATUSES,
  type ActionPlanCountsDto,
  type ActionPlanItemDto,
  type ActionItemListQuery,
  type ActionItemStatus,
  type ActionPlanSummaryDto,
  type AgencyDirectoryEntry,
  type Page,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { FormErrors } from '../../../core/forms/form-errors';
import { Selection } from '../../../core/forms/selection';
import { groupLabel } from '../../../core/i18n/group-label.pipe';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Pager } from '../../../core/layout/pager';
import { pageTitle } from '../../../core/layout/page-title';
import { AgendaApi } from '../data-access/agenda-api';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { AgendaDayPipe } from '../ui/agenda-day.pipe';
import { ActionItemHistory } from '../minutes/action-item-history';
import { HistoryToggle } from '../minutes/history-toggle';
import { MeetingsApi } from '../../meetings/data-access/meetings-api';
import { ACTION_PLAN_PATH, MEETING_QUERY, OWNER_QUERY } from './action-plan-link';
import { ACTION_PLAN_MESSAGES } from './action-plan.messages';

const LIMIT = 50;
/** The summary's count columns, in the order of an item's life; overdue items are counted in their status too. */
const SUMMARY_COLUMNS: readonly { field: keyof ActionPlanCountsDto; status?: ActionItemStatus }[] = [
  { field: 'open', status: 'open' },
  { field: 'inProgress', status: 'in_progress' },
  { field: 'blocked', status: 'blocked' },
  { field: 'done', status: 'done' },
  { field: 'overdue' },
  { field: 'total' },
];

/** Every action item across the meetings the user may see: filters, status changes, CSV. */
@Component({
  selector: 'app-action-plan-page',
  imports: [
    MatButtonModule,
    NgTemplateOutlet,
    RouterLink,
    FormErrors,
    LoadState,
    FillPipe,
    AgendaLabelPipe,
    AgendaDayPipe,
    Pager,
    ActionItemHistory,
    HistoryToggle,
  ],
  templateUrl: './action-plan.page.html',
  styleUrls: ['../ui/controls.css', './action-plan.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanPage implements OnInit {
  private readonly api = inject(AgendaApi);
  private readonly agencies = inject(AgenciesApi);
  private readonly meetings = inject(MeetingsApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly t = injectMessages(ACTION_PLAN_MESSAGES);
  private readonly labels = injectMessages(AGENDA_MESSAGES);
  protected readonly summaryColumns = computed(() => {
    const t = this.t();
    const labels = this.labels();
    return SUMMARY_COLUMNS.map(({ field, status }) => ({
      field,
      label: status ? groupLabel(labels, 'status', status) : t[field as 'overdue' | 'total'],
    }));
  });
  /** Action items whose history and comments are shown. */
  protected readonly historyOpen = new Selection<string>();
  protected readonly statuses = ACTION_ITEM_STATUSES;
  protected readonly status = signal<ActionItemStatus | ''>('');
  protected readonly owner = signal('');
  protected readonly overdue = signal(false);
  /** `?reunion=<id>`: one meeting's commitments; its title once known. */
  protected readonly meeting = signal<{ id: string; title: string } | null>(null);
  protected readonly planPath = ACTION_PLAN_PATH;
  protected readonly offset = signal(0);
  protected readonly owners = signal<AgencyDirectoryEntry[]>([]);
  protected readonly page = new Loader<Page<ActionPlanItemDto>>();
  protected readonly summary = new Loader<ActionPlanSummaryDto>();
  protected readonly write = new Action({ reload: () => this.load() });
  protected readonly query = computed<ActionItemListQuery>(() => ({
    status: this.status() || undefined,
    ownerAgencyId: this.owner() || undefined,
    overdue: this.overdue() || undefined,
    meetingId: this.meeting()?.id,
  }));
  protected readonly csvUrl = computed(() => this.api.actionItemsCsvUrl(this.query()));
  protected readonly limit = LIMIT;

  constructor() {
    pageTitle(() => this.t().title);
  }

  ngOnInit(): void {
    // `?entidad=<id>` opens the plan on one owner agency (the home page links so).
    const owner = this.route.snapshot.queryParamMap.get(OWNER_QUERY);
    if (owner) this.owner.set(owner);
    // `?reunion=<id>` opens it on one meeting's commitments (the meeting page links so).
    const meetingId = this.route.snapshot.queryParamMap.get(MEETING_QUERY);
    if (meetingId) {
      this.meeting.set({ id: meetingId, title: '' });
      void this.meetings
        .get(meetingId)
        .then((m) => this.meeting.set({ id: m.id, title: m.title }))
        .catch(() => undefined);
    }
    void this.load();
    void this.agencies
      .list({ limit: 100 })
      .then((p) => this.owners.set(p.items))
      .catch(() => this.owners.set([]));
  }

  protected filter(change: () => void): void {
    change();
    this.offset.set(0);
    void this.load();
  }

  /** Back to every meeting's commitments (the link's query stays in the address bar only). */
  protected allMeetings(): void {
    this.filter(() => this.meeting.set(null));
  }

  protected go(offset: number): void {
    this.offset.set(offset);
    void this.load();
  }

  load(): Promise<void> {
    const query = { ...this.query(), limit: LIMIT, offset: this.offset() };
    const ownerAgencyId = this.owner() || undefined;
    const meetingId = this.meeting()?.id;
    void this.summary.run(() => this.api.actionPlanSummary({ ownerAgencyId, meetingId }));
    return this.page.run(() => this.api.actionItems(query));
  }

  protected async setStatus(item: ActionPlanItemDto, status: ActionItemStatus): Promise<void> {
    if (status === item.status) return;
    const updated = await this.write.run(() => this.api.updateActionItem(item.id, { version: item.version, status }), {
      done: this.t().statusSaved,
    });
    if (updated) await this.load();
  }
}
