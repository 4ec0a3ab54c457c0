import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink, type ResolveFn } from '@angular/router';
import { PUBLIC_CACHE_TAGS, PUBLIC_PATHS, type KeysetPage, type PublicMeetingDto } from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';
import { injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { AFTER_QUERY } from '../home/home.resolver';
import { KeysetList } from '../ui/keyset-list';
import { loadForPage, type Loaded } from '../ui/loaded';
import { MoreLink } from '../ui/more-link';
import { PublicMeetingCard } from '../ui/public-meeting-card';
import { followPageSeo } from '../ui/seo';
import { PUBLIC_MEETINGS_MESSAGES } from './public-meetings.messages';

/** `?cuando=pasadas` shows the past meetings; upcoming ones otherwise. */
export const WHEN_QUERY = 'cuando';
export const PAST = 'pasadas';

export interface MeetingsView {
  when: 'upcoming' | 'past';
  page: Loaded<KeysetPage<PublicMeetingDto>>;
}

export const publicMeetingsResolver: ResolveFn<MeetingsView> = async (route) => {
  const api = inject(PublicApi);
  const when = route.queryParamMap.get(WHEN_QUERY) === PAST ? 'past' : 'upcoming';
  const after = route.queryParamMap.get(AFTER_QUERY) ?? undefined;
  const page = await loadForPage(
    () => api.meetings({ when, after }),
    () => [PUBLIC_CACHE_TAGS.meetings],
  );
  return { when, page };
};

/** `/reuniones-publicas`: the public meetings, upcoming (soonest first) or past, in Lima time. */
@Component({
  selector: 'app-public-meetings-page',
  imports: [RouterLink, PublicMeetingCard, MoreLink],
  template: `
    <header class="page-head">
      <div>
        <h1>{{ t().title }}</h1>
        <p class="lead">{{ t().lead }}</p>
      </div>
    </header>
    <nav class="tabs" [attr.aria-label]="t().which">
      <a
        [routerLink]="meetingsPath"
        [class.active]="view().when === 'upcoming'"
        [attr.aria-current]="view().when === 'upcoming' ? 'page' : null"
        >{{ t().upcoming }}</a
      >
      <a
        [routerLink]="meetingsPath"
        [queryParams]="pastQuery"
        [class.active]="view().when === 'past'"
        [attr.aria-current]="view().when === 'past' ? 'page' : null"
        >{{ t().past }}</a
      >
    </nav>
    @if (error()) {
      <p class="alert alert--error" role="alert">{{ error() }}</p>
    } @else if (meetings.items().length === 0) {
      <div class="empty" data-testid="public-meetings-empty">
        @if (view().when === 'past') {
          <p>{{ t().noPast }}</p>
        } @else {
          <!-- Nothing ahead (after a summit, say): the meetings held, with their decisions, are one step away. -->
          <p>{{ t().noUpcoming }}</p>
          <p>
            <a [routerLink]="meetingsPath" [queryParams]="pastQuery">{{ t().seePast }}</a>
          </p>
        }
      </div>
    } @else {
      <ul class="card-grid">
        @for (m of meetings.items(); track m.id) {
          <li><app-public-meeting-card [meeting]="m" /></li>
        }
      </ul>
      <app-more-link
        [list]="meetings"
        [path]="meetingsPath"
        [keep]="view().when === 'past' ? pastQuery : {}"
        [param]="afterParam"
        [label]="t().more"
        [busyLabel]="t().loading"
      />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicMeetingsPage {
  readonly view = input.required<MeetingsView>();
  protected readonly t = injectMessages(PUBLIC_MEETINGS_MESSAGES);
  protected readonly meetingsPath = PUBLIC_PATHS.meetings;
  protected readonly pastQuery = { [WHEN_QUERY]: PAST };
  protected readonly afterParam = AFTER_QUERY;
  // A page that fails to come leaves the list and its "más" link as they were.
  protected readonly meetings = new KeysetList(
    () => this.view().page.value,
    (after) => this.api.meetings({ when: this.view().when, after }),
  );
  protected readonly error = errorText(() => this.view().page.error);
  private readonly api = inject(PublicApi);
  protected readonly title = computed(() => this.t().title);

  constructor() {
    followPageSeo(() => ({
      title: this.t().title,
      description: this.t().lead,
      path: PUBLIC_PATHS.meetings,
    }));
  }
}
