import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { RouterLink, type ResolveFn } from '@angular/router';
import {
  PUBLIC_CACHE_TAGS,
  PUBLIC_PATHS,
  type KeysetPage,
  type PublicMeetingDto,
} from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';
import { I18n } from '../../../core/i18n/i18n.service';
import { injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { AFTER_QUERY } from '../home/home.resolver';
import { loadForPage, type Loaded } from '../ui/loaded';
import { MoreLink } from '../ui/more-link';
import { PublicMeetingCard } from '../ui/public-meeting-card';
import { PublicSeo } from '../ui/seo';
import { PUBLIC_MEETINGS_MESSAGES } from './public-meetings.messages';

/** `?cuando=pasadas` shows the past meetings; upcoming ones otherwise. */
export const WHEN_QUERY = 'cuando';
export const PAST = 'pasadas';

export interface MeetingsView {
  when: 'upcoming' | 'past';
  page: Loaded<KeysetPage<PublicMeetingDto>>;
}

export const publicMeetingsResolver: ResolveFn<MeetingsView> = async (
  route,
) => {
  const api = inject(PublicApi);
  const when =
    route.queryParamMap.get(WHEN_QUERY) === PAST ? 'past' : 'upcoming';
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
    } @else if (items().length === 0) {
      <p class="empty">
        {{ view().when === 'past' ? t().noPast : t().noUpcoming }}
      </p>
    } @else {
      <ul class="card-grid">
        @for (m of items(); track m.id) {
          <li><app-public-meeting-card [meeting]="m" /></li>
        }
      </ul>
      @if (next(); as cursor) {
        <app-more-link
          [path]="meetingsPath"
          [keep]="view().when === 'past' ? pastQuery : {}"
          [param]="afterParam"
          [cursor]="cursor"
          [label]="t().more"
          [busyLabel]="t().loading"
          [busy]="busy()"
          (more)="more(cursor)"
        />
      }
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
  protected readonly items = linkedSignal<PublicMeetingDto[]>(
    () => this.view().page.value?.items ?? [],
  );
  protected readonly next = linkedSignal<string | null>(
    () => this.view().page.value?.nextCursor ?? null,
  );
  protected readonly error = errorText(() => this.view().page.error);
  protected readonly busy = signal(false);
  private readonly api = inject(PublicApi);
  private readonly seo = inject(PublicSeo);
  private readonly i18n = inject(I18n);
  protected readonly title = computed(() => this.t().title);

  constructor() {
    effect(() =>
      this.seo.apply(
        {
          title: this.t().title,
          description: this.t().lead,
          path: PUBLIC_PATHS.meetings,
        },
        this.i18n.lang(),
      ),
    );
  }

  protected async more(cursor: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const page = await this.api.meetings({
        when: this.view().when,
        after: cursor,
      });
      this.items.update((items) => [...items, ...page.items]);
      this.next.set(page.nextCursor);
    } catch {
      this.next.set(cursor);
    } finally {
      this.busy.set(false);
    }
  }
}
