// Announcements: what communications officers (platform role `moderator`) and agency leaders
// publish, as the staff editor and the public site read it. No framework imports.
import type { AgencySummary } from '../agencies/agencies';
import type { PersonSummary } from '../meetings/meetings';

export const ANNOUNCEMENT_STATUSES = ['draft', 'scheduled', 'published', 'withdrawn'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** Allowed status moves (`POST /api/announcements/:id/status`); anything else is a 409. */
export const ANNOUNCEMENT_STATUS_MOVES: Record<AnnouncementStatus, readonly AnnouncementStatus[]> = {
  draft: ['scheduled', 'published'],
  scheduled: ['draft', 'published'],
  published: ['withdrawn'],
  withdrawn: ['draft', 'published'],
};

export const ANNOUNCEMENT_TITLE_MAX_LENGTH = 200;
export const ANNOUNCEMENT_SLUG_MAX_LENGTH = 120;
export const ANNOUNCEMENT_SUMMARY_MAX_LENGTH = 500;
/** Same bound as any Markdown field (MARKDOWN_MAX_LENGTH). */
export const ANNOUNCEMENT_BODY_MAX_LENGTH = 100_000;
export const ANNOUNCEMENT_COVER_ALT_MAX_LENGTH = 300;
/** Lower-case ASCII words joined by single hyphens (generated from the title when not given). */
export const ANNOUNCEMENT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Widths a cover image is resized to on upload (px); `srcset` lists those not wider than the original. */
export const COVER_IMAGE_WIDTHS = [480, 960, 1600] as const;
/** Largest cover upload accepted (bytes). JPEG, PNG or WebP; stored as WebP. */
export const COVER_IMAGE_MAX_BYTES = 8 * 1024 * 1024;

export interface CoverImageVariant {
  width: number;
  height: number;
  /** Absolute path on this site, e.g. `/api/public/images/<id>/960.webp` (immutable: cache forever). */
  url: string;
}

export interface CoverImageDto {
  alt: string;
  /** The widest variant (for `src`, Open Graph `og:image`). */
  url: string;
  width: number;
  height: number;
  /** Ready for `<img srcset>`: `"/…/480.webp 480w, /…/960.webp 960w"`. */
  srcset: string;
  variants: CoverImageVariant[];
}

/** The staff view of an announcement (editor, list). */
export interface AnnouncementDto {
  id: string;
  slug: string;
  /** Earlier slugs; each redirects (301) to the current one on the public site. */
  oldSlugs: string[];
  title: string;
  summary: string;
  /** Markdown source. */
  body: string;
  /** Sanitised HTML from the app's one renderer. */
  bodyHtml: string;
  cover: CoverImageDto | null;
  agency: AgencySummary;
  meetingId: string | null;
  status: AnnouncementStatus;
  /** When it went (or goes, if scheduled) live; ISO 8601 UTC. */
  publishAt: string | null;
  publishedAt: string | null;
  /** Set when a published announcement was edited ("actualizado el …"). */
  revisedAt: string | null;
  revisionCount: number;
  author: PersonSummary | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** What the caller may do. */
  can: { edit: boolean };
}

export interface AnnouncementRevisionDto {
  id: string;
  /** The version number the revision recorded (the state before an edit of the live text). */
  version: number;
  title: string;
  summary: string;
  body: string;
  editedBy: PersonSummary | null;
  createdAt: string;
}

/** `POST /api/announcements`. A `moderator` writes for any agency; a leader only for their agency. */
export interface CreateAnnouncementRequest {
  title: string;
  /** Generated from the title when absent; a taken slug is a 409 `announcement.slug_taken`. */
  slug?: string;
  summary: string;
  body: string;
  agencyId: string;
  meetingId?: string | null;
  coverAlt?: string | null;
  /** `draft` (default), `scheduled` (needs a future `publishAt`) or `published` (now). */
  status?: Exclude<AnnouncementStatus, 'withdrawn'>;
  publishAt?: string | null;
}

/** `PATCH /api/announcements/:id`. Editing a published one keeps a revision. */
export interface UpdateAnnouncementRequest {
  version: number;
  title?: string;
  slug?: string;
  summary?: string;
  body?: string;
  meetingId?: string | null;
  coverAlt?: string | null;
}

/** `POST /api/announcements/:id/status` */
export interface ChangeAnnouncementStatusRequest {
  status: AnnouncementStatus;
  /** Required for `scheduled` (a future instant). */
  publishAt?: string | null;
  version: number;
}

/** `GET /api/announcements` (staff). */
export interface AnnouncementListQuery {
  status?: AnnouncementStatus;
  agencyId?: string;
  limit?: number;
  offset?: number;
}
