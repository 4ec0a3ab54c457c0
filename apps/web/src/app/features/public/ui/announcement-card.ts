import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_PATHS, type PublicAnnouncementSummaryDto } from '@cumbre/contracts';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PublicDatePipe } from './public-date';
import { CARD_MESSAGES } from './public-ui.messages';

/** One announcement in a list (home, agency page): cover, title, summary, date, agency. */
@Component({
  selector: 'app-announcement-card',
  imports: [RouterLink, PublicDatePipe, FillPipe],
  template: `
    @let a = item();
    <article class="news-card">
      @if (a.cover; as cover) {
        <img
          class="news-card__cover"
          [src]="cover.variants[0]?.url ?? cover.url"
          [attr.srcset]="cover.srcset"
          sizes="(min-width: 48rem) 12rem, 100vw"
          [width]="cover.variants[0]?.width ?? cover.width"
          [height]="cover.variants[0]?.height ?? cover.height"
          [alt]="cover.alt"
          loading="lazy"
          decoding="async"
        />
      }
      <div class="news-card__body">
        <h3 class="news-card__title">
          <a [routerLink]="path()">{{ a.title }}</a>
        </h3>
        <p class="news-card__meta small muted">
          <time [attr.datetime]="a.publishedAt">{{ a.publishedAt | publicDate }}</time>
          ·
          @if (showAgency()) {
            <a [routerLink]="agencyPath()">{{ a.agency.shortName }}</a> ·
          }
          {{ a.commentCount === 1 ? t().oneComment : (t().comments | fill: { count: a.commentCount }) }}
        </p>
        <p class="news-card__summary">{{ a.summary }}</p>
      </div>
    </article>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementCard {
  readonly item = input.required<PublicAnnouncementSummaryDto>();
  readonly showAgency = input(true);
  protected readonly t = injectMessages(CARD_MESSAGES);

  protected path(): string {
    return PUBLIC_PATHS.announcement(this.item().slug);
  }

  protected agencyPath(): string {
    return PUBLIC_PATHS.agency(this.item().agency.id);
  }
}
