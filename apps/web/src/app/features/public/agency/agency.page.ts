import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { PUBLIC_CACHE_TAGS, PUBLIC_PATHS, type PublicAgencyDto } from '@cumbre/contracts';
import { defineMessages, fill, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { AFTER_QUERY } from '../home/home.resolver';
import { AnnouncementCard } from '../ui/announcement-card';
import { KeysetList } from '../ui/keyset-list';
import { loadForPage, type Loaded } from '../ui/loaded';
import { MoreLink } from '../ui/more-link';
import { PublicMeetingCard } from '../ui/public-meeting-card';
import { PublicLoadFailure } from '../ui/public-load-failure';
import { followPageSeo, notFoundSeo } from '../ui/seo';

const MESSAGES = defineMessages({
  es: {
    part: 'Parte de {parent}',
    news: 'Anuncios',
    noNews: 'Esta entidad aún no ha publicado anuncios.',
    meetings: 'Próximas reuniones públicas',
    more: 'Más anuncios',
    loading: 'Cargando…',
    feeds: 'Suscríbete: {rss} · {atom}',
    notFound: 'Entidad no encontrada',
    home: 'Ir al inicio',
    description: 'Anuncios y reuniones públicas de {name} en Cumbre.',
  },
  en: {
    part: 'Part of {parent}',
    news: 'Announcements',
    noNews: 'This agency has not published any announcements yet.',
    meetings: 'Upcoming public meetings',
    more: 'More announcements',
    loading: 'Loading…',
    feeds: 'Subscribe: {rss} · {atom}',
    notFound: 'Agency not found',
    home: 'Go to the home page',
    description: 'Announcements and public meetings of {name} on Cumbre.',
  },
});

export const agencyResolver: ResolveFn<Loaded<PublicAgencyDto>> = (route) => {
  const api = inject(PublicApi);
  const id = route.paramMap.get('id') ?? '';
  const after = route.queryParamMap.get(AFTER_QUERY);
  return loadForPage(
    async () => {
      const agency = await api.agency(id);
      // A later page of its announcements, for readers paging without JavaScript.
      return after
        ? {
            ...agency,
            announcements: await api.announcements({ agencyId: id, after }),
          }
        : agency;
    },
    (a) => [
      PUBLIC_CACHE_TAGS.agency(a.id),
      // The page names its parent agency.
      ...(a.parent ? [PUBLIC_CACHE_TAGS.agency(a.parent.id)] : []),
      PUBLIC_CACHE_TAGS.announcementList,
      PUBLIC_CACHE_TAGS.meetings,
    ],
  );
};

/** `/entidades/:id`: an agency's announcements (keyset "más"), its public meetings and feeds. */
@Component({
  selector: 'app-agency-page',
  imports: [AnnouncementCard, MoreLink, PublicMeetingCard, PublicLoadFailure],
  template: `
    @if (agency(); as a) {
      <header class="page-head">
        <div>
          @if (a.isoCode) {
            <p class="eyebrow">{{ a.isoCode }}</p>
          }
          <h1>{{ a.name }}</h1>
          @if (a.parent; as p) {
            <p class="lead">
              {{ partOf(p.name) }}
            </p>
          }
        </div>
      </header>

      @if (a.upcomingMeetings.length) {
        <section aria-labelledby="agency-meetings">
          <h2 id="agency-meetings">{{ t().meetings }}</h2>
          <ul class="card-grid">
            @for (m of a.upcomingMeetings; track m.id) {
              <li><app-public-meeting-card [meeting]="m" /></li>
            }
          </ul>
        </section>
      }

      <section aria-labelledby="agency-news">
        <div class="section-head">
          <h2 id="agency-news">{{ t().news }}</h2>
          <span class="small"> <a [href]="a.feeds.rss">RSS</a> · <a [href]="a.feeds.atom">Atom</a> </span>
        </div>
        @if (news.items().length) {
          <ul class="news-list">
            @for (n of news.items(); track n.id) {
              <li><app-announcement-card [item]="n" [showAgency]="false" /></li>
            }
          </ul>
          <app-more-link
            [list]="news"
            [path]="path()"
            [param]="afterParam"
            [label]="t().more"
            [busyLabel]="t().loading"
          />
          @if (news.error()) {
            <p class="alert alert--error" role="alert">{{ news.error() }}</p>
          }
        } @else {
          <p class="empty">{{ t().noNews }}</p>
        }
      </section>
    } @else {
      <app-public-load-failure [error]="data().error" [notFoundTitle]="t().notFound" [home]="t().home" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyPage {
  readonly data = input.required<Loaded<PublicAgencyDto>>();
  protected readonly t = injectMessages(MESSAGES);
  protected readonly afterParam = AFTER_QUERY;
  protected readonly agency = computed(() => this.data().value);
  protected readonly news = new KeysetList(
    () => this.agency()?.announcements,
    (after) => this.api.announcements({ agencyId: this.agency()?.id ?? '', after }),
  );
  protected readonly path = computed(() => PUBLIC_PATHS.agency(this.agency()?.id ?? ''));
  private readonly api = inject(PublicApi);

  constructor() {
    followPageSeo((seo) => {
      const a = this.agency();
      return a
        ? {
            title: a.name,
            description: fill(this.t().description, { name: a.name }),
            path: PUBLIC_PATHS.agency(a.id),
            jsonLd: {
              '@context': 'https://schema.org',
              '@type': 'GovernmentOrganization',
              name: a.name,
              alternateName: a.shortName,
              url: seo.absolute(PUBLIC_PATHS.agency(a.id)),
            },
          }
        : notFoundSeo(this.t().notFound);
    });
  }

  protected partOf(parent: string): string {
    return fill(this.t().part, { parent });
  }
}
