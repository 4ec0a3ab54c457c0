import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import {
  PUBLIC_CACHE_TAGS,
  type KeysetPage,
  type PublicAnnouncementSummaryDto,
} from '@cumbre/contracts';
import { PublicApi } from '../data-access/public-api';
import { loadForPage, type Loaded } from '../ui/loaded';

/** `?despues=<cursor>`: the next page, as a plain link (readers without JavaScript page on). */
export const AFTER_QUERY = 'despues';

export const latestAnnouncementsResolver: ResolveFn<
  Loaded<KeysetPage<PublicAnnouncementSummaryDto>>
> = (route) => {
  const api = inject(PublicApi);
  const after = route.queryParamMap.get(AFTER_QUERY) ?? undefined;
  return loadForPage(
    () => api.announcements({ after }),
    () => [PUBLIC_CACHE_TAGS.announcementList],
  );
};
