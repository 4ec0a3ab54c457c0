import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_PATHS, type PublicAnnouncementDto } from '@cumbre/contracts';
import { formatMeetingTime } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { publicDate } from '../ui/public-date';
import type { Loaded } from '../ui/loaded';
import { PublicLoadFailure } from '../ui/public-load-failure';
import { followPageSeo, notFoundSeo, PublicSeo } from '../ui/seo';
import { ShareLinks } from '../ui/share-links';
import { announcementSeo } from './announcement-seo';
import { ANNOUNCEMENT_MESSAGES } from './announcement.messages';
import { CommentForm } from './comment-form';
import { CommentThread } from './comment-thread';

/** `/anuncios/:slug`: the announcement, its cover, its related meeting, comments and the form. */
@Component({
  selector: 'app-announcement-page',
  imports: [RouterLink, FillPipe, ShareLinks, CommentThread, CommentForm, PublicLoadFailure],
  templateUrl: './announcement.page.html',
  styleUrl: './announcement.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementPage {
  /** From the route's resolver. */
  readonly data = input.required<Loaded<PublicAnnouncementDto>>();

  protected readonly t = injectMessages(ANNOUNCEMENT_MESSAGES);
  protected readonly announcement = linkedSignal(() => this.data().value);
  private readonly i18n = inject(I18n);
  private readonly seo = inject(PublicSeo);
  private readonly api = inject(PublicApi);

  protected readonly published = computed(() => {
    const a = this.announcement();
    return a ? publicDate(a.publishedAt, this.i18n.lang()) : '';
  });
  protected readonly updated = computed(() => {
    const a = this.announcement();
    return a?.revisedAt
      ? fill(this.t().updatedOn, {
          date: publicDate(a.revisedAt, this.i18n.lang(), true),
        })
      : '';
  });
  protected readonly meetingTime = computed(() => {
    const m = this.announcement()?.meeting;
    return m?.startsAt
      ? formatMeetingTime({ startsAt: m.startsAt, endsAt: m.endsAt }, m.timeZone, this.i18n.lang())
      : '';
  });
  protected readonly commentTotal = computed(() => this.announcement()?.commentCount ?? 0);
  protected readonly url = computed(() => {
    const a = this.announcement();
    return a ? this.seo.absolute(a.path || PUBLIC_PATHS.announcement(a.slug)) : '';
  });
  protected readonly agencyPath = PUBLIC_PATHS.agency;
  protected readonly meetingPath = PUBLIC_PATHS.meeting;

  constructor() {
    followPageSeo((seo) => {
      const a = this.announcement();
      return a ? announcementSeo(a, seo.origin()) : notFoundSeo(this.t().notFoundTitle);
    });
  }

  /** A comment from an approved author is on the page at once: read the thread again. */
  protected async reload(status: string): Promise<void> {
    const a = this.announcement();
    if (status !== 'approved' || !a) return;
    try {
      this.announcement.set(await this.api.announcement(a.slug, true));
    } catch {
      // The comment was saved; the thread shows it on the next visit.
    }
  }
}
