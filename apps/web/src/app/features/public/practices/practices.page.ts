import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink, type ResolveFn } from '@angular/router';
import {
  PUBLIC_CACHE_TAGS,
  PUBLIC_PATHS,
  type KeysetPage,
  type NotePlace,
  type PublicPracticeDto,
  type PublicPracticeSummaryDto,
} from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { KeysetList } from '../ui/keyset-list';
import { isNotFound, loadForPage, type Loaded } from '../ui/loaded';
import { MoreLink } from '../ui/more-link';
import { PublicDatePipe } from '../ui/public-date';
import { followPageSeo, notFoundSeo } from '../ui/seo';
import { PRACTICES_MESSAGES } from './practices.messages';

// The public side of knowledge notes (issue #10): best practices an agency's leader published,
// read-only, server-rendered. Intelligence never reaches these pages: the API never answers it.

export const practicesResolver: ResolveFn<Loaded<KeysetPage<PublicPracticeSummaryDto>>> = (route) => {
  const api = inject(PublicApi);
  const after = route.queryParamMap.get('despues') ?? undefined;
  return loadForPage(
    () => api.practices({ after }),
    () => [PUBLIC_CACHE_TAGS.practiceList],
  );
};

export const practiceResolver: ResolveFn<Loaded<PublicPracticeDto>> = (route) => {
  const api = inject(PublicApi);
  const id = route.paramMap.get('id') ?? '';
  return loadForPage(
    () => api.practice(id),
    (p) => [PUBLIC_CACHE_TAGS.practice(p.id), PUBLIC_CACHE_TAGS.agency(p.agency.id)],
  );
};

const placeText = (places: NotePlace[]) =>
  places.map((p) => [p.city, p.province, p.regionCode].filter(Boolean).join(', ')).join(' · ');

/** `/buenas-practicas`: the published best practices, newest first. */
@Component({
  selector: 'app-public-practices-page',
  imports: [RouterLink, MoreLink, PublicDatePipe, FillPipe],
  template: `
    <nav class="breadcrumbs small" [attr.aria-label]="t().breadcrumbs">
      <a routerLink="/">{{ t().home }}</a>
    </nav>
    <h1>{{ t().title }}</h1>
    <p class="lead">{{ t().lead }}</p>
    @if (error(); as e) {
      <p class="alert alert--error" role="alert">{{ e }}</p>
    }
    @if (page()) {
      <ul class="card-list" data-testid="public-practices">
        @for (item of list.items(); track item.id) {
          <li class="card">
            <h2 class="card__title">
              <a [routerLink]="practicePath(item.id)">{{ item.title }}</a>
            </h2>
            <p class="small muted">
              {{ item.agency.name }} · {{ t().shared | fill: { date: (item.sharedAt | publicDate) } }}
            </p>
            @if (item.summary) {
              <p>{{ item.summary }}</p>
            }
            @if (places(item.places); as where) {
              <p class="small">{{ where }}</p>
            }
          </li>
        } @empty {
          <li class="muted">{{ t().empty }}</li>
        }
      </ul>
      <app-more-link [list]="list" [path]="listPath" param="despues" [label]="t().more" [busyLabel]="t().loadingMore" />
      @if (list.error(); as e) {
        <p class="alert alert--error" role="alert">{{ e }}</p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPracticesPage {
  readonly view = input.required<Loaded<KeysetPage<PublicPracticeSummaryDto>>>();
  protected readonly t = injectMessages(PRACTICES_MESSAGES);
  protected readonly page = computed(() => this.view().value);
  /** "Más" with JavaScript: the next page joins the list in place (without it, the link's page). */
  protected readonly list = new KeysetList(
    () => this.page(),
    (after) => this.api.practices({ after }),
  );
  protected readonly error = errorText(() => this.view().error);
  private readonly api = inject(PublicApi);
  protected readonly listPath = PUBLIC_PATHS.practices;
  protected readonly practicePath = PUBLIC_PATHS.practice;
  protected readonly places = placeText;

  constructor() {
    followPageSeo(() => ({ title: this.t().title, description: this.t().lead, path: PUBLIC_PATHS.practices }));
  }
}

/** `/buenas-practicas/:id`: one published best practice, read-only. */
@Component({
  selector: 'app-public-practice-page',
  imports: [RouterLink, PublicDatePipe, FillPipe],
  template: `
    @if (practice(); as p) {
      <article data-testid="public-practice-page">
        <nav class="breadcrumbs small" [attr.aria-label]="t().breadcrumbs">
          <a routerLink="/">{{ t().home }}</a>
          <span aria-hidden="true"> › </span>
          <a [routerLink]="listPath">{{ t().title }}</a>
        </nav>
        <h1>{{ p.title }}</h1>
        @if (p.summary) {
          <p class="lead">{{ p.summary }}</p>
        }
        <dl class="facts">
          <dt>{{ t().by }}</dt>
          <dd>
            <a [routerLink]="agencyPath(p.agency.id)">{{ p.agency.name }}</a>
          </dd>
          @if (places(p.places); as where) {
            <dt>{{ t().places }}</dt>
            <dd>{{ where }}</dd>
          }
          @if (p.tags.length) {
            <dt>{{ t().tags }}</dt>
            <dd>{{ p.tags.join(', ') }}</dd>
          }
        </dl>
        <p class="small muted">
          {{ t().shared | fill: { date: (p.sharedAt | publicDate) } }}
          @if (p.updatedAt !== p.sharedAt) {
            · {{ t().updated | fill: { date: (p.updatedAt | publicDate) } }}
          }
        </p>
        <div class="prose" [innerHTML]="p.bodyHtml"></div>
        @if (p.endorsementCount > 0) {
          <p data-testid="public-practice-endorsements">{{ t().endorsements | fill: { n: p.endorsementCount } }}</p>
        }
        <p class="small muted">{{ t().readOnly }}</p>
      </article>
    } @else {
      <h1>{{ notFound() ? t().notFound : error() }}</h1>
      <p>
        <a [routerLink]="listPath">{{ t().back }}</a>
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPracticePage {
  readonly data = input.required<Loaded<PublicPracticeDto>>();
  protected readonly t = injectMessages(PRACTICES_MESSAGES);
  protected readonly practice = computed(() => this.data().value);
  protected readonly notFound = computed(() => isNotFound(this.data().error));
  protected readonly error = errorText(() => this.data().error);
  protected readonly listPath = PUBLIC_PATHS.practices;
  protected readonly agencyPath = PUBLIC_PATHS.agency;
  protected readonly places = placeText;

  constructor() {
    followPageSeo((seo) => {
      const p = this.practice();
      return p
        ? {
            title: p.title,
            description: p.summary,
            path: PUBLIC_PATHS.practice(p.id),
            type: 'article',
            jsonLd: {
              '@context': 'https://schema.org',
              '@type': 'Article',
              headline: p.title,
              description: p.summary,
              datePublished: p.sharedAt,
              dateModified: p.updatedAt,
              inLanguage: 'es-PE',
              url: seo.absolute(PUBLIC_PATHS.practice(p.id)),
              author: { '@type': 'GovernmentOrganization', name: p.agency.name },
            },
          }
        : notFoundSeo(this.t().notFound, PUBLIC_PATHS.practices);
    });
  }
}
