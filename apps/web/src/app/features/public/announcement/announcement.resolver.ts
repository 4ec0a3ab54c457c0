import { inject } from '@angular/core';
import { RedirectCommand, Router, type ResolveFn } from '@angular/router';
import { PUBLIC_CACHE_TAGS, PUBLIC_PATHS, type PublicAnnouncementDto } from '@cumbre/contracts';
import { PublicApi } from '../data-access/public-api';
import { loadForPage, type Loaded } from '../ui/loaded';
import { serverResponse } from '../ui/server-response';

/** What an announcement page shows, for the render cache: dropped when any of them changes. */
export function announcementCacheTags(a: PublicAnnouncementDto): string[] {
  return [
    PUBLIC_CACHE_TAGS.announcement(a.id),
    PUBLIC_CACHE_TAGS.agency(a.agency.id),
    ...(a.meeting ? [PUBLIC_CACHE_TAGS.meeting(a.meeting.id)] : []),
  ];
}

/**
 * The announcement of `/anuncios/:slug`. The API answers an old slug with the announcement under
 * its current one: the page then answers 301 to its current address, so links and search
 * engines move over.
 */
export const announcementResolver: ResolveFn<Loaded<PublicAnnouncementDto> | RedirectCommand> = async (route) => {
  const api = inject(PublicApi);
  const router = inject(Router);
  const response = serverResponse();
  const slug = route.paramMap.get('slug') ?? '';
  const loaded = await loadForPage(() => api.announcement(slug), announcementCacheTags);
  if (loaded.value && loaded.value.slug !== slug) {
    response.status(301);
    const target = router.createUrlTree([PUBLIC_PATHS.announcement(loaded.value.slug)], {
      queryParams: route.queryParams,
    });
    return new RedirectCommand(target, { replaceUrl: true });
  }
  return loaded;
};
