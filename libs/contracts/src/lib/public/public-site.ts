// The public site's JSON (`/api/public/...`, no sign-in). Every GET answers with an ETag and
// `Cache-Control: public, max-age=…, stale-while-revalidate=…`, and 304 on a matching
// If-None-Match. Lists are keyset-paginated: pass `nextCursor` back as `after`.
import type { AgencySummary } from '../agencies/agencies';
import type { MeetingStatus, VenueDto } from '../meetings/meetings';
import type { CoverImageDto } from './announcements';
import type { PublicCommentDto } from './comments';
import type { NotePlace } from '../notes/notes';

/** A keyset page: `nextCursor` is opaque; null when there is nothing after. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

export const PUBLIC_PAGE_SIZE = 10;
export const PUBLIC_PAGE_MAX_SIZE = 50;

/** `GET /api/public/announcements?after=&limit=&agencyId=` — newest first. */
export interface PublicAnnouncementListQuery {
  after?: string;
  limit?: number;
  agencyId?: string;
}

export interface PublicAnnouncementSummaryDto {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** Set when edited after publication: show "actualizado el …". */
  revisedAt: string | null;
  agency: AgencySummary;
  cover: CoverImageDto | null;
  /** Approved comments (and replies) on show. */
  commentCount: number;
}

/** `GET /api/public/announcements/:slug` — an old slug answers 301 with `Location: /api/public/announcements/<slug>` and body `{ slug }`. */
export interface PublicAnnouncementDto extends PublicAnnouncementSummaryDto {
  bodyHtml: string;
  /** The related public meeting, when there is one the public may see. */
  meeting: PublicMeetingDto | null;
  /** Approved top-level comments, oldest first, each with its replies. */
  comments: PublicCommentDto[];
  /** Path of the page on the site: `/anuncios/<slug>` (for canonical and share links). */
  path: string;
}

/** The 301 body when an old slug was asked for. */
export interface PublicRedirectDto {
  slug: string;
  location: string;
}

/** `GET /api/public/agencies/:id` */
export interface PublicAgencyDto extends AgencySummary {
  parent: AgencySummary | null;
  /** First page of its announcements; more via `/api/public/announcements?agencyId=&after=`. */
  announcements: KeysetPage<PublicAnnouncementSummaryDto>;
  /** Its upcoming public meetings (hosted), soonest first, at most 10. */
  upcomingMeetings: PublicMeetingDto[];
  feeds: { rss: string; atom: string };
}

/** `GET /api/public/meetings?when=upcoming|past&after=&limit=` */
export interface PublicMeetingListQuery {
  when?: 'upcoming' | 'past';
  after?: string;
  limit?: number;
}

export interface PublicMeetingDto {
  id: string;
  title: string;
  /** Sanitised HTML of the Markdown description. */
  descriptionHtml: string;
  status: Exclude<MeetingStatus, 'draft'>;
  startsAt: string | null;
  endsAt: string | null;
  /** Show times in this zone, naming it ("hora de Lima"): formatMeetingTime from @cumbre/scheduling. */
  timeZone: string;
  hostAgency: AgencySummary;
  venue: VenueDto;
  /** `/api/public/meetings/<id>.ics` */
  icsUrl: string;
  /**
   * The meeting's agenda is published: read it (items and decisions) anonymously from
   * `GET /api/meetings/<id>/agenda` (the agenda module's public route).
   */
  agendaPublished: boolean;
  /** Its minutes are published: the agenda read above carries the decisions taken. */
  minutesPublished: boolean;
}

/** How many announcements about a meeting its public page lists (the newest). */
export const PUBLIC_MEETING_NEWS = 5;

/** `GET /api/public/meetings/:id`: the meeting and the published announcements about it, newest first. */
export interface PublicMeetingDetailDto extends PublicMeetingDto {
  announcements: PublicAnnouncementSummaryDto[];
}

/** Site-level feed and crawl files (not JSON). */
export const PUBLIC_FEEDS = {
  rss: '/api/public/feeds/rss.xml',
  atom: '/api/public/feeds/atom.xml',
  agencyRss: (agencyId: string) => `/api/public/feeds/agencies/${agencyId}/rss.xml`,
  agencyAtom: (agencyId: string) => `/api/public/feeds/agencies/${agencyId}/atom.xml`,
  /** Served at the site root by the API. */
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
} as const;

/** Public page paths (Angular routes) the API links to from feeds, sitemaps and e-mails. */
export const PUBLIC_PATHS = {
  home: '/',
  announcement: (slug: string) => `/anuncios/${slug}`,
  agency: (agencyId: string) => `/entidades/${agencyId}`,
  meetings: '/reuniones-publicas',
  meeting: (meetingId: string) => `/reuniones-publicas/${meetingId}`,
  practices: '/buenas-practicas',
  practice: (noteId: string) => `/buenas-practicas/${noteId}`,
  subscriptionConfirm: (token: string) => `/comentarios/confirmar?token=${encodeURIComponent(token)}`,
  subscriptionUnsubscribe: (token: string) => `/comentarios/baja?token=${encodeURIComponent(token)}`,
} as const;

/**
 * The render cache for server-rendered public pages (apps/api/src/web/public-page-cache.ts).
 * A rendered page is kept until a tag it depends on changes. The SSR app declares what a page
 * shows by setting the response header `x-cumbre-cache-tags` (comma-separated tags below);
 * the API strips that header, caches the HTML under the URL (+ language), and drops it when any
 * of its tags is bumped (same transaction as the change, NOTIFY to every instance). A page
 * without the header is never cached.
 */
export const PUBLIC_CACHE_TAG_HEADER = 'x-cumbre-cache-tags';
export const PUBLIC_CACHE_TAGS = {
  /** Any announcement list (home, agency lists, feeds). */
  announcementList: 'announcements',
  announcement: (announcementId: string) => `announcement:${announcementId}`,
  /** An agency's page and everything naming the agency (its announcements, its meetings). */
  agency: (agencyId: string) => `agency:${agencyId}`,
  /** Any list of public meetings (the meetings pages, agency pages). */
  meetings: 'meetings',
  /** One public meeting: its page (with its published agenda and decisions), announcements pointing at it. */
  meeting: (meetingId: string) => `meeting:${meetingId}`,
  /** Any list of published best practices. */
  practiceList: 'practices',
  practice: (noteId: string) => `practice:${noteId}`,
} as const;

/**
 * `GET /api/public/practices`: best practices an author agency's leader published to the public
 * (status shared). Intelligence is never here, whatever its flags. Newest shared first.
 */
export interface PublicPracticeSummaryDto {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  places: NotePlace[];
  agency: AgencySummary;
  /** ISO 8601 UTC: when it was shared. */
  sharedAt: string;
  /** ISO 8601 UTC: its last edit. */
  updatedAt: string;
}

/** `GET /api/public/practices/:id`: one published best practice, read-only. */
export interface PublicPracticeDto extends PublicPracticeSummaryDto {
  /** Sanitised HTML of its Markdown body. */
  bodyHtml: string;
  /** "This helped us" endorsements by agencies. */
  endorsementCount: number;
}
