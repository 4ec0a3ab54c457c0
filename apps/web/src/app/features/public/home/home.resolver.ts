import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import {
  PUBLIC_CACHE_TAGS,
  type KeysetPage,
  type PublicAnnouncementSummaryDto,
  type PublicMeetingDto,
} from '@cumbre/contracts';
import { PublicApi } from '../data-access/public-api';
import { loadForPage, type Loaded } from '../ui/loaded';
import { serverResponse } from '../ui/server-response';

/** `?despues=<cursor>`: the next page, as a plain link (readers without JavaScript page on). */
export const AFTER_QUERY = 'despues';

export const latestAnnouncementsResolver: ResolveFn<Loaded<KeysetPage<PublicAnnouncementSummaryDto>>> = (route) => {
  const api = inject(PublicApi);
  const after = route.queryParamMap.get(AFTER_QUERY) ?? undefined;
  return loadForPage(
    () => api.announcements({ after }),
    () => [PUBLIC_CACHE_TAGS.announcementList],
  );
};

/** The public meeting the home shows: the next one (or the one under way), else the latest held. */
export interface FeaturedMeeting {
  when: 'upcoming' | 'past';
  meeting: PublicMeetingDto;
}

/** How far down a list a meeting that was not cancelled is looked for. */
const FEATURE_CANDIDATES = 5;

/**
 * The home's featured meeting (null when there is no public meeting to show). Secondary to the
 * page: when it cannot be read, the home is shown without it, and is not cached.
 */
export const featuredMeetingResolver: ResolveFn<FeaturedMeeting | null> = async () => {
  const api = inject(PublicApi);
  const response = serverResponse();
  try {
    response.cacheTags([PUBLIC_CACHE_TAGS.meetings]);
    for (const when of ['upcoming', 'past'] as const) {
      const page = await api.meetings({ when, limit: FEATURE_CANDIDATES });
      const meeting = page.items.find((m) => m.status !== 'cancelled');
      if (meeting) return { when, meeting };
    }
    return null;
  } catch {
    response.uncacheable();
    return null;
  }
};
