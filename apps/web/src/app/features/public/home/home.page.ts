import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_FEEDS, PUBLIC_PATHS, type KeysetPage, type PublicAnnouncementSummaryDto } from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';
import { injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { PUBLIC_MESSAGES } from '../public.messages';
import { AnnouncementCard } from '../ui/announcement-card';
import { KeysetList } from '../ui/keyset-list';
import type { Loaded } from '../ui/loaded';
import { MoreLink } from '../ui/more-link';
import { PublicMeetingCard } from '../ui/public-meeting-card';
import { followPageSeo } from '../ui/seo';
import { AFTER_QUERY, type FeaturedMeeting } from './home.resolver';

/** The public home: what Cumbre is, its next (or latest) public meeting, and the latest announcements ("más" pages on). */
@Component({
  selector: 'app-public-home-page',
  imports: [RouterLink, AnnouncementCard, MoreLink, PublicMeetingCard],
  template: `
    <section class="hero">
      <h1>{{ t().heroTitle }}</h1>
      <p class="lead">{{ t().heroLead }}</p>
      <a class="button button--primary" routerLink="/ingresar">{{ t().heroCta }}</a>
    </section>

    <section class="callout" aria-labelledby="featured-title" data-testid="featured-meeting">
      @if (featured(); as f) {
        <h2 id="featured-title">{{ featuredTitle() }}</h2>
        <app-public-meeting-card [meeting]="f.meeting" />
      } @else {
        <h2 id="featured-title">{{ t().meetingsTitle }}</h2>
      }
      <p>
        <a [routerLink]="meetingsPath">{{ t().seeMeetings }}</a>
        ·
        <a [routerLink]="practicesPath" data-testid="home-practices-link">{{ t().seePractices }}</a>
      </p>
    </section>

    <section aria-labelledby="news-title" data-testid="latest-announcements">
      <div class="section-head">
        <h2 id="news-title">{{ t().newsTitle }}</h2>
        <a class="small" [href]="feeds.rss">{{ t().rss }}</a>
      </div>
      @if (error()) {
        <p class="alert alert--error" role="alert">{{ error() }}</p>
      } @else if (news.items().length === 0) {
        <p class="empty">{{ t().noNews }}</p>
      } @else {
        <ul class="news-list">
          @for (a of news.items(); track a.id) {
            <li><app-announcement-card [item]="a" /></li>
          }
        </ul>
        <app-more-link [list]="news" path="/" [param]="afterParam" [label]="t().more" [busyLabel]="t().loadingMore" />
        @if (news.error()) {
          <p class="alert alert--error" role="alert">{{ news.error() }}</p>
        }
      }
    </section>

    <section aria-labelledby="features-title">
      <h2 id="features-title">{{ t().featuresTitle }}</h2>
      <ul class="card-grid">
        @for (f of features(); track $index) {
          <li class="card">
            <h3>{{ f.title }}</h3>
            <p>{{ f.body }}</p>
          </li>
        }
      </ul>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicHomePage {
  /** From the route's resolver. */
  readonly page = input.required<Loaded<KeysetPage<PublicAnnouncementSummaryDto>>>();
  /** From the route's resolver: the next public meeting, else the latest held (none: null). */
  readonly featured = input<FeaturedMeeting | null>(null);

  protected readonly t = injectMessages(PUBLIC_MESSAGES);
  protected readonly feeds = PUBLIC_FEEDS;
  protected readonly meetingsPath = PUBLIC_PATHS.meetings;
  protected readonly practicesPath = PUBLIC_PATHS.practices;
  protected readonly afterParam = AFTER_QUERY;
  /** Under way, next, or the latest held. */
  protected readonly featuredTitle = computed(() => {
    const f = this.featured();
    const t = this.t();
    if (f?.when === 'past') return t.lastMeeting;
    return f?.meeting.status === 'in_progress' ? t.meetingNow : t.nextMeeting;
  });
  protected readonly features = computed(() => {
    const t = this.t();
    return [
      { title: t.f1Title, body: t.f1Body },
      { title: t.f2Title, body: t.f2Body },
      { title: t.f3Title, body: t.f3Body },
      { title: t.f4Title, body: t.f4Body },
    ];
  });
  protected readonly news = new KeysetList(
    () => this.page().value,
    (after) => this.api.announcements({ after }),
  );
  protected readonly error = errorText(() => this.page().error);
  private readonly api = inject(PublicApi);

  constructor() {
    followPageSeo(() => ({
      title: '',
      description: this.t().heroLead,
      path: PUBLIC_PATHS.home,
    }));
  }
}
