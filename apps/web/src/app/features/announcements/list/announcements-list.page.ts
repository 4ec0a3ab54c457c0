import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  ANNOUNCEMENT_STATUSES,
  PUBLIC_PATHS,
  type AnnouncementDto,
  type AnnouncementStatus,
  type Page,
} from '@cumbre/contracts';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { AnnouncementsApi } from '../data-access/announcements-api';
import { ANNOUNCEMENTS_MESSAGES } from '../ui/announcements.messages';

/** `/app/anuncios`: the announcements the user may write (all for moderators), newest first. */
@Component({
  selector: 'app-announcements-list-page',
  imports: [RouterLink, MatButtonModule, PageHead, LoadState, AppDatePipe, FillPipe],
  template: `
    <app-page-head [title]="t().title" [lead]="t().lead">
      <a mat-flat-button routerLink="nuevo" data-testid="new-announcement">{{ t().newAnnouncement }}</a>
    </app-page-head>

    <div class="filters">
      <label>
        {{ t().status }}
        <select class="native-select" [value]="estado() ?? ''" (change)="filter($any($event.target).value)">
          <option value="">{{ t().allStatuses }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ statusLabel(s) }}</option>
          }
        </select>
      </label>
    </div>

    <app-load-state [loader]="list" />
    @if (list.value(); as page) {
      <p class="muted" role="status">
        {{ page.total === 1 ? t().countOne : (t().count | fill: { n: page.total }) }}
      </p>
      @if (page.items.length) {
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{{ t().title }}</th>
              <th scope="col">{{ t().status }}</th>
              <th scope="col">{{ t().agency }}</th>
              <th scope="col">{{ t().publishAt }}</th>
              <th scope="col">{{ t().updated }}</th>
            </tr>
          </thead>
          <tbody>
            @for (a of page.items; track a.id) {
              <tr data-testid="announcement-row">
                <td class="cell-title">
                  <a [routerLink]="a.id">{{ a.title }}</a>
                  @if (a.status === 'published') {
                    <br /><a class="small" [href]="publicPath(a.slug)">{{ t().view }}</a>
                  }
                </td>
                <td>
                  <span class="badge">{{ statusLabel(a.status) }}</span>
                </td>
                <td>{{ a.agency.shortName }}</td>
                <td>{{ a.publishAt | appDate: 'datetime' }}</td>
                <td>{{ a.updatedAt | appDate: 'datetime' }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="empty">{{ t().empty }}</p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementsListPage {
  /** `?estado=` filter. */
  readonly estado = input<AnnouncementStatus | undefined>();
  protected readonly t = injectMessages(ANNOUNCEMENTS_MESSAGES);
  protected readonly statuses = ANNOUNCEMENT_STATUSES;
  protected readonly list = new Loader<Page<AnnouncementDto>>();
  protected readonly publicPath = PUBLIC_PATHS.announcement;
  private readonly api = inject(AnnouncementsApi);
  private readonly router = inject(Router);

  constructor() {
    pageTitle(() => this.t().title);
    loadFor(this.list, this.estado, (status) =>
      this.api.list({
        status: ANNOUNCEMENT_STATUSES.includes(status as AnnouncementStatus) ? status : undefined,
        limit: 100,
      }),
    );
  }

  protected statusLabel(status: AnnouncementStatus): string {
    return this.t()[`status_${status}`];
  }

  protected filter(value: string): void {
    void this.router.navigate([], {
      queryParams: { estado: value || null },
    });
  }
}
