import { PUBLIC_CACHE_TAGS } from '@cumbre/contracts';

/** The tags a change to an announcement touches: itself, every list, and its agency's page. */
export function announcementTags(announcementId: string, agencyId: string): string[] {
  return [
    PUBLIC_CACHE_TAGS.announcement(announcementId),
    PUBLIC_CACHE_TAGS.announcementList,
    PUBLIC_CACHE_TAGS.agency(agencyId),
  ];
}

/** What the public sees of a meeting: whether it is public, where it is hosted. */
export interface MeetingPublicFacts {
  id: string;
  hostAgencyId: string;
  visibility: string;
  status: string;
}

/** Published to everyone: the rule of meetings/public-meetings.queries.ts (public, out of draft). */
export const isPublicMeeting = (m: MeetingPublicFacts) => m.visibility === 'public' && m.status !== 'draft';

/**
 * The tags a change to a meeting touches, given its states before and after the change (or the
 * one state of a change that leaves the meeting row alone: an agenda or minutes publication):
 * none when the public never saw it nor sees it now; else the meeting's page, every meeting
 * list and its host agency's page.
 */
export function publicMeetingTags(...states: MeetingPublicFacts[]): string[] {
  if (!states.some(isPublicMeeting)) return [];
  return [
    PUBLIC_CACHE_TAGS.meeting(states[0].id),
    PUBLIC_CACHE_TAGS.meetings,
    ...new Set(states.map((s) => PUBLIC_CACHE_TAGS.agency(s.hostAgencyId))),
  ];
}

/**
 * The tags an edit of an agency touches: its page (and those of its children, which name their
 * parent) and every list naming agencies (announcements, meetings).
 */
export function agencyTags(agencyId: string): string[] {
  return [PUBLIC_CACHE_TAGS.agency(agencyId), PUBLIC_CACHE_TAGS.announcementList, PUBLIC_CACHE_TAGS.meetings];
}
