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
import type { ResolveFn } from '@angular/router';
import { RouterLink } from '@angular/router';
import {
  PUBLIC_CACHE_TAGS,
  PUBLIC_PATHS,
  type PublicAgencyDto,
  type PublicAnnouncementSummaryDto,
} from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';
import { I18n } from '../../../core/i18n/i18n.service';
import { defineMessages, fill, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { AFTER_QUERY } from '../home/home.resolver';
import { AnnouncementCard } from '../ui/announcement-card';
import { isNotFound, loadForPage, type Loaded } from '../ui/loaded';
import { MoreLink } from '../ui/more-link';
import { PublicMeetingCard } from '../ui/public-meeting-card';
import { PublicSeo } from '../ui/seo';

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
  imports: [RouterLink, AnnouncementCard, MoreLink, PublicMeetingCard],
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
          <span class="small">
            <a [href]="a.feeds.rss">RSS</a> · <a [href]="a.feeds.atom">Atom</a>
          </span>
        </div>
        @if (items().length) {
          <ul class="news-list">
            @for (n of items(); track n.id) {
              <li><app-announcement-card [item]="n" [showAgency]="false" /></li>
            }
          </ul>
          @if (next(); as cursor) {
            <app-more-link
              [path]="path()"
              [param]="afterParam"
              [cursor]="cursor"
              [label]="t().more"
              [busyLabel]="t().loading"
              [busy]="busy()"
              (more)="more(a.id, cursor)"
            />
          }
          @if (moreError()) {
            <p class="alert alert--error" role="alert">{{ moreError() }}</p>
          }
        } @else {
          <p class="empty">{{ t().noNews }}</p>
        }
      </section>
    } @else if (notFound()) {
      <section class="narrow not-found">
        <p class="big-code" aria-hidden="true">404</p>
        <h1>{{ t().notFound }}</h1>
        <a class="button button--primary" routerLink="/">{{ t().home }}</a>
      </section>
    } @else {
      <p class="alert alert--error" role="alert">{{ error() }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyPage {
  readonly data = input.required<Loaded<PublicAgencyDto>>();
  protected readonly t = injectMessages(MESSAGES);
  protected readonly afterParam = AFTER_QUERY;
  protected readonly agency = computed(() => this.data().value);
  protected readonly notFound = computed(() => isNotFound(this.data().error));
  protected readonly error = errorText(() => this.data().error);
  protected readonly items = linkedSignal<PublicAnnouncementSummaryDto[]>(
    () => this.agency()?.announcements.items ?? [],
  );
  protected readonly next = linkedSignal<string | null>(
    () => this.agency()?.announcements.nextCursor ?? null,
  );
  protected readonly busy = signal(false);
  private readonly moreFailure = signal<unknown>(null);
  protected readonly moreError = errorText(() => this.moreFailure());
  protected readonly path = computed(() =>
    PUBLIC_PATHS.agency(this.agency()?.id ?? ''),
  );
  private readonly api = inject(PublicApi);
  private readonly seo = inject(PublicSeo);
  private readonly i18n = inject(I18n);

  constructor() {
    effect(() => {
      const a = this.agency();
      const lang = this.i18n.lang();
      this.seo.apply(
        a
          ? {
              title: a.name,
              description: fill(this.t().description, { name: a.name }),
              path: PUBLIC_PATHS.agency(a.id),
              jsonLd: {
                '@context': 'https://schema.org',
                '@type': 'GovernmentOrganization',
                name: a.name,
                alternateName: a.shortName,
                url: this.seo.absolute(PUBLIC_PATHS.agency(a.id)),
              },
            }
          : { title: this.t().notFound, description: '', path: '/' },
        lang,
      );
    });
  }

  protected partOf(parent: string): string {
    return fill(this.t().part, { parent });
  }

  protected async more(agencyId: string, cursor: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.moreFailure.set(null);
    try {
      const page = await this.api.announcements({ agencyId, after: cursor });
      this.items.update((items) => [...items, ...page.items]);
      this.next.set(page.nextCursor);
    } catch (error: unknown) {
      this.moreFailure.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
