import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  NOTIFICATION_LIST_STATUSES,
  type NotificationDto,
  type NotificationKind,
  type NotificationListDto,
  type NotificationListStatus,
  type NotificationPreferenceDto,
} from '@cumbre/contracts';
import { Action } from '../../core/api/action';
import { Loader } from '../../core/api/loader';
import { LoadState } from '../../core/api/load-state';
import { loadFor } from '../../core/api/load-for';
import { FormErrors } from '../../core/forms/form-errors';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/common.messages';
import { fill, FillPipe, injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { Pager } from '../../core/layout/pager';
import { NotificationsApi } from './data-access/notifications-api';
import { wordedNotifications } from './notification-text';
import { NOTIFICATIONS_MESSAGES } from './notifications.messages';

const PAGE_SIZE = 20;

/** The URL's words for the filter (?estado=sin-leer). */
const STATUS_PARAM: Record<NotificationListStatus, string | null> = {
  all: null,
  unread: 'sin-leer',
  read: 'leidas',
};

export function statusFromParam(value: string | undefined): NotificationListStatus {
  return NOTIFICATION_LIST_STATUSES.find((s) => STATUS_PARAM[s] === value) ?? 'all';
}

/** Every notification, paged and filtered by read state, and the e-mail choice per kind. */
@Component({
  selector: 'app-notifications-page',
  imports: [RouterLink, AppDatePipe, FillPipe, Pager, FormErrors, LoadState],
  templateUrl: './notifications.page.html',
  styleUrl: './notifications.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  /** Query parameters `?estado=sin-leer|leidas&desde=20`. */
  readonly estado = input<string>();
  readonly desde = input<string>();

  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly t = injectMessages(NOTIFICATIONS_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly statuses = NOTIFICATION_LIST_STATUSES;
  protected readonly statusParam = STATUS_PARAM;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly status = computed(() => statusFromParam(this.estado()));
  protected readonly offset = computed(() => {
    const n = Number(this.desde());
    return Number.isInteger(n) && n > 0 ? n : 0;
  });
  protected readonly list = new Loader<NotificationListDto>();
  private readonly reload = loadFor(
    this.list,
    () => ({ status: this.status(), offset: this.offset() }),
    ({ status, offset }) => this.api.list({ status, limit: PAGE_SIZE, offset }),
  );
  protected readonly shown = wordedNotifications(() => this.list.value()?.items ?? []);
  protected readonly write = new Action();
  protected readonly busy = this.write.busy;

  protected readonly prefs = signal<NotificationPreferenceDto[]>([]);
  protected readonly prefsWrite = new Action();

  constructor() {
    pageTitle(() => this.t().title);
    void this.api
      .preferences()
      .then((p) => this.prefs.set(p.items))
      .catch((error: unknown) => this.prefsWrite.error.set(error));
  }

  protected label(status: NotificationListStatus): string {
    return this.t()[status];
  }

  protected emptyText(): string {
    const s = this.status();
    return s === 'unread' ? this.t().emptyUnread : s === 'read' ? this.t().emptyRead : this.t().emptyAll;
  }

  protected kindLabel(kind: NotificationKind): string {
    return this.t()[`kind.${kind}`];
  }

  protected emailLabel(kind: NotificationKind): string {
    return fill(this.t().emailFor, { kind: this.kindLabel(kind) });
  }

  /** The page is in the URL, so that the back button and a shared link keep it. */
  protected goTo(offset: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { desde: offset > 0 ? offset : null },
      queryParamsHandling: 'merge',
    });
  }

  protected async markRead(n: NotificationDto): Promise<void> {
    await this.write.run(async () => {
      await this.api.markRead(n.id);
      await this.reload();
    });
  }

  protected async markAll(): Promise<void> {
    await this.write.run(
      async () => {
        await this.api.markAllRead();
        await this.reload();
      },
      { done: this.t().allRead },
    );
  }

  protected toggleEmail(kind: NotificationKind, email: boolean): void {
    this.prefs.update((items) => items.map((p) => (p.kind === kind ? { ...p, email } : p)));
  }

  protected async savePrefs(): Promise<void> {
    await this.prefsWrite.run(
      async () => {
        const saved = await this.api.savePreferences({ items: this.prefs() });
        this.prefs.set(saved.items);
      },
      { done: this.t().prefsSaved },
    );
  }
}
