import { PUBLIC_CACHE_TAGS } from '@cumbre/contracts';

/** The tags a change to an announcement touches: itself, every list, and its agency's page. */
export function announcementTags(announcementId: string, agencyId: string): string[] {
  return [
    PUBLIC_CACHE_TAGS.announcement(announcementId),
    PUBLIC_CACHE_TAGS.announcementList,
    PUBLIC_CACHE_TAGS.agency(agencyId),
  ];
}
